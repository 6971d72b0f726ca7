package dev.exoplan.cli;

/** An output file that cannot be created, or exists and --force was not given. Exit 73. */
public final class OutputFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutputFileException(String message) {
    super(message);
  }
}
