package dev.exoplan.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.exoplan.report.text.Grid.Align;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Random tables of Japanese and English text and figures, laid out for random terminal widths:
 * no line is wider than the terminal, and no character of any cell is lost.
 */
class FittedGridFuzzTest {
  private static final String ALPHABET = "ab iv01234,56789¥円〜–(()):、。・初期集中維持お支払い総額税込Total";

  @FuzzTest(maxDuration = "10s")
  void everyLineFitsAndNothingIsLost(FuzzedDataProvider data) {
    int columns = data.consumeInt(1, 9);
    List<String> headers = new ArrayList<>();
    List<Align> aligns = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      headers.add(text(data, 12));
      aligns.add(data.consumeBoolean() ? Align.LEFT : Align.RIGHT);
    }
    Grid g = new Grid(headers, aligns);
    int rows = data.consumeInt(0, 6);
    List<String> cells = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        String cell = text(data, 40);
        row.add(cell);
        cells.add(cell);
      }
      g.row(row, data.consumeBoolean());
    }
    int width = data.consumeInt(40, 200);
    String out = FittedGrid.render(g, Style.PLAIN, width);
    for (String line : out.split("\n", -1)) {
      assertThat(DisplayWidth.of(line)).as("line %s at width %d", line, width).isLessThanOrEqualTo(width);
    }
    Map<Integer, Integer> have = counts(out);
    counts(String.join("", cells)).forEach((cp, n) ->
        assertThat(have.getOrDefault(cp, 0)).as("character %s", Character.toString(cp))
            .isGreaterThanOrEqualTo(n));
  }

  private static String text(FuzzedDataProvider data, int max) {
    int n = data.consumeInt(0, max);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(ALPHABET.charAt(data.consumeInt(0, ALPHABET.length() - 1)));
    }
    return sb.toString();
  }

  private static Map<Integer, Integer> counts(String s) {
    Map<Integer, Integer> m = new HashMap<>();
    s.codePoints().filter(cp -> cp != ' ' && cp != '\n').forEach(cp -> m.merge(cp, 1, Integer::sum));
    return m;
  }
}
