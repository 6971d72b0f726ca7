package dev.exoplan.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.cli.Env;
import dev.exoplan.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden case, run in-process through {@link Main#run}, in one pass over the cases: once as a
 * user runs it (well-formed command lines take the lean path) and once with the lean path off,
 * through picocli alone. Both must give the case's bytes, so the two paths cannot drift apart.
 *
 * <p>When the user's run itself went through picocli (the lean path declined the command line: help,
 * usage errors, {@code pricing validate}…; {@link PathWatch} sees it), the run with the lean path off
 * would take the same code with the same input, and is not made again: 471 of 1,083 cases.
 *
 * <p>Every run keeps pricing files' trees in one cache directory (issue 21, {@code EXOPLAN_CACHE}):
 * a case's run through picocli alone, and every case after the first that reads the same file,
 * takes the tree from the cache, so the cases' bytes are also proven the same with the cache as
 * without it.
 */
class GoldenCliTest {
  /** The day golden runs happen on, for anything that defaults to today. */
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-21T03:00:00Z"), ZoneId.of("Asia/Tokyo"));

  /** The tree cache every run shares, for this run of the suite (deleted when the JVM ends). */
  static final Path TREES;

  static {
    System.setProperty("exoplan.trees.keep", "100000"); // every file's tree kept, none evicted
    try {
      TREES = Files.createTempDirectory("exoplan-golden-trees-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try (Stream<Path> s = Files.list(TREES)) {
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

  @TestFactory
  Stream<DynamicTest> goldenCasesThroughBothPaths() throws Exception {
    boolean update = Golden.updating();
    List<DynamicTest> tests = new ArrayList<>();
    for (var file : Golden.caseFiles()) {
      GoldenCase c = GoldenCase.read(file);
      tests.add(DynamicTest.dynamicTest(c.name() + ": exoplan " + String.join(" ", c.args()),
          file.toUri(), () -> {
            PathWatch watch = new PathWatch();
            Golden.check(c, runner(false, watch), update, "as run");
            if (!watch.tookPicocliAlone()) {
              Golden.check(c, runner(true, null), false, "through picocli alone");
            }
          }));
    }
    return tests.stream();
  }

  /**
   * The watch tells the paths apart: a report the lean path prints is not taken for picocli's
   * (else its run through picocli alone would be skipped), a usage error the lean path leaves to
   * picocli is, and so is any run with the lean path off.
   */
  @Test
  void thePathWatchTellsWhichPathRan() throws Exception {
    Path dir = Golden.ROOT;
    for (var run : List.of(
        List.of("false", "false", "estimate", "--method", "iv", "--lang", "en"),
        List.of("false", "true", "estimate", "--method", "iv", "--color", "yes"),
        List.of("false", "true", "budget", "--help"),
        List.of("true", "true", "estimate", "--method", "iv", "--lang", "en"))) {
      PathWatch watch = new PathWatch();
      runner(Boolean.parseBoolean(run.get(0)), watch).run(run.subList(2, run.size()), dir,
          java.util.Map.of(), null, false);
      assertThat(watch.tookPicocliAlone()).as("picocli alone: %s", run).isEqualTo(
          Boolean.parseBoolean(run.get(1)));
    }
  }

  /** Runs a case in-process; {@code picocliOnly} turns the lean path off. */
  static Golden.Runner runner(boolean picocliOnly) {
    return runner(picocliOnly, null);
  }

  /** As {@link #runner(boolean)}, with stdout and stderr seen by {@code watch} if not null. */
  static Golden.Runner runner(boolean picocliOnly, PathWatch watch) {
    return (args, dir, given, stdin, terminal) -> {
          java.util.Map<String, String> env = new java.util.HashMap<>(given);
          env.putIfAbsent("EXOPLAN_CACHE", TREES.toString());
          if (picocliOnly) {
            env.put(Main.FAST_PATH, "off");
          }
          ByteArrayOutputStream out = watch == null ? new ByteArrayOutputStream() : watch.stream();
          ByteArrayOutputStream err = watch == null ? new ByteArrayOutputStream() : watch.stream();
          InputStream in = stdin == null ? new ByteArrayInputStream(new byte[0]) : Files.newInputStream(stdin);
          int code = Main.run(args.toArray(String[]::new),
              new Env(out, err, in, env, terminal, CLOCK, dir));
          return new Golden.Result(code, out.toString(StandardCharsets.UTF_8),
              err.toString(StandardCharsets.UTF_8));
        };
  }
}
