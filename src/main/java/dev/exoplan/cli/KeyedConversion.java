package dev.exoplan.cli;

import dev.exoplan.domain.text.Message;
import java.util.Optional;
import picocli.CommandLine.TypeConversionException;

/**
 * A value picocli could not convert, with the message for the user: {@link Main} says it in the
 * run's language (known from the command line before picocli has parsed it).
 */
final class KeyedConversion extends TypeConversionException implements Message.Carrier {
  private static final long serialVersionUID = 1L;
  private final transient Message message;

  KeyedConversion(Message message) {
    super(message.toString());
    this.message = message;
  }

  @Override
  public Optional<Message> message() {
    return Optional.of(message);
  }
}
