package dev.exoplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.tools.ExternalTool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The compare page as a reader gets it on paper: exoplan writes the HTML, headless Chromium prints
 * it to an A4 PDF, and pdftotext finds every treatment's name in it.
 */
class ComparePrintIT {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "en|Exosome, keeping the effect|Exosome, as 003-standard|Hyaluronic acid filler|Botulinum toxin (Botox)|Laser treatment|Placenta injection",
    "ja|エクソソーム(効果を切らさない場合)|エクソソーム(003-standard のとおり)|ヒアルロン酸注入|ボトックス|レーザー治療|プラセンタ注射"
  })
  void everyTreatmentIsOnThePrintedPage(String lang, String a, String b, String c, String d,
      String e, String f) throws Exception {
    Path html = dir.resolve("compare-" + lang + ".html");
    var r = dev.exoplan.cli.CliSupport.run(dir, "compare", "--lang", lang, "-o", html.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    SelfContained.check(Files.readString(html, StandardCharsets.UTF_8));
    Path pdf = ExternalTool.printToPdf(html, dir);
    String text = ExternalTool.pdfText(pdf, dir).replaceAll("\\s+", " ");
    String squeezed = text.replace(" ", "");
    for (String name : List.of(a, b, c, d, e, f)) {
      assertThat(squeezed).as("printed page contains %s", name).contains(name.replace(" ", ""));
    }
    assertThat(squeezed).contains(lang.equals("ja") ? "320,000円" : "¥320,000");
  }
}
