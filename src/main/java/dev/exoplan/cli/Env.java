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
    Path workingDirectory) {

  public Env {
    variables = Map.copyOf(variables);
  }

  /** The process's own streams and environment. */
  public static Env system() {
    return new Env(
        new FileOutputStream(FileDescriptor.out),
        new FileOutputStream(FileDescriptor.err),
        new FileInputStream(FileDescriptor.in),
        System.getenv(),
        System.console() != null,
        Clock.systemDefaultZone(),
        Path.of("").toAbsolutePath());
  }

  public String variable(String name) {
    return variables.get(name);
  }

  /** A path as given on the command line, relative to the working directory. */
  public Path resolve(String path) {
    return workingDirectory.resolve(path);
  }
}
