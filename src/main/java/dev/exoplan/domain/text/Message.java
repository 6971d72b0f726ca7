package dev.exoplan.domain.text;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sentence for the user, named by its key in the message files ({@code messages.properties},
 * {@code messages_ja.properties}) with its arguments. The domain and the loaders do not know the
 * reader's language; the report layer renders a message in it ({@code Words.say}), formatting
 * each argument as the reader writes it: an amount as {@code ¥12,000} or {@code 12,000円}, a
 * method by its name, a nested message in turn. Arguments are kept as values, never
 * pre-formatted.
 */
public record Message(String key, List<Object> args) {
  public Message {
    Objects.requireNonNull(key, "key");
    args = List.copyOf(args);
  }

  public static Message of(String key, Object... args) {
    return new Message(key, Arrays.asList(args));
  }

  /** The key and arguments, for logs and stack traces; users see {@code Words.say}. */
  @Override
  public String toString() {
    return args.isEmpty() ? key : key + " " + args;
  }

  /** An exception that carries a message for the user. */
  public interface Carrier {
    /** The message, when the exception was raised with one (not a legacy English text). */
    java.util.Optional<Message> message();
  }
}
