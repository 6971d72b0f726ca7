package dev.exoplan.pricing;

import dev.exoplan.domain.text.Listing;
import dev.exoplan.domain.text.Message;
import dev.exoplan.pricing.WorkbookLayout.Column;
import dev.exoplan.pricing.WorkbookLayout.Sheet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Reads a clinic price list kept in a workbook (.xlsx, issue 19) into the same {@link Node} tree
 * {@link TreeReader} makes of its YAML, each value at its cell ({@code file:sheet!B7}), so that
 * {@link TableBinder} checks both alike. The zip is checked first ({@link WorkbookZip}); cells are
 * read as values, never evaluated ({@link WorkbookCells}); a hidden sheet is refused.
 */
final class WorkbookReader {
  static final int MAX_ROWS = 2000;

  private final String file;
  private boolean date1904;

  private WorkbookReader(String file) {
    this.file = file;
  }

  static Node read(String file, byte[] content) {
    byte[] zip = WorkbookZip.checked(file, content);
    WorkbookMerges.first(zip).ifPresent(m -> {
      String start = m.range().split(":")[0];
      int[] rc = cell(start);
      throw new PricingException(Position.cell(file, m.sheet(), rc[0], rc[1]),
          Message.of("data.xlsx.merged", m.range()));
    });
    try (ReadableWorkbook wb = new ReadableWorkbook(WorkbookZip.open(zip),
        new ReadingOptions(false, true))) {
      return new WorkbookReader(file).read(wb);
    } catch (PricingException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // ExcelReaderException, UncheckedIOException, and what the XML parser throws from inside
      // a row's stream (the fuzz target found an XMLStreamException wrapped so)
      throw new PricingException(new Position(file, 1, 1),
          Message.of("data.xlsx.damaged"));
    }
  }

  /** B3 as {3, 2}: the row and the column, from 1. */
  private static int[] cell(String address) {
    int i = 0;
    int column = 0;
    while (i < address.length() && Character.isLetter(address.charAt(i))) {
      column = column * 26 + (Character.toUpperCase(address.charAt(i)) - 'A' + 1);
      i++;
    }
    int row = 1;
    try {
      row = Integer.parseInt(address.substring(i).replace("$", ""));
    } catch (NumberFormatException e) {
      // a range's start that names no row: the sheet's first
    }
    return new int[] {row, Math.max(1, Math.min(column, 16384))};
  }

  private Node read(ReadableWorkbook wb) throws IOException {
    date1904 = wb.isDate1904();
    Map<String, org.dhatim.fastexcel.reader.Sheet> sheets = new LinkedHashMap<>();
    for (org.dhatim.fastexcel.reader.Sheet s : wb.getSheets().toList()) {
      if (s.getVisibility() != SheetVisibility.VISIBLE) {
        throw new PricingException(Position.cell(file, s.getName(), 1, 1),
            Message.of("data.xlsx.hidden", s.getName()));
      }
      sheets.put(s.getName(), s);
    }
    Node.Obj top = new Node.Obj(Position.cell(file, WorkbookLayout.CLINIC.name(), 1, 1),
        new LinkedHashMap<>(), new HashMap<>());
    clinic(rows(sheet(sheets, WorkbookLayout.CLINIC), WorkbookLayout.CLINIC.name()), top);
    Map<String, Node.Obj> items = new LinkedHashMap<>();
    for (Sheet layout : WorkbookLayout.TABLES) {
      boolean required = layout == WorkbookLayout.ITEMS;
      if (!required && !sheets.containsKey(layout.name())) {
        continue;
      }
      List<Row> rows = rows(sheet(sheets, layout), layout.name());
      table(layout, rows, top, items, required);
    }
    return top;
  }

  private org.dhatim.fastexcel.reader.Sheet sheet(
      Map<String, org.dhatim.fastexcel.reader.Sheet> sheets, Sheet layout) {
    org.dhatim.fastexcel.reader.Sheet s = sheets.get(layout.name());
    if (s == null) {
      throw new PricingException(new Position(file, 1, 1), Message.of("data.xlsx.sheet.missing",
          layout.name(), Listing.of(new ArrayList<>(sheets.keySet()))));
    }
    return s;
  }

  /** The rows of a sheet, at most {@value #MAX_ROWS} (counted as they are read). */
  private List<Row> rows(org.dhatim.fastexcel.reader.Sheet sheet, String name) throws IOException {
    List<Row> out = new ArrayList<>();
    try (Stream<Row> stream = sheet.openStream()) {
      Iterator<Row> it = stream.iterator();
      while (it.hasNext()) {
        Row r = it.next();
        if (r.getRowNum() > MAX_ROWS) {
          throw new PricingException(Position.cell(file, name, r.getRowNum(), 1),
              Message.of("data.xlsx.rows", MAX_ROWS, name));
        }
        out.add(r);
      }
    }
    return out;
  }

  private Position at(String sheet, Cell c) {
    return Position.cell(file, sheet, c.getAddress().getRow() + 1, c.getAddress().getColumn() + 1);
  }

  private static Cell cell(Row r, int index) {
    return index < r.getCellCount() ? r.getCell(index) : null;
  }

