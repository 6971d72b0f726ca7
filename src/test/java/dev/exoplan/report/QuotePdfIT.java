package dev.exoplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.cli.CliSupport;
import dev.exoplan.tools.ExternalTool;
import dev.exoplan.tools.Pdf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The quote as a counselor prints it: the PDF exoplan writes (its bundled Japanese font embedded),
 * read with pdftotext, pdffonts and qpdf; and the HTML page printed by headless Chromium.
 */
class QuotePdfIT {
  static final String CLINIC = "pricing/example-clinic.yaml";

  @TempDir Path dir;

  static CliSupport.Result quote(Path out, String lang, String patient, String... extra) {
    List<String> args = new ArrayList<>(List.of("quote", "--pricing", CLINIC, "--patient", patient,
        "--method", "iv", "--date", "2026-11-21", "--lang", lang, "-o", out.toString()));
    args.addAll(Arrays.asList(extra));
    if (!args.contains("--intensive")) {
      args.addAll(List.of("--intensive", "5", "--maintenance", "2"));
    }
    return CliSupport.run(Path.of("").toAbsolutePath(), args.toArray(String[]::new));
  }

  @ParameterizedTest
  @CsvSource({"ja, 山田 花子, '690,800円', うち消費税", "en, Hanako Yamada, '¥690,800', consumption tax"})
  void thePdfCarriesThePatientTheTotalAndAnEmbeddedJapaneseFont(String lang, String patient,
      String total, String taxWords) throws Exception {
    Path pdf = dir.resolve("quote-" + lang + ".pdf");
    var r = quote(pdf, lang, patient);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).as("nothing on stderr (library logging silenced)").isEmpty();
    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
    String text = ExternalTool.pdfText(pdf, dir);
    String squeezed = text.replaceAll("\\s+", "");
    assertThat(squeezed).contains(patient.replace(" ", "")).contains(total).contains(taxWords.replace(" ", ""));
    assertThat(squeezed).contains("62,800"); // the tax contained in 690,800
    String fonts = Pdf.fonts(pdf, dir);
    assertThat(fonts).contains("IPAexGothic");
    for (String line : fonts.lines().skip(2).toList()) {
      assertThat(line).as("every font embedded: %s", line).matches(".*\\byes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$");
    }
    assertThat(Pdf.check(pdf, dir)).contains("No syntax or stream encoding errors found");
  }

  @Test
  void fontReplacesTheBundledFont() throws Exception {
    Path font = Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(font),
        "the Debian IPAex font (fonts-ipaexfont-gothic) stands in for a clinic's own font");
    Path pdf = dir.resolve("own-font.pdf");
    var r = quote(pdf, "ja", "山田 花子", "--font", font.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Pdf.fonts(pdf, dir)).contains("IPAexGothic");
    assertThat(ExternalTool.pdfText(pdf, dir).replaceAll("\\s+", "")).contains("山田花子");
  }

  @Test
  void aHostileNameIsPrintedAsText() throws Exception {
    Path pdf = dir.resolve("hostile.pdf");
    var r = quote(pdf, "en", "<script>alert(1)</script> \"&");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(ExternalTool.pdfText(pdf, dir)).contains("<script>alert(1)</script> \"&");
  }

  @ParameterizedTest
  @CsvSource({"ja, 山田 花子, '621,720円'", "en, Hanako Yamada, '¥621,720'"})
  void chromiumPrintsTheHtmlQuoteWithThePatientAndTheTotal(String lang, String patient, String total)
      throws Exception {
    Path html = dir.resolve("quote-" + lang + ".html");
    var r = quote(html, lang, patient, "--intensive", "3..5", "--maintenance", "1..2",
        "--discount", "monitor", "--start", "2026-12-01");
    assertThat(r.exit()).as(r.err()).isZero();
    Path pdf = ExternalTool.printToPdf(html, dir);
    String text = ExternalTool.pdfText(pdf, dir).replaceAll("\\s+", "");
    assertThat(text).contains(patient.replace(" ", "")).contains(total);
  }
}
