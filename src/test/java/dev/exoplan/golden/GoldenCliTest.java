package dev.exoplan.golden;

import dev.exoplan.cli.Env;
import dev.exoplan.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden case, run in-process through {@link Main#run}: once as a user runs it (well-formed
 * command lines take the lean path) and once with the lean path off, through picocli alone. Both
 * must give the case's bytes, so the two paths cannot drift apart.
 */
class GoldenCliTest {
  /** The day golden runs happen on, for anything that defaults to today. */
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-21T03:00:00Z"), ZoneId.of("Asia/Tokyo"));

  @TestFactory
  Stream<DynamicTest> goldenCasesInProcess() throws Exception {
    return Golden.tests(runner(false), Golden.updating(), true);
  }

  @TestFactory
  Stream<DynamicTest> goldenCasesThroughPicocliAlone() throws Exception {
    return Golden.tests(runner(true), false, true);
  }

  /** Runs a case in-process; {@code picocliOnly} turns the lean path off. */
  static Golden.Runner runner(boolean picocliOnly) {
    return (args, dir, given, stdin, terminal) -> {
          java.util.Map<String, String> env = new java.util.HashMap<>(given);
          if (picocliOnly) {
            env.put(Main.FAST_PATH, "off");
          }
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          ByteArrayOutputStream err = new ByteArrayOutputStream();
          InputStream in = stdin == null ? new ByteArrayInputStream(new byte[0]) : Files.newInputStream(stdin);
          int code = Main.run(args.toArray(String[]::new),
              new Env(out, err, in, env, terminal, CLOCK, dir));
          return new Golden.Result(code, out.toString(StandardCharsets.UTF_8),
              err.toString(StandardCharsets.UTF_8));
        };
  }
}
