package dev.exoplan.pricing;

import dev.exoplan.domain.catalog.Catalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Workbooks for tests (issue 19): the template with some cells changed, written by fastexcel's
 * own writer, as a spreadsheet program would save them; never hand-written XML.
 */
final class Books {
  /** A formula to put in a cell: written as a formula, not as text. */
  record Formula(String text) {}

  /** A change: put {@code value} (text, number, Boolean, Formula, or null to empty it) at a cell. */
  record Change(String sheet, String cell, Object value) {}

  private Books() {}

  static byte[] template() {
    return Workbooks.template(PricingLoader.shipped());
  }

  static Catalog base() {
    return PricingLoader.shipped();
  }

  /** The template with {@code changes}; sheets in {@code hidden} hidden, ranges in {@code merged} merged. */
  static byte[] edited(List<Change> changes, List<String> hidden, List<String> merged) {
    Map<String, Map<String, Object>> sheets = read(template());
    for (Change c : changes) {
      Map<String, Object> cells = sheets.computeIfAbsent(c.sheet(), k -> new LinkedHashMap<>());
      if (c.value() == null) {
        cells.remove(c.cell());
      } else {
        cells.put(c.cell(), c.value());
      }
    }
    return write(sheets, hidden, merged);
  }

  /** Writes {@code sheets}, as {@link #read} gives them. */
  static byte[] write(Map<String, Map<String, Object>> sheets, List<Change> none) {
    return write(sheets, List.of(), List.of());
  }

  private static byte[] write(Map<String, Map<String, Object>> sheets, List<String> hidden,
      List<String> merged) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(out, "test", "1.0");
      for (Map.Entry<String, Map<String, Object>> s : sheets.entrySet()) {
        Worksheet ws = wb.newWorksheet(s.getKey());
        for (Map.Entry<String, Object> c : s.getValue().entrySet()) {
          int[] rc = address(c.getKey());
          Object v = c.getValue();
          if (v instanceof String t) {
            ws.value(rc[0], rc[1], t);
          } else if (v instanceof Number n) {
            ws.value(rc[0], rc[1], n);
          } else if (v instanceof Boolean b) {
            ws.value(rc[0], rc[1], b);
          } else if (v instanceof Formula f) {
            ws.formula(rc[0], rc[1], f.text());
          }
        }
        if (hidden.contains(s.getKey())) {
          ws.setVisibilityState(VisibilityState.HIDDEN);
        }
        for (String m : merged) {
          if (m.startsWith(s.getKey() + "!")) {
            String[] ends = m.substring(s.getKey().length() + 1).split(":");
            int[] a = address(ends[0]);
            int[] b = address(ends[1]);
            ws.range(a[0], a[1], b[0], b[1]).merge();
          }
        }
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] edited(Change... changes) {
    return edited(List.of(changes), List.of(), List.of());
  }

  /** Every cell of every sheet, by address (B7), as text, number or Boolean. */
  static Map<String, Map<String, Object>> read(byte[] xlsx) {
    Map<String, Map<String, Object>> sheets = new LinkedHashMap<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      for (org.dhatim.fastexcel.reader.Sheet s : wb.getSheets().toList()) {
        Map<String, Object> cells = new LinkedHashMap<>();
        for (Row r : s.read()) {
          for (Cell c : r) {
            if (c == null) {
              continue;
            }
            String at = Position.letters(c.getColumnIndex() + 1) + (c.getAddress().getRow() + 1);
            switch (c.getType()) {
              case NUMBER -> cells.put(at, c.asNumber());
              case STRING -> cells.put(at, c.asString());
              case BOOLEAN -> cells.put(at, c.asBoolean());
              case FORMULA -> cells.put(at, new Formula(c.getFormula()));
              default -> { }
            }
          }
        }
        sheets.put(s.getName(), cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sheets;
  }

  /** B7 as {row 6, column 1}, both from 0. */
  static int[] address(String cell) {
    int i = 0;
    int column = 0;
    while (Character.isLetter(cell.charAt(i))) {
      column = column * 26 + (cell.charAt(i) - 'A' + 1);
      i++;
    }
    return new int[] {Integer.parseInt(cell.substring(i)) - 1, column - 1};
  }

  static BigDecimal number(long n) {
    return BigDecimal.valueOf(n);
  }

  static List<String> none() {
    return new ArrayList<>();
  }

  static Map<String, Object> cells(Map<String, Map<String, Object>> book, String sheet) {
    return book.getOrDefault(sheet, new HashMap<>());
  }
}
