package dev.exoplan.report.clinics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.cli.CliSupport;
import dev.exoplan.report.SelfContained;
import dev.exoplan.tools.ExternalTool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The clinics page as a reader gets it on paper: exoplan writes the HTML, headless Chromium prints
 * it to an A4 PDF, and pdftotext reads back every clinic's bar in the order of its price, a total, the
 * clinic that cannot quote with its reason, the file that could not be read, and the notes.
 */
class ClinicsPrintIT {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "en|Example D, mandatory fees|Example B, no stated tax|Example C, trial price and course"
        + "|Example A, tax-excluded clinic|Example F, premium product"
        + "|¥289,900 – ¥503,200 or more|does not say whether its prices include consumption tax"
        + "|it has no item for IV drip|Could not be read|Totals (solid",
    "ja|見本D 必須料金あり|見本B 税表示なしクリニック|見本C 初回価格とコース|見本A 税抜クリニック"
        + "|見本F 高濃度製剤|289,900円〜503,200円(下限)|消費税込みかどうかの記載がありません"
        + "|点滴のメニューがありません|読み込めなかったファイル|総額(濃い部分"
  })
  void thePrintedPageHasEveryClinicCheapestFirst(String lang, String d, String b, String c,
      String a, String f, String total, String notStated, String excluded, String unreadable,
      String chart)
      throws Exception {
    Path root = Path.of("").toAbsolutePath();
    Path html = dir.resolve("clinics-" + lang + ".html");
    var r = CliSupport.run(root, "clinics", "src/test/data/clinics",
        "src/test/data/clinics-invalid/broken.yaml", "--keep-going", "--method", "iv",
        "--date", "2026-11-21", "--lang", lang, "-o", html.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    SelfContained.check(Files.readString(html, StandardCharsets.UTF_8));
    Path pdf = ExternalTool.printToPdf(html, dir);
    String squeezed = ExternalTool.pdfText(pdf, dir).replaceAll("\\s+", "");
    // the table wraps long names inside their cells; the chart's labels are whole, one a bar
    assertThat(squeezed).contains(chart.replaceAll("\\s+", ""));
    String bars = squeezed.substring(squeezed.indexOf(chart.replaceAll("\\s+", "")));
    int previous = -1;
    for (String name : List.of(d, b, c, a, f)) {
      String n = name.replaceAll("\\s+", "");
      int at = bars.indexOf(n);
      assertThat(at).as("%s has its bar after the cheaper ones", name).isGreaterThan(previous);
      previous = at;
    }
    for (String text : List.of(total, notStated, excluded, unreadable, "broken.yaml:18:12")) {
      assertThat(squeezed).as("printed page contains %s", text)
          .contains(text.replaceAll("\\s+", ""));
    }
  }
}
