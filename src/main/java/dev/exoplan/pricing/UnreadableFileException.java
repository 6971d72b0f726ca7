package dev.exoplan.pricing;

/** An input file that does not exist or cannot be read; the command line exits 66. */
public final class UnreadableFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnreadableFileException(String file, String reason) {
    super(file + ": " + reason);
  }
}
