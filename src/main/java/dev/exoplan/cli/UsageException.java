package dev.exoplan.cli;

/** A bad command line: an unknown or malformed value, options that conflict. Exit 2. */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
