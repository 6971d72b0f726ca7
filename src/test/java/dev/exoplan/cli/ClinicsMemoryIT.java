package dev.exoplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22, finding 6, through the packaged launcher: {@code clinics} reads, prices and drops one
 * list at a time, so 32 lists of close to 1 MiB each (bench/gen-big-clinics.sh) compare in a 64 MiB
 * heap, where 20 used to end in the JVM's OutOfMemoryError stack trace (exit 1); and a heap too
 * small for even one list is one line on stderr, never a stack trace.
 */
class ClinicsMemoryIT {
  static final Path ROOT = Path.of("").toAbsolutePath();
  static final String X = ROOT.resolve("target/exoplan").toString();

  @TempDir static Path dir;

  record Result(int exit, String out, String err) {}

  static Result sh(String script) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", script);
    pb.directory(dir.toFile());
    pb.environment().put("X", X);
    pb.environment().put("GEN", ROOT.resolve("bench/gen-big-clinics.sh").toString());
    pb.environment().put("LANG", "C.UTF-8");
    pb.environment().remove("LC_ALL");
    pb.environment().remove("EXOPLAN_JAVA_OPTS");
    Path out = dir.resolve(".out");
    Path err = dir.resolve(".err");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(600, TimeUnit.SECONDS)).as("finished: " + script).isTrue();
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void manyListsOfOneMebibyteCompareInA64MebibyteHeap() throws Exception {
    Result r = sh("\"$GEN\" 32 big && ls big | wc -l && du -sk big >&2"
        + " && EXOPLAN_JAVA_OPTS=-Xmx64m \"$X\" clinics big --method iv --date 2026-11-21");
    assertThat(r.err()).as(r.err()).doesNotContain("Exception", "Error", "\tat ");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("32\nThe same plan at 29 clinics, cheapest first: IV drip\n")
        .contains("\n29. ", "\nCannot quote this plan\n");
    long kib = Long.parseLong(r.err().strip().split("\\s+")[0]);
    assertThat(kib).as("the lists' size").isGreaterThan(30_000);
  }

  @Test
  void aHeapTooSmallForOneListIsOneLineNeverAStackTrace() throws Exception {
    Result r = sh("\"$GEN\" 1 one"
        + " && EXOPLAN_JAVA_OPTS=-Xmx12m \"$X\" clinics one --method iv --date 2026-11-21");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.INTERNAL);
    assertThat(r.err()).matches("exoplan: out of memory: the Java heap \\(at most \\d+ MiB\\) is"
        + " too small for this run; give it more with EXOPLAN_JAVA_OPTS, e.g."
        + " EXOPLAN_JAVA_OPTS=-Xmx1g\n");
  }
}
