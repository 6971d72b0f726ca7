package dev.exoplan.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.pricing.Books.Change;
import dev.exoplan.pricing.Books.Formula;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clinic price list in a workbook (issue 19): the template, and what a hostile cell gets. */
class WorkbookTest {
  @TempDir Path dir;

  static PriceTable example() throws IOException {
    try (InputStream in = WorkbookTest.class.getResourceAsStream("/" + Workbooks.EXAMPLE)) {
      return PricingLoader.parse("same", in.readAllBytes(), Books.base());
    }
  }

  static PriceTable bound(byte[] xlsx) {
    return TableBinder.bind("same", WorkbookReader.read("clinic.xlsx", xlsx), Books.base());
  }

  static void refused(byte[] xlsx, String where, String key) {
    assertThatThrownBy(() -> bound(xlsx)).isInstanceOfSatisfying(PricingException.class, e -> {
      assertThat(e.position().toString()).isEqualTo(where);
      assertThat(e.message().orElseThrow().key()).isEqualTo(key);
    });
  }

  @Test
  void theTemplateIsTheExampleClinic() throws IOException {
    assertThat(bound(Books.template())).isEqualTo(example());
  }

  @Test
  void theTemplateHasHeadersInJapaneseAndEnglishAndDropDownLists() throws IOException {
    var book = Books.read(Books.template());
    assertThat(book.keySet()).containsExactly("clinic", "items", "steps", "courses", "fees", "sets",
        "discounts", "surcharges", "sharedCourses", "loans"); // issue 19, issue 20
    assertThat(book.get("items")).containsEntry("A1", "ID").containsEntry("F1", "料金(〜円は 33000〜)")
        .containsEntry("F2", "price").containsEntry("F3", Books.number(110000))
        .containsEntry("F8", "33000〜");
    assertThat(book.get("clinic")).containsEntry("B10", "tax").containsEntry("C10", "included");
    String items = entry(Books.template(), "xl/worksheets/sheet2.xml");
    assertThat(items).contains("type=\"list\"").contains("\"iv,injection,scalp,topical,none\"")
        .contains("\"cc,ampoule\"").contains("\"true,false\"");
    assertThat(entry(Books.template(), "xl/worksheets/sheet10.xml")) // issue 20: loans
        .contains("\"amortised,addon\"");
    assertThat(entry(Books.template(), "xl/worksheets/sheet1.xml"))
        .contains("\"included,excluded,not-stated\"").contains("\"down,half-up,up\"");
    assertThat(entry(Books.template(), "xl/worksheets/sheet5.xml")).contains("\"once,visit,revisit\"");
  }

