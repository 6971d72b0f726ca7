package dev.exoplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 22, finding 6: an out-of-memory error thrown inside a command (here by stdout, when the
 * report is written) is one line on stderr and the internal-error code, on the fast path and
 * through picocli alike, never the JVM's stack trace; --debug adds the trace.
 */
class OutOfMemoryTest {
  /** stdout whose every write runs out of memory. */
  static final class Exhausted extends OutputStream {
    @Override
    public void write(int b) {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  record Run(int exit, String err) {}

  static Run run(Map<String, String> variables, String line) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try {
      code = Main.run(line.split(" "), new Env(new Exhausted(), err,
          new ByteArrayInputStream(new byte[0]), variables, false, CliTestSupport.CLOCK,
          Path.of("").toAbsolutePath()));
    } catch (OutOfMemoryError e) {
      // what the JVM would print as a stack trace, exit 1: a failure here, not of the test JVM
      throw new AssertionError("the OutOfMemoryError escaped Main.run: " + e);
    }
    return new Run(code, err.toString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @CsvSource({
    "on,  clinics src/test/data/clinics --method iv --date 2026-11-21 --lang en",
    "off, clinics src/test/data/clinics --method iv --date 2026-11-21 --lang en",
    "on,  estimate --method iv --lang en",
    "off, pricing show --lang en",
  })
  void anOutOfMemoryErrorIsOneLineAndTheInternalErrorCode(String fast, String line) {
    Run r = run(fast.equals("off") ? Map.of(Main.FAST_PATH, "off") : Map.of(), line);
    assertThat(r.exit()).isEqualTo(ExitCode.INTERNAL);
    long mib = Runtime.getRuntime().maxMemory() >> 20;
    assertThat(r.err()).isEqualTo("exoplan: out of memory: the Java heap (at most " + mib
        + " MiB) is too small for this run; give it more with EXOPLAN_JAVA_OPTS, e.g."
        + " EXOPLAN_JAVA_OPTS=-Xmx1g\n");
  }

  @Test
  void itIsSaidInJapanese() {
    Run r = run(Map.of(), "clinics src/test/data/clinics --method iv --date 2026-11-21 --lang ja");
    assertThat(r.exit()).isEqualTo(ExitCode.INTERNAL);
    assertThat(r.err()).startsWith("exoplan: メモリが足りません。").endsWith("-Xmx1g)\n")
        .hasLineCount(1);
  }

  @Test
  void debugAddsTheStackTrace() {
    Run r = run(Map.of(), "clinics src/test/data/clinics --method iv --date 2026-11-21 --debug");
    assertThat(r.exit()).isEqualTo(ExitCode.INTERNAL);
    assertThat(r.err()).contains("java.lang.OutOfMemoryError: Java heap space", "\tat ");
  }
}
