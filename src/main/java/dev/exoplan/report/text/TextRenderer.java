package dev.exoplan.report.text;

import java.io.IOException;
import java.io.Writer;

/**
 * Renders a {@link Doc} as terminal text: bold headings and totals only when styled, tables fitted
 * to the terminal's width.
 */
public final class TextRenderer {
  static final int BAR_WIDTH = 32;

  /** The terminal width tables are fitted to when none is known. */
  public static final int DEFAULT_WIDTH = 80;

  private final Style style;
  private final int width;

  /** Tables fitted to {@code width} display columns (see {@link FittedGrid}). */
  public TextRenderer(Style style, int width) {
    this.style = style;
    this.width = width;
  }

  public TextRenderer(Style style) {
    this(style, DEFAULT_WIDTH);
  }

  public void render(Doc doc, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (Doc.Block b : doc.blocks()) {
      if (b instanceof Doc.Title t) {
        sb.append(style.bold(t.text())).append('\n');
      } else if (b instanceof Doc.Line l) {
        String s = l.strong() ? style.bold(l.text()) : l.quiet() ? style.dim(l.text()) : l.text();
        sb.append(s).append('\n');
      } else if (b instanceof Doc.Heading h) {
        sb.append('\n').append(style.bold(h.text())).append('\n');
      } else if (b instanceof Doc.Table t) {
        sb.append(FittedGrid.render(t.grid(), style, width));
      } else if (b instanceof Doc.Bullets bl) {
        for (Doc.Bullet item : bl.items()) {
          sb.append("- ").append(item.text());
          if (!item.quietSuffix().isEmpty()) {
            sb.append(' ').append(style.dim(item.quietSuffix()));
          }
          sb.append('\n');
        }
      } else if (b instanceof Doc.Bars bars) {
        sb.append(bars(bars));
      } else if (b instanceof Doc.Gap) {
        sb.append('\n');
      }
    }
    out.write(collapseBlankLines(sb.toString()));
  }

  static String bars(Doc.Bars bars) {
    long max = 0;
    int labelWidth = 0;
    for (Doc.Bar b : bars.bars()) {
      max = Math.max(max, b.reach());
      labelWidth = Math.max(labelWidth, DisplayWidth.of(b.label()));
    }
    StringBuilder sb = new StringBuilder();
    for (Doc.Bar b : bars.bars()) {
      sb.append(DisplayWidth.padRight(b.label(), labelWidth)).append("  ");
      if (b.reach() >= 0) {
        int solid = scale(b.solid(), max);
        int reach = Math.max(solid, scale(b.reach(), max));
        sb.append("█".repeat(solid)).append("░".repeat(reach - solid))
            .append(" ".repeat(BAR_WIDTH - reach)).append("  ");
      }
      sb.append(b.valueText());
      sb.setLength(Grid.stripTrailing(sb.toString()).length());
      sb.append('\n');
    }
    return sb.toString();
  }

  /** {@code value} of {@code max} in whole bar cells, rounded down; exact integer arithmetic. */
  private static int scale(long value, long max) {
    if (max <= 0 || value <= 0) {
      return 0;
    }
    return java.math.BigInteger.valueOf(value).multiply(java.math.BigInteger.valueOf(BAR_WIDTH))
        .divide(java.math.BigInteger.valueOf(max)).intValue();
  }

  /** At most one blank line in a row, none at the start or end. */
  static String collapseBlankLines(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    int newlines = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      newlines = c == '\n' ? newlines + 1 : 0;
      if (newlines <= 2) {
        sb.append(c);
      }
    }
    String collapsed = sb.toString();
    while (collapsed.startsWith("\n")) {
      collapsed = collapsed.substring(1);
    }
    while (collapsed.endsWith("\n\n")) {
      collapsed = collapsed.substring(0, collapsed.length() - 1);
    }
    return collapsed;
  }
}
