package dev.exoplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, finding 2: a write to stdout that fails (a full disk, a closed or size-limited stdout)
 * is exit 73 with one line on stderr, in every format and for help and --version too, which
 * PrintWriter would otherwise swallow; a broken pipe (the reader went away) stays quiet.
 */
class OutputFailureTest {
  /** stdout that takes {@code room} bytes, then fails every write with {@code message}. */
  static final class Failing extends OutputStream {
    private final String message;
    private int room;

    Failing(String message, int room) {
      this.message = message;
      this.room = room;
    }

    @Override
    public void write(int b) throws IOException {
      if (room-- <= 0) {
        throw new IOException(message);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      for (int i = 0; i < len; i++) {
        write(b[off + i]);
      }
    }
  }

  record Run(int exit, String err) {}

  static Run run(OutputStream stdout, String line) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] args = line.split(" ");
    int code = Main.run(args, new Env(stdout, err, new ByteArrayInputStream(
        "{\"command\":\"estimate\",\"method\":\"iv\"}\n".getBytes(StandardCharsets.UTF_8)),
        Map.of(), false, CliTestSupport.CLOCK, Path.of("").toAbsolutePath()));
    return new Run(code, err.toString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "estimate --method iv",
    "plan --method iv --format json",
    "plan --method iv --format csv",
    "plan --method iv --format md",
    "compare --format html",
    "quote --pricing pricing/example-clinic.yaml --patient X --method iv --format html",
    "quote --pricing pricing/example-clinic.yaml --patient X --method iv --format pdf",
    "pricing show",
    "batch",
    "--help",
    "plan --help",
    "--version"
  })
  void aFullDiskIsExit73WithOneLine(String line) {
    for (int room : new int[] {0, 10}) {
      Run r = run(new Failing("No space left on device", room), line);
      assertThat(r.exit()).as(line).isEqualTo(73);
      assertThat(r.err()).as(line).isEqualTo("stdout: cannot write: No space left on device\n");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"estimate --method iv", "compare --format html", "batch"})
  void aBrokenPipeStaysQuiet(String line) {
    Run r = run(new Failing("Broken pipe", 10), line);
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
  }
}
