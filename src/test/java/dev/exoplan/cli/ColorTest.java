package dev.exoplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColorTest {
  static final Path HERE = Path.of("").toAbsolutePath();
  static final String ESC = "\u001b[";

  @Test
  void aTerminalGetsEmphasis() {
    var r = CliTestSupport.run(Map.of("TERM", "xterm"), true, HERE, "estimate", "--method", "iv");
    assertThat(r.out()).contains(ESC + "1m");
  }

  @Test
  void noColorTurnsItOffEvenOnATerminal() {
    var r = CliTestSupport.run(Map.of("TERM", "xterm", "NO_COLOR", "1"), true, HERE,
        "estimate", "--method", "iv");
    assertThat(r.out()).doesNotContain(ESC);
  }

  @Test
  void aDumbTerminalAndAPipeGetPlainText() {
    assertThat(CliTestSupport.run(Map.of("TERM", "dumb"), true, HERE, "estimate", "--method", "iv").out())
        .doesNotContain(ESC);
    assertThat(CliTestSupport.run(Map.of("TERM", "xterm"), false, HERE, "estimate", "--method", "iv").out())
        .doesNotContain(ESC);
  }

  @Test
  void colorNeverWinsOverATerminalAndAlwaysOverAPipe() {
    assertThat(CliTestSupport.run(Map.of(), true, HERE, "estimate", "--method", "iv", "--color", "never")
        .out()).doesNotContain(ESC);
    assertThat(CliTestSupport.run(Map.of(), false, HERE, "estimate", "--method", "iv", "--color", "always")
        .out()).contains(ESC);
  }

  @Test
  void emphasisNeverChangesWhatIsAligned() {
    String plain = CliTestSupport.run(Map.of(), false, HERE, "plan", "--method", "iv", "--lang", "ja").out();
    String styled = CliTestSupport.run(Map.of(), false, HERE, "plan", "--method", "iv", "--lang", "ja",
        "--color", "always").out();
    assertThat(styled.replaceAll("\u001b\\[[0-9]+m", "")).isEqualTo(plain);
  }
}
