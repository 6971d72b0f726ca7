package dev.exoplan.cli;

/** stdout was closed by its reader (a pipe into head, say): stop quietly, nothing more to say. */
final class OutputClosedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OutputClosedException() {
    super("stdout closed");
  }
}
