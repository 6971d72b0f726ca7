package dev.exoplan.cli;

/** exoplan's exit codes (SPEC.md); the help text lists them. */
public final class ExitCode {
  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int USAGE = 2;
  public static final int REFUSED = 3;
  public static final int DATA = 65;
  public static final int NO_INPUT = 66;
  public static final int CANT_CREATE = 73;

  private ExitCode() {}
}
