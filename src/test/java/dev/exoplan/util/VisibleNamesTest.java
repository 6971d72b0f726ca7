package dev.exoplan.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 22, finding 4: the one check names from files and from arguments go through. */
class VisibleNamesTest {
  @Test
  void directionControlsAreHiddenCharactersOfAName() {
    for (char c : new char[] {0x202e, 0x202a, 0x202b, 0x202c, 0x202d, 0x200e, 0x200f, 0x2066,
        0x2067, 0x2068, 0x2069, 0x061c}) {
      assertThat(Visible.hidden("Hanako " + c + "gnp.exe")).as("U+%04X", (int) c).isEqualTo(7);
      assertThat(Visible.direction(c)).isTrue();
    }
  }

  @Test
  void invisibleCharactersAndControlsAreHiddenButJoinersAreNot() {
    assertThat(Visible.hidden("Hana\u200bko")).isEqualTo(4);
    assertThat(Visible.hidden("Hana\u2060ko")).isEqualTo(4);
    assertThat(Visible.hidden("Hana\ufeffko")).isEqualTo(4);
    assertThat(Visible.hidden("Hana\tko")).isEqualTo(4);
    assertThat(Visible.hidden("Hana\u0085ko")).isEqualTo(4);
    assertThat(Visible.hidden("مهر\u200cنوش")).isEqualTo(-1);
    assertThat(Visible.hidden("👨\u200d👩\u200d👧")).isEqualTo(-1);
    assertThat(Visible.hidden("山田 花子")).isEqualTo(-1);
    assertThat(Visible.hidden("𠮷田")).isEqualTo(-1);
  }

  @Test
  void aNameOfNothingVisibleIsBlank() {
    for (String s : new String[] {"", " ", "\u200b", "\u200b\u200c\u200d", "\u2060", "\ufeff",
        "\u00a0", "\u3000", "\u202e", "\u3164", "\ufe0f", "\u2800 \u200b"}) {
      assertThat(Visible.blank(s)).as("%s", Visible.escape(s)).isTrue();
    }
    for (String s : new String[] {"a", "\u200bA", "花", "𠮷", "👍"}) {
      assertThat(Visible.blank(s)).as(s).isFalse();
    }
  }
}