  String entry(byte[] zip, String name) throws IOException {
    Path f = Files.write(dir.resolve("entry.zip"), zip);
    try (var z = new java.util.zip.ZipFile(f.toFile())) {
      ZipEntry e = z.getEntry(name);
      assertThat(e).as(name).isNotNull();
      return new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void numbersTypedAsTextWithFullWidthDigitsOrSeparatorsAreTheNumbers() throws IOException {
    assertThat(bound(Books.edited(new Change("items", "F3", "110000"),
        new Change("items", "G3", "９９，０００"), new Change("items", "H3", " 77,000 "))))
        .isEqualTo(example());
  }

  @Test
  void aDateTypedIntoTheEffectiveCellArrivesAsASerialNumberAndIsThatDate() throws IOException {
    assertThat(bound(Books.edited(new Change("clinic", "C13", Books.number(46113)))))
        .isEqualTo(example());
    refused(Books.edited(new Change("clinic", "C13", new java.math.BigDecimal("46113.5"))),
        "clinic.xlsx:clinic!C13", "data.xlsx.date");
  }

  @Test
  void aFormulaIsRefusedNeverEvaluated() {
    refused(Books.edited(new Change("items", "F3", new Formula("100000+10000"))),
        "clinic.xlsx:items!F3", "data.xlsx.formula");
    refused(Books.edited(new Change("items", "B4", new Formula("HYPERLINK(\"http://x.invalid\",\"IV\")"))),
        "clinic.xlsx:items!B4", "data.xlsx.formula");
    refused(Books.edited(new Change("items", "F3", new Formula("TRUE()"))),
        "clinic.xlsx:items!F3", "data.xlsx.formula");
  }

  @Test
  void theConstantTrueLibreOfficeSavesIsTrue() throws IOException {
    assertThat(bound(Books.edited(new Change("items", "E3", new Formula("TRUE()"))))).isEqualTo(example());
  }

  @Test
  void aTextInAColumnOfNumbersIsSaidAtItsCell() {
    refused(Books.edited(new Change("steps", "C4", "seventy thousand")), "clinic.xlsx:steps!C4",
        "data.xlsx.number");
    refused(Books.edited(new Change("items", "E3", "maybe")), "clinic.xlsx:items!E3", "data.xlsx.bool");
  }

  @Test
  void aVeryLongTextOrAControlCharacterIsRefused() {
    refused(Books.edited(new Change("items", "B3", "点".repeat(TreeReader.MAX_STRING + 1))),
        "clinic.xlsx:items!B3", "data.text.too.long");
    // XML cannot hold U+0007 (the writer drops it); a direction control it can
    refused(Books.edited(new Change("items", "C3", "IV\u202E")), "clinic.xlsx:items!C3",
        "data.text.direction");
  }

  @Test
  void aHiddenSheetIsRefused() {
    refused(Books.edited(List.of(), List.of("fees"), List.of()), "clinic.xlsx:fees!A1",
        "data.xlsx.hidden");
  }

  @Test
  void mergedCellsAreRefusedForTheValuesTheyHide() {
    // merging B3:C3 hides C3's value from whoever looks, not from a reader of the file
    refused(Books.edited(List.of(), List.of(), List.of("items!B3:C3")), "clinic.xlsx:items!B3",
        "data.xlsx.merged");
  }

  @Test
  void aWrongColumnOrAStepOfNoItemIsSaidAtItsCell() {
    refused(Books.edited(new Change("items", "J2", "colour")), "clinic.xlsx:items!J2",
        "data.xlsx.header.unknown");
    refused(Books.edited(new Change("steps", "A3", "scalp")), "clinic.xlsx:steps!A3",
        "data.xlsx.item.unknown");
    refused(Books.edited(new Change("items", "L3", "note")), "clinic.xlsx:items!L3",
        "data.xlsx.header.none");
    refused(Books.edited(new Change("clinic", "C40", "x")), "clinic.xlsx:clinic!C40",
        "data.xlsx.key.missing");
  }

  @Test
  void tooManyRowsAreRefusedAtTheFirstBeyondTheLimit() {
    int row = WorkbookReader.MAX_ROWS + 1;
    refused(Books.edited(new Change("sets", "A" + row, "x")), "clinic.xlsx:sets!A" + row,
        "data.xlsx.rows");
  }

  @Test
  void aZipBombIsRefusedUnreadAtTheLimit() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(9);
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(out.size()).isLessThan(PricingLoader.MAX_FILE_BYTES);
    refused(out.toByteArray(), "clinic.xlsx:1:1", "data.xlsx.inflated");
  }

  @Test
  void whatIsNoWorkbookIsSaidSo() {
    refused("format: exoplan-pricing\n".getBytes(StandardCharsets.UTF_8), "clinic.xlsx:1:1",
        "data.xlsx.not.zip");
    refused(new byte[] {'P', 'K', 3, 4, 0, 0}, "clinic.xlsx:1:1", "data.xlsx.damaged");
  }

  @Test
  void aFileOfFiftyMegabytesIsRefusedAtTheSizeLimitBeforeAnyReading() throws IOException {
    Path big = dir.resolve("big.xlsx");
    try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(Books.template()));
      ch.write(java.nio.ByteBuffer.wrap(new byte[] {0}), 50L << 20);
    }
    assertThatThrownBy(() -> PricingLoader.read(new PricingLoader.Input("big.xlsx", big)))
        .isInstanceOfSatisfying(PricingException.class, e ->
            assertThat(e.message().orElseThrow().key()).isEqualTo("data.file.too.large"));
  }

  @Test
  void lineEndsAndNoncharactersInATextAreKeptOrRefused() throws IOException {
    String yaml;
    try (InputStream in = WorkbookTest.class.getResourceAsStream("/" + Workbooks.EXAMPLE)) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    byte[] crlf = yaml.replace("ja: エクソソーム注射,", "ja: \"注射\\r\\n二行\\r三行\",")
        .getBytes(StandardCharsets.UTF_8);
    PriceTable original = PricingLoader.parse("same", crlf, Books.base());
    assertThat(original.clinic().orElseThrow().menu().items().get(2).name()
        .orElseThrow().ja()).isEqualTo("注射\r\n二行\r三行");
    byte[] xlsx = Workbooks.convert("in.yaml", crlf, Workbooks.Format.XLSX, Books.base());
    assertThat(bound(xlsx)).isEqualTo(original);
    byte[] ffff = yaml.replace("ja: エクソソーム注射,", "ja: \"注射\\uFFFF\",")
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PricingLoader.parse("same", ffff, Books.base()))
        .isInstanceOfSatisfying(PricingException.class, e ->
            assertThat(e.message().orElseThrow().key()).isEqualTo("data.text.control"));
  }

  @Test
  void yamlToWorkbookToYamlGivesTheSameClinic() throws IOException {
    byte[] xlsx = Workbooks.template(Books.base());
    byte[] yaml = Workbooks.convert("clinic.xlsx", xlsx, Workbooks.Format.YAML, Books.base());
    assertThat(PricingLoader.parse("same", yaml, Books.base())).isEqualTo(example());
    byte[] json = Workbooks.convert("clinic.xlsx", xlsx, Workbooks.Format.JSON, Books.base());
    assertThat(PricingLoader.parse("same.json", json, Books.base()).clinic())
        .isEqualTo(example().clinic());
  }
}
