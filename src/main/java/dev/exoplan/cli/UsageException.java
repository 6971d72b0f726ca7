package dev.exoplan.cli;

/** A bad command line: an unknown or malformed value, options that conflict. Exit 2. */
public final class UsageException extends RuntimeException
    implements dev.exoplan.domain.text.Message.Carrier {
  private static final long serialVersionUID = 1L;
  private final transient dev.exoplan.domain.text.Message message;

  /** A message in the reader's language: prefer this one. */
  public UsageException(dev.exoplan.domain.text.Message message) {
    super(message.toString());
    this.message = message;
  }

  @Override
  public java.util.Optional<dev.exoplan.domain.text.Message> message() {
    return java.util.Optional.ofNullable(message);
  }

  /** An English-only text (legacy; being replaced by {@link #UsageException(Message)}). */
  public UsageException(String message) {
    super(message);
    this.message = null;
  }
}
