package dev.exoplan.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exoplan.pricing.Books.Change;
import dev.exoplan.pricing.Books.Formula;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The workbooks the golden cases read (src/test/data/pricing/xlsx), each made here from the
 * template with one change, never written by hand: {@code -Dxlsx.fixtures.write=true} writes them
 * again; every run checks each committed one still fails with its key (or, clinic.xlsx, loads).
 */
class WorkbookFixturesTest {
  static final Path DIR = Path.of("src/test/data/pricing/xlsx");

  /** File name → [workbook, the message key it fails with ("" for none)]. */
  static Map<String, Object[]> fixtures() throws IOException {
    Map<String, Object[]> m = new LinkedHashMap<>();
    m.put("clinic.xlsx", new Object[] {Books.template(), ""});
    m.put("formula.xlsx", new Object[] {Books.edited(new Change("items", "B4",
        new Formula("HYPERLINK(\"https://example.invalid\",\"IV\")"))), "data.xlsx.formula"});
    m.put("number-as-words.xlsx", new Object[] {Books.edited(new Change("steps", "C4",
        "seventy-seven thousand")), "data.xlsx.number"});
    m.put("bool.xlsx", new Object[] {Books.edited(new Change("items", "E3", "yes")), "data.xlsx.bool"});
    m.put("date.xlsx", new Object[] {Books.edited(new Change("clinic", "C13",
        new java.math.BigDecimal("46113.25"))), "data.xlsx.date"});
    m.put("hidden.xlsx", new Object[] {Books.edited(List.of(), List.of("fees"), List.of()),
        "data.xlsx.hidden"});
    m.put("merged.xlsx", new Object[] {Books.edited(List.of(), List.of(), List.of("items!B3:C3")),
        "data.xlsx.merged"});
    m.put("unknown-column.xlsx", new Object[] {Books.edited(new Change("items", "J2", "colour")),
        "data.xlsx.header.unknown"});
    m.put("column-twice.xlsx", new Object[] {Books.edited(new Change("items", "J2", "price")),
        "data.xlsx.header.twice"});
    m.put("unnamed-column.xlsx", new Object[] {Books.edited(new Change("items", "K5", "note")),
        "data.xlsx.header.none"});
    m.put("unknown-item.xlsx", new Object[] {Books.edited(new Change("steps", "A3", "scalp")),
        "data.xlsx.item.unknown"});
    m.put("no-item.xlsx", new Object[] {Books.edited(new Change("courses", "A3", null)),
        "data.xlsx.item.missing"});
    m.put("no-key.xlsx", new Object[] {Books.edited(new Change("clinic", "C30", "Tokyo")),
        "data.xlsx.key.missing"});
    m.put("number-key.xlsx", new Object[] {Books.edited(new Change("clinic", "B30",
        java.math.BigDecimal.TEN), new Change("clinic", "C30", "x")), "data.xlsx.key.text"});
    m.put("rows.xlsx", new Object[] {Books.edited(new Change("sets", "A" + (WorkbookReader.MAX_ROWS + 1),
        "x")), "data.xlsx.rows"});
    Map<String, Map<String, Object>> book = Books.read(Books.template());
    book.remove("items");
    m.put("no-items-sheet.xlsx", new Object[] {write(book), "data.xlsx.sheet.missing"});
    m.put("not-a-workbook.xlsx", new Object[] {"format: exoplan-pricing\n".getBytes(StandardCharsets.UTF_8),
        "data.xlsx.not.zip"});
    m.put("damaged.xlsx", new Object[] {java.util.Arrays.copyOf(Books.template(), 300), "data.xlsx.damaged"});
    m.put("bomb.xlsx", new Object[] {bomb(), "data.xlsx.inflated"});
    m.put("many-parts.xlsx", new Object[] {manyParts(), "data.xlsx.entries"});
    return m;
  }

  static byte[] write(Map<String, Map<String, Object>> book) {
    List<Change> all = new java.util.ArrayList<>();
    return Books.write(book, all);
  }

  /** 30 MB of zeros, some 30 KB deflated: more than a part may unpack to. */
  static byte[] bomb() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(9);
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 30; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  static byte[] manyParts() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i <= WorkbookZip.MAX_ENTRIES; i++) {
        zip.putNextEntry(new ZipEntry("xl/part" + i + ".xml"));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void eachFixtureFailsWithItsMessageOrLoads() throws IOException {
    boolean write = Boolean.getBoolean("xlsx.fixtures.write");
    for (Map.Entry<String, Object[]> f : fixtures().entrySet()) {
      Path file = DIR.resolve(f.getKey());
      if (write) {
        Files.createDirectories(DIR);
        Files.write(file, (byte[]) f.getValue()[0]);
      }
      byte[] committed = Files.readAllBytes(file);
      String key = (String) f.getValue()[1];
      if (key.isEmpty()) {
        assertThat(PricingLoader.parse(f.getKey(), committed, Books.base()).clinic()).isPresent();
      } else {
        assertThatThrownBy(() -> PricingLoader.parse(f.getKey(), committed, Books.base()))
            .as(f.getKey()).isInstanceOfSatisfying(PricingException.class,
                e -> assertThat(e.message().orElseThrow().key()).isEqualTo(key));
      }
    }
  }
}
