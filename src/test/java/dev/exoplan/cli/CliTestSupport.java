package dev.exoplan.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/** Runs exoplan in-process with a chosen environment and captures what it printed. */
record CliTestSupport(int exit, String out, String err) {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T03:00:00Z"), ZoneId.of("Asia/Tokyo"));

  static CliTestSupport run(Map<String, String> env, boolean terminal, Path dir, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new Env(out, err, new ByteArrayInputStream(new byte[0]), env, terminal,
        CLOCK, dir));
    return new CliTestSupport(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static CliTestSupport run(String... args) {
    return run(Map.of(), false, Path.of("").toAbsolutePath(), args);
  }
}
