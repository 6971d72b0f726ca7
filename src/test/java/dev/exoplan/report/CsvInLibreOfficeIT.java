package dev.exoplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.cli.CliSupport;
import dev.exoplan.tools.Spreadsheet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * exoplan's CSV as a spreadsheet sees it: LibreOffice Calc (headless) opens each file and reads back
 * the same rows and columns: numbers as numbers, unknowns as empty cells, and no formula anywhere.
 * With "Format quoted field as text" every text cell is exactly exoplan's; with Calc's defaults a
 * quoted cell that looks like a number or a date is typed as one, with the same value.
 */
class CsvInLibreOfficeIT {
  /** Each case: the import mode, then the command whose CSV Calc opens. */
  static final List<String> CASES = List.of("quoted-as-text:compare --format csv",
      "quoted-as-text:compare --format csv --bom --months 24 --method iv",
      "quoted-as-text:estimate --method iv --format csv --pricing pricing/example-clinic.yaml",
      "quoted-as-text:plan --method iv --start 2026-12-01 --format csv",
      "defaults:compare --format csv",
      "defaults:compare --format csv --bom --months 24 --method iv",
      "defaults:estimate --method iv --format csv --pricing pricing/example-clinic.yaml",
      "defaults:plan --method iv --start 2026-12-01 --format csv",
      // texts starting with = + - @ TAB CR LF NUL, from a hostile table: still no formula
      "quoted-as-text:compare --format csv --pricing src/test/data/pricing/hostile/market.yaml",
      "defaults:compare --format csv --pricing src/test/data/pricing/hostile/market.yaml",
      "defaults:compare --format csv --bom --pricing src/test/data/pricing/hostile/market.yaml",
      "quoted-as-text:estimate --method iv --source h1 --format csv --pricing src/test/data/pricing/hostile/market.yaml",
      "defaults:estimate --method iv --source h1 --format csv --pricing src/test/data/pricing/hostile/market.yaml",
      "defaults:plan --method iv --source h1 --format csv --pricing src/test/data/pricing/hostile/market.yaml");

  @TempDir static Path dir;
  static final Map<String, CliSupport.Result> RUNS = new HashMap<>();
  static final Map<String, Path> FILES = new HashMap<>();

  /**
   * Every case's command is run and its CSV converted before the tests: LibreOffice starts once
   * per import mode (two starts for the fourteen files; a start costs about 1.5 s of CPU). Each
   * test then checks its own run and its own file, and fails on that file's defect alone.
   */
  @BeforeAll
  static void runAndConvertAll() throws Exception {
    Path root = Path.of("").toAbsolutePath();
    Map<Boolean, List<Path>> byMode = new HashMap<>(Map.of(true, new ArrayList<>(), false, new ArrayList<>()));
    for (int i = 0; i < CASES.size(); i++) {
      String c = CASES.get(i);
      Path csv = dir.resolve("case" + (i + 1) + ".csv");
      RUNS.put(c, CliSupport.run(root, (command(c) + " -o " + csv).split(" ")));
      FILES.put(c, csv);
      if (Files.exists(csv)) {
        byMode.get(c.startsWith("quoted-as-text:")).add(csv);
      }
    }
    for (boolean quotedAsText : List.of(true, false)) {
      if (!byMode.get(quotedAsText).isEmpty()) {
        Spreadsheet.convertCsvs(byMode.get(quotedAsText), odsDir(quotedAsText), quotedAsText);
      }
    }
  }

  static Path odsDir(boolean quotedAsText) {
    return dir.resolve(quotedAsText ? "ods-quoted-as-text" : "ods-defaults");
  }

  static String command(String modeAndCommand) {
    return modeAndCommand.substring(modeAndCommand.indexOf(':') + 1);
  }

  static List<String> cases() {
    return CASES;
  }

  @ParameterizedTest
  @MethodSource("cases")
  void libreOfficeReadsTheSameRowsAndColumns(String modeAndCommand) throws Exception {
    boolean quotedAsText = modeAndCommand.startsWith("quoted-as-text:");
    String command = command(modeAndCommand);
    var r = RUNS.get(modeAndCommand);
    assertThat(r.exit()).as(r.err()).isZero();
    Path csv = FILES.get(modeAndCommand);
    List<List<String>> ours = Spreadsheet.parseCsv(Files.readString(csv, StandardCharsets.UTF_8));
    if (command.contains("hostile")) {
      // the table's texts do reach the file, each neutralised with a leading apostrophe
      List<String> cells = ours.stream().flatMap(List::stream).toList();
      List<String> leads = command.startsWith("compare")
          ? List.of("=", "+", "-", "@", "\t", "\r", "\n")
          : command.startsWith("estimate") ? List.of("=") : List.of();
      for (String lead : leads) {
        assertThat(cells).as("a cell starting with %s", lead.replace("\t", "TAB")
            .replace("\r", "CR").replace("\n", "LF").replace("\0", "NUL"))
            .anyMatch(c -> c.startsWith("\"'" + lead));
      }
    }
    List<List<Spreadsheet.Cell>> theirs = Spreadsheet.converted(csv, odsDir(quotedAsText));
    assertThat(theirs).as("rows").hasSize(ours.size());
    for (int i = 0; i < ours.size(); i++) {
      List<String> row = ours.get(i);
      List<Spreadsheet.Cell> cells = theirs.get(i);
      for (int j = 0; j < row.size(); j++) {
        String mine = row.get(j);
        Spreadsheet.Cell cell = j < cells.size() ? cells.get(j) : new Spreadsheet.Cell("empty", "", "", "");
        String where = "row " + (i + 1) + " column " + (j + 1) + " (" + ours.get(0).get(j) + ")";
        assertThat(cell.formula()).as("%s is not a formula", where).isEmpty();
        if (mine.startsWith("\"") && (quotedAsText || cell.type().equals("string"))) {
          assertThat(cell.type()).as(where).isEqualTo("string");
          // a cell has lines, not line-end characters: Calc stores a CR inside a cell as a break
          assertThat(cell.text()).as(where)
              .isEqualTo(mine.substring(1).replace("\r\n", "\n").replace('\r', '\n'));
        } else if (mine.startsWith("\"") && cell.type().equals("date")) {
          // Calc's default import reads an ISO date as a date: the same day
          assertThat(cell.value()).as(where).startsWith(mine.substring(1));
        } else if (mine.startsWith("\"")) {
          // Calc's default import reads a quoted "003" as the number 3: the same value
          assertThat(cell.type()).as(where).isEqualTo("float");
          assertThat(new java.math.BigDecimal(cell.value())).as(where)
              .isEqualByComparingTo(new java.math.BigDecimal(mine.substring(1)));
        } else if (mine.isEmpty()) {
          assertThat(cell.type()).as("%s: unknown is an empty cell", where).isEqualTo("empty");
        } else if ((mine.equals("true") || mine.equals("false")) && cell.type().equals("boolean")) {
          assertThat(cell.value()).as(where).isEqualTo(mine);
        } else if (mine.equals("true") || mine.equals("false")) {
          // with special-number detection off, Calc keeps a bare true/false as text
          assertThat(quotedAsText).as("%s: a boolean read as text only without detection", where).isTrue();
          assertThat(cell.text()).as(where).isEqualToIgnoringCase(mine);
        } else {
          assertThat(cell.type()).as(where).isEqualTo("float");
          assertThat(new java.math.BigDecimal(cell.value())).as(where)
              .isEqualByComparingTo(new java.math.BigDecimal(mine));
        }
      }
      assertThat(cells.size()).as("row %d has no extra cells", i + 1).isLessThanOrEqualTo(row.size());
    }
  }
}
