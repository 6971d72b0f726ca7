package dev.exoplan.report.text;

import dev.exoplan.report.text.Grid.Align;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Grid} laid out for a terminal of a given width (display columns). A table that fits is
 * printed as it is. One that does not first wraps its text columns (left-aligned: names, notes),
 * never the figures; if it still does not fit, each row is stacked as a block of "header value"
 * lines. Every line of the result is at most {@code width} columns wide.
 */
public final class FittedGrid {
  /** A text column is not wrapped narrower than this, unless its content is narrower. */
  static final int MIN_TEXT = 10;

  private FittedGrid() {}

  public static String render(Grid g, Style style, int width) {
    int n = g.headers().size();
    int[] widths = naturalWidths(g);
    if (total(widths) <= width) {
      return g.renderText(style);
    }
    int[] fitted = shrink(g, widths, width);
    if (fitted != null) {
      return wrapped(g, style, fitted);
    }
    return stacked(g, style, width, n);
  }

  static int[] naturalWidths(Grid g) {
    int n = g.headers().size();
    int[] widths = new int[n];
    for (int c = 0; c < n; c++) {
      widths[c] = DisplayWidth.of(g.headers().get(c));
      for (List<String> r : g.rows()) {
        widths[c] = Math.max(widths[c], DisplayWidth.of(r.get(c)));
      }
    }
    return widths;
  }

  private static int total(int[] widths) {
    int t = 2 * (widths.length - 1);
    for (int w : widths) {
      t += w;
    }
    return t;
  }

  /** Narrows the widest text column a column at a time; null when the table cannot fit so. */
  private static int[] shrink(Grid g, int[] natural, int width) {
    int[] w = natural.clone();
    int[] floor = new int[w.length]; // a column is never narrower than its longest word (issue 18)
    for (int c = 0; c < w.length; c++) {
      floor[c] = Math.min(MIN_TEXT, natural[c]);
      floor[c] = Math.max(floor[c], LineBreaks.longestWord(g.headers().get(c)));
      for (List<String> r : g.rows()) {
        floor[c] = Math.max(floor[c], LineBreaks.longestWord(r.get(c)));
      }
    }
    int over = total(w) - width;
    while (over > 0) {
      int widest = -1;
      for (int c = 0; c < w.length; c++) {
        boolean text = g.aligns().get(c) == Align.LEFT;
        if (text && w[c] > floor[c] && (widest < 0 || w[c] > w[widest])) {
          widest = c;
        }
      }
      if (widest < 0) {
        return null;
      }
      w[widest]--;
      over--;
    }
    return w;
  }

  private static String wrapped(Grid g, Style style, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (String l : rowLines(g, g.headers(), widths)) {
      sb.append(style.bold(l)).append('\n');
    }
    sb.append(style.dim("-".repeat(total(widths)))).append('\n');
    for (int i = 0; i < g.rows().size(); i++) {
      for (String l : rowLines(g, g.rows().get(i), widths)) {
        sb.append(g.strong(i) ? style.bold(l) : l).append('\n');
      }
    }
    return sb.toString();
  }

  /** One row as as many physical lines as its tallest wrapped cell needs. */
  private static List<String> rowLines(Grid g, List<String> cells, int[] widths) {
    List<List<String>> parts = new ArrayList<>();
    int height = 1;
    for (int c = 0; c < cells.size(); c++) {
      List<String> p = wrap(cells.get(c), widths[c]);
      parts.add(p);
      height = Math.max(height, p.size());
    }
    List<String> lines = new ArrayList<>();
    for (int k = 0; k < height; k++) {
      StringBuilder sb = new StringBuilder();
      for (int c = 0; c < cells.size(); c++) {
        if (c > 0) {
          sb.append("  ");
        }
        String cell = k < parts.get(c).size() ? parts.get(c).get(k) : "";
        sb.append(g.aligns().get(c) == Align.RIGHT
            ? DisplayWidth.padLeft(cell, widths[c])
            : DisplayWidth.padRight(cell, widths[c]));
      }
      lines.add(Grid.stripTrailing(sb.toString()));
    }
    return lines;
  }

  /**
   * Each row a block: its first cell, then one indented "header  value" line per column group: a
   * column with a header and the headerless columns after it (a quantity and its amount), their
   * cells side by side, so every figure keeps its label, a "—" too (issue 18).
   */
  private static String stacked(Grid g, Style style, int width, int n) {
    int headerWidth = 0;
    for (int c = 1; c < n; c++) {
      headerWidth = Math.max(headerWidth, DisplayWidth.of(g.headers().get(c)));
    }
    int indent = 2;
    int valueWidth = Math.max(MIN_TEXT, width - indent - headerWidth - 2);
    if (indent + headerWidth + 2 + valueWidth > width) {
      headerWidth = Math.max(1, width - indent - 2 - valueWidth);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < g.rows().size(); i++) {
      List<String> row = g.rows().get(i);
      if (i > 0) {
        sb.append('\n');
      }
      for (String l : wrap(row.get(0).isEmpty() ? g.headers().get(0) : row.get(0), width)) {
        sb.append(style.bold(l)).append('\n');
      }
      for (int c = 1; c < n; ) {
        int end = c + 1;
        while (end < n && g.headers().get(end).isEmpty()) {
          end++;
        }
        List<String> cells = new ArrayList<>();
        for (int k = c; k < end; k++) {
          if (!row.get(k).isEmpty()) {
            cells.add(row.get(k));
          }
        }
        String header = g.headers().get(c);
        c = end;
        if (cells.isEmpty()) {
          continue;
        }
        List<String> head = wrap(header, headerWidth);
        List<String> value = wrap(String.join("  ", cells), valueWidth);
        for (int k = 0; k < Math.max(head.size(), value.size()); k++) {
          String h = k < head.size() ? head.get(k) : "";
          String v = k < value.size() ? value.get(k) : "";
          String l = " ".repeat(indent) + DisplayWidth.padRight(h, headerWidth) + "  " + v;
          l = Grid.stripTrailing(l);
          sb.append(g.strong(i) ? style.bold(l) : l).append('\n');
        }
      }
    }
    return sb.toString();
  }

  /** {@code s} in lines of at most {@code width} display columns ({@link LineBreaks}). */
  static List<String> wrap(String s, int width) {
    return LineBreaks.wrap(s, width);
  }
}
