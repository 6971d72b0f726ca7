package dev.exoplan.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The short cut for U+0000..U+02FF gives what the general rule gives. */
class DisplayWidthLatinTest {
  private static int general(int cp) {
    if (cp == 0) {
      return 0;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT) {
      return 0;
    }
    return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) ? 0 : 1;
  }

  @Test
  void latinAsTheGeneralRule() {
    for (int cp = 0; cp < 0x300; cp++) {
      assertThat(DisplayWidth.of(cp)).as("U+%04X", cp).isEqualTo(general(cp));
    }
    assertThat(DisplayWidth.of("¥30,000")).isEqualTo(7);
    assertThat(DisplayWidth.of(0x0301)).isZero(); // a combining accent, past the short cut
  }
}
