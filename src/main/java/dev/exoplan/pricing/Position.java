package dev.exoplan.pricing;

/**
 * A place in a pricing file, for messages: {@code file:line:column}, both 1-based; in a workbook
 * (issue 19) a cell of a sheet, {@code file:sheet!B7}, where {@code line} is the row and
 * {@code column} the column (A is 1).
 */
public record Position(String file, int line, int column, String sheet) {
  public Position(String file, int line, int column) {
    this(file, line, column, null);
  }

  /** A cell of a workbook's sheet. */
  static Position cell(String file, String sheet, int row, int column) {
    return new Position(file, row, column, sheet);
  }

  /** A column's letters: 1 is A, 27 is AA. */
  static String letters(int column) {
    StringBuilder s = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      s.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return s.toString();
  }

  @Override
  public String toString() {
    if (sheet != null) {
      return file + ":" + sheet + "!" + letters(column) + line;
    }
    return file + ":" + line + ":" + column;
  }
}
