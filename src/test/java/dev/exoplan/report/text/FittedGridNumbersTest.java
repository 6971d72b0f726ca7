package dev.exoplan.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A wrapped text cell breaks after a list's comma, never inside an amount's thousands separator. */
class FittedGridNumbersTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "First consultation ¥5,500, Follow-up visit ¥1,100 per visit|24",
    "First consultation ¥5,500, Follow-up visit ¥1,100 per visit|30",
    "a,b,¥1,234,567,c|9",
    "fee ¥1,100,000 total|12"
  })
  void noLineEndsInsideAnAmount(String text, int width) {
    java.util.List<String> lines = FittedGrid.wrap(text, width);
    for (int i = 0; i < lines.size(); i++) {
      assertThat(DisplayWidth.of(lines.get(i))).isLessThanOrEqualTo(width);
      if (i + 1 < lines.size()) {
        assertThat(lines.get(i).matches(".*\\d,$") && lines.get(i + 1).matches("^\\d.*"))
            .as("a break inside an amount: %s", lines).isFalse();
      }
    }
    assertThat(String.join("", FittedGrid.wrap(text, width)).replace(" ", ""))
        .isEqualTo(text.replace(" ", ""));
  }
}
