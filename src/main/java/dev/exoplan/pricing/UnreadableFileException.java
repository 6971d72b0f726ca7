package dev.exoplan.pricing;

/** An input file that does not exist or cannot be read; the command line exits 66. */
public final class UnreadableFileException extends RuntimeException
    implements dev.exoplan.domain.text.Message.Carrier {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final transient dev.exoplan.domain.text.Message message;

  /** A message in the reader's language: prefer this one. */
  public UnreadableFileException(String file, dev.exoplan.domain.text.Message reason) {
    super(file + ": " + reason);
    this.file = file;
    this.message = reason;
  }

  /** The file as the user named it. */
  public String file() {
    return file;
  }

  @Override
  public java.util.Optional<dev.exoplan.domain.text.Message> message() {
    return java.util.Optional.ofNullable(message);
  }

  public UnreadableFileException(String file, String reason) {
    super(file + ": " + reason);
    this.file = file;
    this.message = null;
  }
}
