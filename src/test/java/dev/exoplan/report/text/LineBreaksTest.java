package dev.exoplan.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lines break between words, never inside a label, a katakana word or a number (issue 18). */
class LineBreaksTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "合計(税込) (うち消費税10%) 56,520円|16|(うち消費税10%)",
    "初期集中: 頭皮エクソソーム注入 1回(2cc)|24|頭皮エクソソーム注入",
    "単回料金で受けた場合の合計より 88,000円 少なくなります。|30|88,000円",
    "First consultation ¥5,500, Follow-up visit ¥1,100 per visit|20|¥1,100",
  })
  void aWordStaysOnOneLine(String text, int width, String word) {
    List<String> lines = LineBreaks.wrap(text, width);
    assertThat(lines).anyMatch(l -> l.contains(word));
    assertThat(lines).allMatch(l -> DisplayWidth.of(l) <= width);
    assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
  }

  @Test
  void aKatakanaWordIsOneUnbreakableRun() {
    assertThat(LineBreaks.longestWord("頭皮エクソソーム注入 1回")).isEqualTo(20);
    assertThat(LineBreaks.longestWord("(うち消費税10%)"))
        .isEqualTo(DisplayWidth.of("(うち消費税10%)"));
  }

  @Test
  void aTableColumnIsNeverNarrowerThanItsLongestWord() {
    Grid g = new Grid(List.of("項目", "金額"), List.of(Grid.Align.LEFT, Grid.Align.RIGHT));
    g.row(List.of("初期集中: 頭皮エクソソーム注入 1回(2cc)", "77,000円"));
    g.row(List.of("(うち消費税10%)", "36,300円"));
    String out = FittedGrid.render(g, Style.PLAIN, 34);
    assertThat(out).contains("頭皮エクソソーム注入").contains("(うち消費税10%)");
    for (String l : out.split("\n")) {
      assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(34);
    }
  }
}
