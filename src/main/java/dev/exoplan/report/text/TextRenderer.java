package dev.exoplan.report.text;

import java.io.IOException;
import java.io.Writer;

/**
 * Renders a {@link Doc} as terminal text: bold headings and totals only when styled; tables, lines,
 * bullets and bar charts fitted to the terminal's width, so every line is at most that many display
 * columns (issue 18). In Japanese the bar characters █ ░, ambiguous in width, count two columns, as
 * many Japanese terminals draw them.
 */
public final class TextRenderer {
  static final int BAR_WIDTH = 32;

  /** The terminal width tables are fitted to when none is known. */
  public static final int DEFAULT_WIDTH = 80;

  private final Style style;
  private final int width;
  private final boolean wideBars;

  /**
   * Fitted to {@code width} display columns (tables: {@link FittedGrid}); {@code wideBars}: count
   * █ and ░ two columns each (a Japanese reader's terminal).
   */
  public TextRenderer(Style style, int width, boolean wideBars) {
    this.style = style;
    this.width = width;
    this.wideBars = wideBars;
  }

  /** Fitted to {@code width} display columns, bar characters one column each. */
  public TextRenderer(Style style, int width) {
    this(style, width, false);
  }

  public TextRenderer(Style style) {
    this(style, DEFAULT_WIDTH);
  }

  public void render(Doc doc, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (Doc.Block b : doc.blocks()) {
      if (b instanceof Doc.Title t) {
        lines(sb, t.text(), style::bold);
      } else if (b instanceof Doc.Line l) {
        lines(sb, l.text(), l.strong() ? style::bold : l.quiet() ? style::dim : x -> x);
      } else if (b instanceof Doc.Heading h) {
        sb.append('\n');
        lines(sb, h.text(), style::bold);
      } else if (b instanceof Doc.Table t) {
        sb.append(FittedGrid.render(t.grid(), style, width));
      } else if (b instanceof Doc.Bullets bl) {
        for (Doc.Bullet item : bl.items()) {
          bullet(sb, item);
        }
      } else if (b instanceof Doc.Bars bars) {
        sb.append(bars(bars, width, wideBars ? 2 : 1));
      } else if (b instanceof Doc.Gap) {
        sb.append('\n');
      }
    }
    out.write(collapseBlankLines(sb.toString()));
  }

  /** A line of text wrapped to the width, each physical line styled. */
  private void lines(StringBuilder sb, String text, java.util.function.UnaryOperator<String> how) {
    for (String l : LineBreaks.wrap(text, width)) {
      sb.append(how.apply(l)).append('\n');
    }
  }

  /** "- " and the text, continued under it two columns in; the quiet suffix dim, where it fits. */
  private void bullet(StringBuilder sb, Doc.Bullet item) {
    java.util.List<String> text = LineBreaks.wrap(item.text(), width - 2);
    java.util.List<String> out = new java.util.ArrayList<>(text);
    String suffix = item.quietSuffix();
    int last = out.size() - 1;
    boolean joined = false;
    if (!suffix.isEmpty()
        && DisplayWidth.of(out.get(last)) + 1 + DisplayWidth.of(suffix) <= width - 2) {
      out.set(last, out.get(last) + " " + style.dim(suffix));
      joined = true;
    }
    if (!suffix.isEmpty() && !joined) {
      for (String l : LineBreaks.wrap(suffix, width - 2)) {
        out.add(style.dim(l));
      }
    }
    for (int i = 0; i < out.size(); i++) {
      sb.append(i == 0 ? "- " : "  ").append(out.get(i)).append('\n');
    }
  }

  /** The chart at the widest that fits 80 columns: bars of {@link #BAR_WIDTH} cells at most. */
  static String bars(Doc.Bars bars) {
    return bars(bars, DEFAULT_WIDTH, 1);
  }

  /**
   * The chart fitted to {@code width}: the bars shortened so that label, bar and figure fit on one
   * line, each bar cell {@code cell} columns wide; a label too wide is wrapped above its bar.
   */
  static String bars(Doc.Bars bars, int width, int cell) {
    long max = 0;
    int labelWidth = 0;
    int valueWidth = 0;
    for (Doc.Bar b : bars.bars()) {
      max = Math.max(max, b.reach());
      labelWidth = Math.max(labelWidth, DisplayWidth.of(b.label()));
      valueWidth = Math.max(valueWidth, DisplayWidth.of(b.valueText()));
    }
    int cells = Math.min(BAR_WIDTH, (width - labelWidth - 4 - valueWidth) / cell);
    if (cells < BAR_WIDTH / 2) { // too narrow beside the labels: labels on their own lines
      labelWidth = 0;
      cells = Math.max(1, Math.min(BAR_WIDTH, (width - 4 - valueWidth) / cell));
    }
    StringBuilder sb = new StringBuilder();
    for (Doc.Bar b : bars.bars()) {
      if (labelWidth == 0) {
        for (String l : LineBreaks.wrap(b.label(), width)) {
          sb.append(l).append('\n');
        }
        sb.append("  ");
      } else {
        sb.append(DisplayWidth.padRight(b.label(), labelWidth)).append("  ");
      }
      if (b.reach() >= 0) {
        int solid = scale(b.solid(), max, cells);
        int reach = Math.max(solid, scale(b.reach(), max, cells));
        reach = b.reach() > 0 ? Math.max(1, reach) : reach; // a cost is never drawn as nothing
        sb.append("█".repeat(solid)).append("░".repeat(reach - solid))
            .append(" ".repeat(cell * (cells - reach))).append("  ");
      }
      sb.append(b.valueText());
      sb.setLength(Grid.stripTrailing(sb.toString()).length());
      sb.append('\n');
    }
    return sb.toString();
  }

  /** {@code value} of {@code max} in whole bar cells, rounded down; exact integer arithmetic. */
  private static int scale(long value, long max, int cells) {
    if (max <= 0 || value <= 0) {
      return 0;
    }
    return java.math.BigInteger.valueOf(value).multiply(java.math.BigInteger.valueOf(cells))
        .divide(java.math.BigInteger.valueOf(max)).intValue();
  }

  /** At most one blank line in a row, none at the start or end. */
  static String collapseBlankLines(String s) {
    // a run of three or more line ends keeps two; the text between runs is copied whole (a
    // character at a time cost a cold JVM 3 % of a text quote, issue 21)
    StringBuilder sb = null;
    int from = 0;
    for (int run = s.indexOf("\n\n\n"); run >= 0; run = s.indexOf("\n\n\n", from)) {
      int end = run;
      while (end < s.length() && s.charAt(end) == '\n') {
        end++;
      }
      if (sb == null) {
        sb = new StringBuilder(s.length());
      }
      sb.append(s, from, run + 2);
      from = end;
    }
    String collapsed = sb == null ? s : sb.append(s, from, s.length()).toString();
    while (collapsed.startsWith("\n")) {
      collapsed = collapsed.substring(1);
    }
    while (collapsed.endsWith("\n\n")) {
      collapsed = collapsed.substring(0, collapsed.length() - 1);
    }
    return collapsed;
  }
}
