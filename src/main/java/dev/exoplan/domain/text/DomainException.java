package dev.exoplan.domain.text;

/**
 * A value or computation the domain refuses: an amount that would overflow, mixed currencies, a
 * range whose low bound exceeds its high bound. The message is one sentence for the user.
 */
public class DomainException extends RuntimeException implements Message.Carrier {
  private static final long serialVersionUID = 1L;
  private final transient Message message;

  /** A message in the reader's language: prefer this one. */
  public DomainException(Message message) {
    super(message.toString());
    this.message = message;
  }

  @Override
  public java.util.Optional<Message> message() {
    return java.util.Optional.ofNullable(message);
  }

  /** An English-only text (legacy; being replaced by {@link #DomainException(Message)}). */
  public DomainException(String message) {
    super(message);
    this.message = null;
  }
}
