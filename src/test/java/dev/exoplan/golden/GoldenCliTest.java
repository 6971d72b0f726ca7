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
 * must give the case's bytes, so the two paths cannot drift apart. Both keep pricing files' trees in
 * one cache directory (issue 21, {@code EXOPLAN_CACHE}): whichever runs a case second reads every
 * tree it can from the cache, so each case's bytes are also proven the same with the cache as
 * without it.
 */
class GoldenCliTest {
  /** The tree cache both runners share, for this run of the suite. */
  static final java.nio.file.Path TREES;

  static {
    System.setProperty("exoplan.trees.keep", "100000");
    try {
      TREES = Files.createTempDirectory("exoplan-golden-trees-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try (Stream<java.nio.file.Path> s = Files.list(TREES)) {
          s.forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
          // left in the temporary directory
        }
        TREES.toFile().delete();
      }));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

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
          env.putIfAbsent("EXOPLAN_CACHE", TREES.toString());
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
