package dev.exoplan.cli;

/** An output file that cannot be created, or exists and --force was not given. Exit 73. */
public final class OutputFileException extends RuntimeException
    implements dev.exoplan.domain.text.Message.Carrier {
  private static final long serialVersionUID = 1L;
  private final transient dev.exoplan.domain.text.Message message;

  /** A message in the reader's language (the whole line, file name included): prefer this one. */
  public OutputFileException(dev.exoplan.domain.text.Message message) {
    super(message.toString());
    this.message = message;
  }

  @Override
  public java.util.Optional<dev.exoplan.domain.text.Message> message() {
    return java.util.Optional.ofNullable(message);
  }

  public OutputFileException(String message) {
    super(message);
    this.message = null;
  }
}
