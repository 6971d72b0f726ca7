package dev.exoplan.pricing;

import dev.exoplan.pricing.WorkbookLayout.Column;
import dev.exoplan.pricing.WorkbookLayout.Sheet;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a clinic price list's tree (format version 2, already checked) as a workbook (issue 19):
 * the sheets of {@link WorkbookLayout}, headers in Japanese and English, a drop-down list on every
 * column with a fixed set of values, numbers as numbers and every text as text (never a formula).
 */
final class WorkbookWriter {
  /** Rows of each table given a drop-down list, beyond those written. */
  private static final int SPARE_ROWS = 200;

  private WorkbookWriter() {}

  static void write(Node.Obj top, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "exoplan", "1.0");
    Worksheet clinic = wb.newWorksheet(WorkbookLayout.CLINIC.name());
    header(clinic, 0, List.of("項目", "キー", "値"));
    header(clinic, 1, List.of("label", "key", "value"));
    int row = WorkbookLayout.HEADER_ROWS;
    for (Column c : WorkbookLayout.CLINIC.columns()) {
      clinic.value(row, 0, c.ja());
      clinic.value(row, 1, c.key());
      Node v = find(top, c.key());
      if (v != null) {
        cell(clinic, row, 2, v);
      }
      choices(clinic, c, row, row, 2);
      row++;
    }
    clinic.freezePane(0, WorkbookLayout.HEADER_ROWS);
    List<Node> items = list(top, "items");
    for (Sheet layout : WorkbookLayout.TABLES) {
      Worksheet ws = wb.newWorksheet(layout.name());
      header(ws, 0, layout.columns().stream().map(Column::ja).toList());
      header(ws, 1, layout.columns().stream().map(Column::key).toList());
      int r = WorkbookLayout.HEADER_ROWS;
      if (layout.child()) {
        for (Node item : items) {
          Node id = find((Node.Obj) item, "id");
          for (Node entry : list((Node.Obj) item, layout.key())) {
            ws.value(r, 0, ((Node.Scalar) id).text());
            r = row(ws, layout, (Node.Obj) entry, r);
          }
        }
      } else {
        for (Node entry : layout == WorkbookLayout.ITEMS ? items : list(top, layout.key())) {
          r = row(ws, layout, (Node.Obj) entry, r);
        }
      }
      for (int i = 0; i < layout.columns().size(); i++) {
        choices(ws, layout.columns().get(i), WorkbookLayout.HEADER_ROWS, r + SPARE_ROWS, i);
      }
      ws.freezePane(0, WorkbookLayout.HEADER_ROWS);
    }
    wb.finish();
  }

  private static int row(Worksheet ws, Sheet layout, Node.Obj entry, int r) {
    List<Column> columns = layout.columns();
    for (int i = 0; i < columns.size(); i++) {
      Node v = columns.get(i).key().equals(WorkbookLayout.ITEM) ? null : find(entry, columns.get(i).key());
      if (v != null) {
        cell(ws, r, i, v);
      }
    }
    return r + 1;
  }

  private static void header(Worksheet ws, int row, List<String> labels) {
    for (int i = 0; i < labels.size(); i++) {
      ws.value(row, i, labels.get(i));
      ws.style(row, i).bold().fillColor("DDEBF7").set();
    }
  }

  /** A drop-down list of the column's values, for the cells from {@code top} to {@code bottom}. */
  private static void choices(Worksheet ws, Column c, int top, int bottom, int column) {
    if (c.choices().isEmpty()) {
      return;
    }
    ws.range(top, column, bottom, column)
        .validateWithListByFormula("\"" + String.join(",", c.choices()) + "\"")
        .allowBlank(true).showErrorMessage(true)
        .errorStyle(org.dhatim.fastexcel.DataValidationErrorStyle.STOP)
        .errorTitle(c.key())
        .error("次のいずれかを選んでください / Choose one of: " + String.join(", ", c.choices()));
  }

  /** One value: a number, true or false, a "from" price as 33000〜, a list as a, b; else text. */
  private static void cell(Worksheet ws, int r, int c, Node v) {
    if (v instanceof Node.Arr a) {
      ws.value(r, c, a.items().stream().map(n -> ((Node.Scalar) n).text())
          .collect(Collectors.joining(", ")));
    } else if (v instanceof Node.Obj o) {
      ws.value(r, c, ((Node.Scalar) o.fields().get("from")).text() + "〜");
    } else {
      Node.Scalar s = (Node.Scalar) v;
      switch (s.kind()) {
        case INTEGER -> ws.value(r, c, new java.math.BigDecimal(s.text()));
        case BOOLEAN -> ws.value(r, c, Boolean.valueOf(s.text()));
        default -> ws.value(r, c, s.text());
      }
    }
  }

  private static Node find(Node.Obj obj, String dotted) {
    Node n = obj;
    for (String part : dotted.split("\\.")) {
      if (!(n instanceof Node.Obj o)) {
        return null;
      }
      n = o.fields().get(part);
    }
    return n;
  }

  private static List<Node> list(Node.Obj obj, String key) {
    Node n = obj.fields().get(key);
    return n instanceof Node.Arr a ? a.items() : List.of();
  }
}
