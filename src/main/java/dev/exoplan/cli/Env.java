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
        new FileOutputStream(FileDescriptor.out),
        new FileOutputStream(FileDescriptor.err),
        new FileInputStream(FileDescriptor.in),
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

  /** Whether a file descriptor is a terminal (Linux: /proc/self/fd/N links to a tty). */
  static boolean isTerminal(int fd) {
    try {
      String target = java.nio.file.Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  public String variable(String name) {
    return variables.get(name);
  }

  /** A path as given on the command line, relative to the working directory. */
  public Path resolve(String path) {
    return workingDirectory.resolve(path);
  }
}
