package dev.exoplan.report.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of display strings with headers, column alignment and emphasised rows: rendered as
 * plain text aligned by display width (Japanese takes two columns a character) or as Markdown.
 */
public final class Grid {
  /** Column alignment. */
  public enum Align {
    LEFT,
    RIGHT
  }

  private final List<String> headers;
  private final List<Align> aligns;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<Boolean> strong = new ArrayList<>();

  public Grid(List<String> headers, List<Align> aligns) {
    if (headers.size() != aligns.size()) {
      throw new IllegalArgumentException("headers and alignments differ in number");
    }
    this.headers = List.copyOf(headers);
    this.aligns = List.copyOf(aligns);
  }

  public Grid row(List<String> cells) {
    return row(cells, false);
  }

  public Grid row(List<String> cells, boolean emphasise) {
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.size());
    }
    rows.add(List.copyOf(cells));
    strong.add(emphasise);
    return this;
  }

  public List<String> headers() {
    return headers;
  }

  public List<Align> aligns() {
    return aligns;
  }

  public List<List<String>> rows() {
    return rows;
  }

  public boolean strong(int row) {
    return strong.get(row);
  }

  /** Columns two spaces apart, a dashed rule under the header, no trailing spaces. */
  public String renderText(Style style) {
    int n = headers.size();
    int[] widths = new int[n];
    for (int c = 0; c < n; c++) {
      widths[c] = DisplayWidth.of(headers.get(c));
      for (List<String> r : rows) {
        widths[c] = Math.max(widths[c], DisplayWidth.of(r.get(c)));
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(style.bold(line(headers, widths))).append('\n');
    int total = 2 * (n - 1);
    for (int w : widths) {
      total += w;
    }
    sb.append(style.dim("-".repeat(total))).append('\n');
    for (int i = 0; i < rows.size(); i++) {
      String l = line(rows.get(i), widths);
      sb.append(strong.get(i) ? style.bold(l) : l).append('\n');
    }
    return sb.toString();
  }

  /** A GitHub-flavoured Markdown pipe table; emphasised rows in bold. */
  public String renderMarkdown() {
    StringBuilder sb = new StringBuilder();
    sb.append(mdLine(headers, false)).append('\n');
    StringBuilder rule = new StringBuilder("|");
    for (Align a : aligns) {
      rule.append(a == Align.RIGHT ? " ---: |" : " --- |");
    }
    sb.append(rule).append('\n');
    for (int i = 0; i < rows.size(); i++) {
      sb.append(mdLine(rows.get(i), strong.get(i))).append('\n');
    }
    return sb.toString();
  }

  private static String mdLine(List<String> cells, boolean bold) {
    StringBuilder sb = new StringBuilder("|");
    for (String c : cells) {
      String cell = Markdown.escape(c);
      sb.append(' ').append(bold && !cell.isEmpty() ? "**" + cell + "**" : cell).append(" |");
    }
    return sb.toString();
  }

  private String line(List<String> cells, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        sb.append("  ");
      }
      String cell = cells.get(c);
      sb.append(aligns.get(c) == Align.RIGHT
          ? DisplayWidth.padLeft(cell, widths[c])
          : DisplayWidth.padRight(cell, widths[c]));
    }
    return stripTrailing(sb.toString());
  }

  static String stripTrailing(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(0, end);
  }
}
