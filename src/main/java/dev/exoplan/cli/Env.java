package dev.exoplan.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What a run of exoplan sees of the world: its standard streams, environment variables, whether
 * stdout is a terminal, the clock (for "today") and the working directory. Tests build their own.
 */
public record Env(
    OutputStream stdout,
    OutputStream stderr,
    InputStream stdin,
    Map<String, String> variables,
    boolean terminal,
    Clock clock,
    Path workingDirectory,
    boolean stderrTerminal) {

  public Env {
    variables = Map.copyOf(variables);
  }

  /** An environment whose stderr is not a terminal (tests, pipes). */
  public Env(OutputStream stdout, OutputStream stderr, InputStream stdin,
      Map<String, String> variables, boolean terminal, Clock clock, Path workingDirectory) {
    this(stdout, stderr, stdin, variables, terminal, clock, workingDirectory, false);
  }

  /** The process's own streams and environment. */
  public static Env system() {
    return new Env(
        closed(1) ? new ClosedOutput() : new FileOutputStream(FileDescriptor.out),
        new FileOutputStream(FileDescriptor.err),
        closed(0) ? InputStream.nullInputStream() : new FileInputStream(FileDescriptor.in),
        System.getenv(),
        System.console() != null,
        new LazyClock(),
        Path.of("").toAbsolutePath(),
        isTerminal(2));
  }

  /** The system clock in the default zone, whose time-zone data loads only when first asked. */
  private static final class LazyClock extends Clock {
    private Clock clock;

    private Clock clock() {
      if (clock == null) {
        clock = Clock.systemDefaultZone();
      }
      return clock;
    }

    @Override
    public java.time.ZoneId getZone() {
      return clock().getZone();
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return clock().withZone(zone);
    }

    @Override
    public java.time.Instant instant() {
      return clock().instant();
    }
  }

  /**
   * Whether exoplan was started with standard stream {@code fd} closed ({@code <&-}, {@code >&-}):
   * the launcher says so ({@code -Dexoplan.closed=0,1}, after pointing it at /dev/null), or, run
   * without the launcher, the descriptor has been taken by a file the JVM opened for itself (its
   * own modules or the jar), which must never be read as input or written as output.
   */
  static boolean closed(int fd) {
    String said = System.getProperty("exoplan.closed", "");
    if (("," + said + ",").contains("," + fd + ",")) {
      return true;
    }
    try {
      String target = java.nio.file.Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      String home = System.getProperty("java.home", "");
      String jar = System.getProperty("java.class.path", "");
      return (!home.isEmpty() && target.startsWith(home + "/"))
          || (!jar.isEmpty() && target.equals(Path.of(jar).toAbsolutePath().toString()));
    } catch (java.io.IOException | RuntimeException e) {
      return false;
    }
  }

  /** stdout when it was closed: every write fails, as it would on the closed descriptor. */
  private static final class ClosedOutput extends OutputStream {
    @Override
    public void write(int b) throws java.io.IOException {
      throw new java.io.IOException("Bad file descriptor (stdout is closed)");
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      throw new java.io.IOException("Bad file descriptor (stdout is closed)");
    }
  }

  /** Whether a file descriptor is a terminal (Linux: /proc/self/fd/N links to a tty). */
  static boolean isTerminal(int fd) {
    try {
      String target = java.nio.file.Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** The same environment writing its output to {@code out}. */
  Env withStdout(OutputStream out) {
    return new Env(out, stderr, stdin, variables, terminal, clock, workingDirectory, stderrTerminal);
  }

  public String variable(String name) {
    return variables.get(name);
  }

  /** A path as given on the command line, relative to the working directory. */
  public Path resolve(String path) {
    return workingDirectory.resolve(path);
  }
}
