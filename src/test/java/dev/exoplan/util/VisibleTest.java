package dev.exoplan.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 14, finding 9: control characters from files and arguments are shown, not obeyed. */
class VisibleTest {
  @Test
  void controlCharactersAreEscapedAndTheRestKept() {
    assertThat(Visible.escape("a\u001b[31mb\nc\td\r\u0000\u007f\u0085\u202e見"))
        .isEqualTo("a\\e[31mb\\nc\\td\\r\\0\\x7f\\x85\\u202e見");
    assertThat(Visible.escape("plain: 山田 花子.yaml")).isEqualTo("plain: 山田 花子.yaml");
  }
}
