package dev.exoplan.report.clinics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.cli.CliSupport;
import dev.exoplan.tools.Spreadsheet;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The clinics CSV (with a byte order mark) as LibreOffice Calc opens it: the same rows, one per
 * clinic, in the same order (the ones that quote cheapest first, then the one that cannot and the
 * file that could not be read), each cell as exoplan wrote it, no formula anywhere.
 */
class ClinicsCsvInLibreOfficeIT {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void libreOfficeReadsOneRowPerClinic(boolean quotedAsText) throws Exception {
    Path root = Path.of("").toAbsolutePath();
    Path csv = dir.resolve("clinics.csv");
    var r = CliSupport.run(root, "clinics", "src/test/data/clinics",
        "src/test/data/clinics-invalid/broken.yaml", "--keep-going", "--method", "iv",
        "--date", "2026-11-21", "--format", "csv", "--bom", "-o", csv.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<List<String>> ours = Spreadsheet.parseCsv(Files.readString(csv, StandardCharsets.UTF_8));
    assertThat(ours).hasSize(1 + 5 + 1 + 1);
    List<List<Spreadsheet.Cell>> theirs = Spreadsheet.openCsv(csv, dir, quotedAsText);
    assertThat(theirs).as("rows").hasSize(ours.size());
    for (int i = 0; i < ours.size(); i++) {
      List<String> row = ours.get(i);
      List<Spreadsheet.Cell> cells = theirs.get(i);
      assertThat(cells.size()).as("row %d has no extra cells", i + 1)
          .isLessThanOrEqualTo(row.size());
      for (int j = 0; j < row.size(); j++) {
        String mine = row.get(j);
        Spreadsheet.Cell cell = j < cells.size() ? cells.get(j)
            : new Spreadsheet.Cell("empty", "", "", "");
        String where = "row " + (i + 1) + " column " + ours.get(0).get(j);
        assertThat(cell.formula()).as("%s is not a formula", where).isEmpty();
        if (mine.isEmpty()) {
          assertThat(cell.type()).as("%s: unknown is an empty cell", where).isEqualTo("empty");
        } else if (mine.startsWith("\"") && cell.type().equals("string")) {
          assertThat(cell.text()).as(where).isEqualTo(mine.substring(1));
        } else if (mine.startsWith("\"") && cell.type().equals("date")) {
          assertThat(quotedAsText).as("%s: a date only with Calc's defaults", where).isFalse();
          assertThat(cell.value()).as(where).startsWith(mine.substring(1));
        } else if (mine.equals("true") || mine.equals("false")) {
          assertThat(cell.value().isEmpty() ? cell.text() : cell.value()).as(where)
              .isEqualToIgnoringCase(mine);
        } else {
          assertThat(cell.type()).as(where).isEqualTo("float");
          assertThat(new BigDecimal(cell.value())).as(where)
              .isEqualByComparingTo(new BigDecimal(mine));
        }
      }
    }
    assertThat(theirs.stream().skip(1).map(c -> c.get(0).text()).toList()).containsExactly(
        "quoted", "quoted", "quoted", "quoted", "quoted", "excluded", "unreadable");
    assertThat(theirs.stream().skip(1).limit(5).map(c -> c.get(9).value()).toList())
        .as("total_high, cheapest first")
        .containsExactly("503200", "560000", "660000", "693000", "4620000");
  }
}
