package dev.exoplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Batch progress goes to stderr only when stderr is a terminal and the input is a file. */
class BatchProgressTest {
  static final String LINE = "{\"command\":\"plan\",\"method\":\"iv\",\"intensive\":5}\n";

  @TempDir Path dir;

  @ParameterizedTest(name = "stderr a terminal: {0}, input a file: {1}")
  @CsvSource({"true, true, true", "true, false, false", "false, true, false", "false, false, false"})
  void progressOnlyOnATerminalForAFile(boolean terminal, boolean file, boolean shown) throws Exception {
    Files.writeString(dir.resolve("in.jsonl"), LINE.repeat(3000));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    byte[] stdin = LINE.repeat(3000).getBytes(StandardCharsets.UTF_8);
    Env env = new Env(out, err, new ByteArrayInputStream(stdin), Map.of(), false,
        CliTestSupport.CLOCK, dir, terminal);
    int exit = Main.run(file ? new String[] {"batch", "-i", "in.jsonl"} : new String[] {"batch"}, env);
    assertThat(exit).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(3000);
    String progress = err.toString(StandardCharsets.UTF_8);
    if (shown) {
      // rewritten in place with \r, and the last state is the whole file
      assertThat(progress).startsWith("\rexoplan batch: ").endsWith("\rexoplan batch: 3,000 lines, 100%\n");
    } else {
      assertThat(progress).isEmpty();
    }
  }
}
