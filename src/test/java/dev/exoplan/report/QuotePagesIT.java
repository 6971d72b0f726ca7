package dev.exoplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.cli.CliSupport;
import dev.exoplan.tools.ExternalTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every printed page of a quote carries the quote number, the patient's name and "page x / y": the
 * PDF exoplan writes (openhtmltopdf's page margin boxes), and the HTML as Chromium prints it (the
 * same print CSS), read page by page with pdftotext. The patient's name is hostile: it must print as
 * text on every page, never as markup or a broken style sheet.
 */
class QuotePagesIT {
  static final String HOSTILE = "<script>alert(1)</script> \"&";

  @TempDir Path dir;

  private CliSupport.Result quote(Path out, String lang, String copy) {
    List<String> args = new ArrayList<>(List.of("quote", "--pricing",
        "pricing/example-clinic.yaml", "--patient", HOSTILE, "--method", "iv", "--intensive",
        "3..5", "--maintenance", "1..2", "--start", "2026-12-01", "--discount", "monitor",
        "--date", "2026-11-21", "--copy", copy, "--lang", lang, "-o", out.toString()));
    return CliSupport.run(Path.of("").toAbsolutePath(), args.toArray(String[]::new));
  }

  @ParameterizedTest
  @CsvSource({"ja, patient, ページ, 見積番号", "en, patient, page, Quote no.",
      "ja, clinic, ページ, 見積番号", "en, clinic, page, Quote no."})
  void everyPdfPageCarriesTheNumberThePatientAndThePageNumber(String lang, String copy,
      String page, String numberLabel) throws Exception {
    Path pdf = dir.resolve("quote-" + lang + "-" + copy + ".pdf");
    var r = quote(pdf, lang, copy);
    assertThat(r.exit()).as(r.err()).isZero();
    everyPage(pdf, page, numberLabel);
  }

  @ParameterizedTest
  @CsvSource({"ja, ページ, 見積番号", "en, page, Quote no."})
  void everyPageChromiumPrintsCarriesTheSame(String lang, String page, String numberLabel)
      throws Exception {
    Path html = dir.resolve("quote-" + lang + ".html");
    var r = quote(html, lang, "patient");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(html)).doesNotContain("<script>alert");
    everyPage(ExternalTool.printToPdf(html, dir), page, numberLabel);
  }

  private void everyPage(Path pdf, String page, String numberLabel) throws Exception {
    int pages = ExternalTool.pdfPages(pdf, dir);
    assertThat(pages).as("the quote runs over more than one page").isGreaterThan(1);
    String first = ExternalTool.pdfPageText(pdf, 1, dir);
    Matcher m = Pattern.compile("Q-20261121-[A-Z0-9]{6}").matcher(first);
    assertThat(m.find()).as(first).isTrue();
    String number = m.group();
    for (int n = 1; n <= pages; n++) {
      String text = ExternalTool.pdfPageText(pdf, n, dir);
      assertThat(text.lines()).as("page %d carries the header", n).anySatisfy(line ->
          assertThat(line).contains(numberLabel + " " + number).contains(HOSTILE));
      assertThat(text.replaceAll("\\s+", " ")).as("page %d", n)
          .contains(page + " " + n + " / " + pages);
    }
  }
}
