package dev.exoplan.batch;

/** A request line that cannot be run: the exit code the same command line would give, and why. */
final class BadLine extends Exception {
  private static final long serialVersionUID = 1L;

  final int exit;

  BadLine(int exit, String message) {
    super(message, null, false, false);
    this.exit = exit;
  }
}