  /** The clinic sheet: column B the field's key, C its value; rows 1 and 2 are headers. */
  private void clinic(List<Row> rows, Node.Obj top) {
    String name = WorkbookLayout.CLINIC.name();
    for (Row r : rows) {
      if (r.getRowNum() <= WorkbookLayout.HEADER_ROWS) {
        continue;
      }
      Cell keyCell = cell(r, 1);
      Cell valueCell = cell(r, 2);
      String key = keyCell == null ? null
          : WorkbookCells.key(at(name, keyCell), keyCell);
      if (key == null) {
        if (valueCell != null && WorkbookCells.hasValue(valueCell)) {
          throw new PricingException(at(name, valueCell), Message.of("data.xlsx.key.missing"));
        }
        continue;
      }
      Column column = WorkbookLayout.CLINIC.column(key);
      if (column == null) {
        column = new Column(key, "", WorkbookLayout.Type.TEXT);
      }
      Position where = valueCell == null
          ? Position.cell(file, name, r.getRowNum(), 3) : at(name, valueCell);
      Node value = valueCell == null ? null
          : new WorkbookCells(where, date1904).value(valueCell, column);
      if (value != null) {
        put(top, key, value, at(name, keyCell));
      }
    }
  }

  /** A table: row 2 names the columns; each later row with a value is one entry. */
  private void table(Sheet layout, List<Row> rows, Node.Obj top, Map<String, Node.Obj> items,
      boolean always) {
    String name = layout.name();
    Map<Integer, Column> columns = new HashMap<>();
    Map<String, Position> headers = new HashMap<>();
    List<Node> entries = new ArrayList<>();
    for (Row r : rows) {
      if (r.getRowNum() < WorkbookLayout.HEADER_ROWS) {
        continue;
      }
      if (r.getRowNum() == WorkbookLayout.HEADER_ROWS) {
        for (Cell c : r) {
          String key = c == null ? null : WorkbookCells.key(at(name, c), c);
          if (key == null) {
            continue;
          }
          Column column = layout.column(key);
          if (column == null) {
            throw new PricingException(at(name, c), Message.of("data.xlsx.header.unknown", key, name,
                String.join(", ", layout.columns().stream().map(Column::key).toList())));
          }
          Position first = headers.putIfAbsent(key, at(name, c));
          if (first != null) {
            throw new PricingException(at(name, c), Message.of("data.xlsx.header.twice", key,
                Position.letters(first.column())));
          }
          columns.put(c.getColumnIndex(), column);
        }
        continue;
      }
      Node.Obj entry = new Node.Obj(Position.cell(file, name, r.getRowNum(), 1),
          new LinkedHashMap<>(), new HashMap<>());
      Node.Scalar parent = null;
      for (Cell c : r) {
        if (c == null || !WorkbookCells.hasValue(c)) {
          continue;
        }
        Column column = columns.get(c.getColumnIndex());
        if (column == null) {
          throw new PricingException(at(name, c), Message.of("data.xlsx.header.none",
              Position.letters(c.getColumnIndex() + 1)));
        }
        Node value = new WorkbookCells(at(name, c), date1904).value(c, column);
        if (value == null) {
          continue;
        }
        if (layout.child() && column.key().equals(WorkbookLayout.ITEM)) {
          parent = value instanceof Node.Scalar s ? s : null;
        } else {
          put(entry, column.key(), value, at(name, c));
        }
      }
      if (entry.fields().isEmpty() && parent == null) {
        continue;
      }
      if (layout.child()) {
        attach(layout, entry, parent, items);
      } else {
        entries.add(entry);
        if (layout == WorkbookLayout.ITEMS && entry.fields().get("id") instanceof Node.Scalar id) {
          items.putIfAbsent(id.text(), entry);
        }
      }
    }
    if (!layout.child() && (always || !entries.isEmpty())) {
      Position where = Position.cell(file, name, WorkbookLayout.HEADER_ROWS + 1, 1);
      top.fields().put(layout.key(), new Node.Arr(where, entries));
      top.keys().put(layout.key(), where);
    }
  }

  /** A step or a course, added to its item's list. */
  private void attach(Sheet layout, Node.Obj entry, Node.Scalar parent, Map<String, Node.Obj> items) {
    if (parent == null) {
      throw new PricingException(entry.at(), Message.of("data.xlsx.item.missing", layout.name()));
    }
    Node.Obj item = items.get(parent.text());
    if (item == null) {
      throw new PricingException(parent.at(), Message.of("data.xlsx.item.unknown", parent.text(),
          Listing.of(new ArrayList<>(items.keySet()))));
    }
    Node list = item.fields().get(layout.key());
    if (list == null) {
      list = new Node.Arr(parent.at(), new ArrayList<>());
      item.fields().put(layout.key(), list);
      item.keys().put(layout.key(), parent.at());
    }
    ((Node.Arr) list).items().add(entry);
  }

  /** Puts a value under a dotted key (name.ja), making the mappings on the way. */
  private static void put(Node.Obj obj, String key, Node value, Position keyAt) {
    int dot = key.indexOf('.');
    if (dot < 0) {
      Position first = obj.keys().putIfAbsent(key, keyAt);
      if (first != null) {
        throw new PricingException(keyAt, Message.of("data.key.duplicate", key, first.line()));
      }
      obj.fields().put(key, value);
      return;
    }
    String head = key.substring(0, dot);
    Node inner = obj.fields().get(head);
    if (inner == null) {
      inner = new Node.Obj(value.at(), new LinkedHashMap<>(), new HashMap<>());
      obj.fields().put(head, inner);
      obj.keys().put(head, keyAt);
    }
    if (!(inner instanceof Node.Obj o)) {
      throw new PricingException(keyAt, Message.of("data.key.duplicate", head, obj.keys().get(head).line()));
    }
    put(o, key.substring(dot + 1), value, keyAt);
  }
}
