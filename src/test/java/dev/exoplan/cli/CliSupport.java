package dev.exoplan.cli;

import java.nio.file.Path;
import java.util.Map;

/** For tests outside this package: run exoplan in-process in a working directory. */
public final class CliSupport {
  private CliSupport() {}

  /** What a run printed and returned. */
  public record Result(int exit, String out, String err) {}

  public static Result run(Path workDir, String... args) {
    CliTestSupport r = CliTestSupport.run(Map.of(), false, workDir, args);
    return new Result(r.exit(), r.out(), r.err());
  }
}
