package dev.exoplan.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** TextRenderer.collapseBlankLines, run by run, gives what the character-by-character rule gives. */
class CollapseBlankLinesTest {
  private static String byCharacter(String s) {
    StringBuilder sb = new StringBuilder();
    int newlines = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      newlines = c == '\n' ? newlines + 1 : 0;
      if (newlines <= 2) {
        sb.append(c);
      }
    }
    String collapsed = sb.toString();
    while (collapsed.startsWith("\n")) {
      collapsed = collapsed.substring(1);
    }
    while (collapsed.endsWith("\n\n")) {
      collapsed = collapsed.substring(0, collapsed.length() - 1);
    }
    return collapsed;
  }

  @Test
  void asTheCharacterByCharacterRule() {
    Random r = new Random(15);
    String alphabet = "\n\n\na見 ";
    for (int i = 0; i < 50_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int k = r.nextInt(16); k > 0; k--) {
        s.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      assertThat(TextRenderer.collapseBlankLines(s.toString())).as("%s", s)
          .isEqualTo(byCharacter(s.toString()));
    }
  }
}
