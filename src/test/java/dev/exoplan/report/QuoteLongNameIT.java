package dev.exoplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.cli.CliSupport;
import dev.exoplan.tools.ExternalTool;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A patient's name with no break in it (100 × "W", the longest --patient takes) wraps inside the A4
 * page, in the body and in the running header, both in the PDF exoplan writes and in the HTML as
 * Chromium prints it: every word box pdftotext finds ends left of the page's right edge, and the
 * whole name is on the page (issue 22, finding 3: it ran to x = 607 pt on a 595 pt page).
 */
class QuoteLongNameIT {
  static final String NAME = "W".repeat(100);

  static final Pattern WORD = Pattern.compile(
      "<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\" yMax=\"[0-9.]+\">([^<]*)</word>");

  @TempDir Path dir;

  private void quote(Path out) {
    var r = CliSupport.run(Path.of("").toAbsolutePath(), "quote", "--pricing",
        "pricing/example-clinic.yaml", "--patient", NAME, "--method", "iv", "--date", "2026-12-01",
        "--lang", "en", "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
  }

  @Test
  void exoplansPdfKeepsTheNameInsideThePage() throws Exception {
    Path pdf = dir.resolve("quote.pdf");
    quote(pdf);
    insideEveryPage(pdf);
  }

  @Test
  void chromiumsPrintKeepsTheNameInsideThePage() throws Exception {
    Path html = dir.resolve("quote.html");
    quote(html);
    insideEveryPage(ExternalTool.printToPdf(html, dir));
  }

  private void insideEveryPage(Path pdf) throws Exception {
    Path pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    Path boxes = dir.resolve(pdf.getFileName() + ".bbox.html");
    ExternalTool.run(List.of(pdftotext.toString(), "-bbox", pdf.toString(), boxes.toString()), dir, 60);
    String text = Files.readString(boxes);
    Matcher page = Pattern.compile("<page width=\"([0-9.]+)\"").matcher(text);
    assertThat(page.find()).isTrue();
    BigDecimal width = new BigDecimal(page.group(1));
    Matcher w = WORD.matcher(text);
    int words = 0;
    StringBuilder ws = new StringBuilder();
    while (w.find()) {
      words++;
      assertThat(new BigDecimal(w.group(2))).as("the word %s ends inside the page", w.group(3))
          .isLessThanOrEqualTo(width);
      if (w.group(3).matches("W+")) {
        ws.append(w.group(3));
      }
    }
    assertThat(words).isGreaterThan(100);
    assertThat(ws.length()).as("the whole name is printed, in the body at least")
        .isGreaterThanOrEqualTo(NAME.length());
  }
}
