package dev.exoplan.report.html;

import dev.exoplan.domain.value.MoneyRange;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Lays out the cumulative-cost chart. Geometry is exact integer arithmetic in tenths of a viewBox
 * unit: money never passes through floating point, not even on its way to a pixel.
 */
public final class Charts {
  static final int WIDTH = 760;
  static final int HEIGHT = 380;
  static final int LEFT = 74;
  static final int RIGHT = 236;
  static final int TOP = 16;
  static final int BOTTOM = 40;
  static final int LABEL_GAP = 13;

  /** Okabe-Ito colours, distinguishable with colour-blindness; dashes tell them apart in grey. */
  static final String[] COLORS = {
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"
  };

  static final String[] DASHES = {"none", "6 3", "2 2", "8 2 2 2", "1 3", "4 4", "10 3", "3 1"};

  /**
   * One series to draw: its id, name, the cumulative cost at the end of months 1..N (the band, low
   * to high, and the figures of its data attributes), the line's value at the end of each month
   * (issue 18: the typical cost in whole sessions) and the legend's words for it.
   */
  public record Input(String id, String name, List<MoneyRange> cumulative,
      List<dev.exoplan.domain.value.Money> line, String legend) {
    public Input {
      cumulative = List.copyOf(cumulative);
      line = List.copyOf(line);
    }

    /** A series whose line is the cumulative typical cost itself. */
    public Input(String id, String name, List<MoneyRange> cumulative) {
      this(id, name, cumulative, cumulative.stream().map(MoneyRange::typical).toList(), name);
    }
  }

  private Charts() {}

  /**
   * The scale of a zoomed second chart, or 0 when none is needed: the largest end-of-window high
   * among the series that end at a third of the largest or less, which on one scale with the
   * largest would be squeezed into the bottom third of the plot.
   */
  public static long zoomTop(List<Input> inputs) {
    long max = 0;
    for (Input in : inputs) {
      max = Math.max(max, end(in).high().minor());
    }
    long zoom = 0;
    for (Input in : inputs) {
      long high = end(in).high().minor();
      if (high > 0 && high <= max / 3) {
        zoom = Math.max(zoom, high);
      }
    }
    return zoom;
  }

  /** Where the y axis of a chart whose largest amount is {@code max} ends: the next tick up. */
  public static long axisTop(long max) {
    long step = niceStep(Math.max(1, ceilDiv(Math.max(1, max), 5)));
    return ceilDiv(Math.max(1, max), step) * step;
  }

  private static MoneyRange end(Input in) {
    return in.cumulative().get(in.cumulative().size() - 1);
  }

  /**
   * A chart of the series: with {@code scale} 0, every series on one scale up to the largest high;
   * with {@code scale} above 0, the y axis ends at that amount (rounded up
   * to a tick) and the series are clipped to the plot, their end labels held inside it and marked
   * with ↑ when the series ends above it.
   */
  public static ChartView cumulative(
      String id,
      int months,
      List<Input> inputs,
      List<String> notDrawn,
      LongFunction<String> money,
      String xLabel,
      String yLabel,
      String title,
      long scale) {
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    long max = 1;
    for (Input in : inputs) {
      for (MoneyRange m : in.cumulative()) {
        max = Math.max(max, m.high().minor());
      }
    }
    boolean clipped = scale > 0;
    if (clipped) {
      max = scale;
    }
    long step = niceStep(Math.max(1, ceilDiv(max, 5)));
    long top = axisTop(max);

    List<ChartView.Tick> yTicks = new ArrayList<>();
    for (long v = 0; v <= top; v += step) {
      yTicks.add(new ChartView.Tick(fmt(y10(v, top, plotH)), money.apply(v)));
    }
    List<ChartView.Tick> xTicks = new ArrayList<>();
    int xStep = monthStep(months);
    for (int k = 0; k <= months; k += xStep) {
      xTicks.add(new ChartView.Tick(fmt(x10(k, months, plotW)), Integer.toString(k)));
    }

    List<ChartView.Series> series = new ArrayList<>();
    List<long[]> labels = new ArrayList<>(); // {index, desired y10}
    for (int i = 0; i < inputs.size(); i++) {
      Input in = inputs.get(i);
      List<MoneyRange> c = in.cumulative();
      StringBuilder line = new StringBuilder("M").append(fmt(x10(0, months, plotW))).append(' ')
          .append(fmt(y10(0, top, plotH)));
      StringBuilder band = new StringBuilder(line);
      for (int k = 1; k <= months; k++) {
        line.append(" V").append(fmt(y10(in.line().get(k - 1).minor(), top, plotH)))
            .append(" H").append(fmt(x10(k, months, plotW)));
        band.append(" V").append(fmt(y10(c.get(k - 1).high().minor(), top, plotH)))
            .append(" H").append(fmt(x10(k, months, plotW)));
      }
      for (int k = months; k >= 1; k--) {
        band.append(" V").append(fmt(y10(c.get(k - 1).low().minor(), top, plotH)))
            .append(" H").append(fmt(x10(k - 1, months, plotW)));
      }
      band.append(" Z");
      MoneyRange end = c.get(months - 1);
      long lineEnd = in.line().get(months - 1).minor();
      boolean above = lineEnd > top;
      long labelY = above ? TOP * 10L + 35 : y10(lineEnd, top, plotH) + 35;
      labels.add(new long[] {i, labelY});
      series.add(new ChartView.Series(in.id(), above ? "↑ " + in.name() : in.name(),
          COLORS[i % COLORS.length],
          DASHES[i % DASHES.length], line.toString(), band.toString(), "", "",
          end.low().minor(), end.typical().minor(), end.high().minor(), lineEnd, in.legend()));
    }
    // end labels: in the order of their lines, pushed apart so they never overlap
    labels.sort(Comparator.comparingLong(a -> a[1]));
    long previous = Long.MIN_VALUE;
    long[] placed = new long[inputs.size()];
    for (long[] l : labels) {
      long y = Math.max(l[1], previous + LABEL_GAP * 10L);
      placed[(int) l[0]] = y;
      previous = y;
    }
    // the labels stay beside the plot, clear of the x axis and its labels below it: from the
    // lowest up, each is lifted only as far as the one below it needs
    long limit = (long) (TOP + plotH) * 10 + 35;
    for (int k = labels.size() - 1; k >= 0; k--) {
      int index = (int) labels.get(k)[0];
      placed[index] = Math.min(placed[index], limit);
      limit = placed[index] - LABEL_GAP * 10L;
    }
    List<ChartView.Series> out = new ArrayList<>();
    String labelX = fmt((long) (WIDTH - RIGHT + 8) * 10);
    for (int i = 0; i < series.size(); i++) {
      ChartView.Series s = series.get(i);
      out.add(new ChartView.Series(s.id(), s.name(), s.color(), s.dash(), s.line(), s.band(),
          labelX, fmt(placed[i]), s.endLow(), s.endTypical(), s.endHigh(), s.lineEnd(),
          s.legend()));
    }
    return new ChartView(id, clipped, WIDTH, HEIGHT, fmt(LEFT * 10L), fmt((long) (WIDTH - RIGHT) * 10),
        fmt(TOP * 10L), fmt((long) (TOP + plotH) * 10), xTicks, yTicks, out, notDrawn, xLabel,
        yLabel, title);
  }

  static long x10(int k, int months, int plotW) {
    return LEFT * 10L + (long) k * plotW * 10 / months;
  }

  static long y10(long value, long top, int plotH) {
    BigInteger scaled = BigInteger.valueOf(value).multiply(BigInteger.valueOf(plotH * 10L))
        .divide(BigInteger.valueOf(top));
    return (long) (TOP + plotH) * 10 - scaled.longValue();
  }

  /** Tenths as a decimal: 1234 → "123.4", 1230 → "123". */
  static String fmt(long tenths) {
    long whole = Math.floorDiv(tenths, 10);
    long frac = Math.floorMod(tenths, 10);
    return frac == 0 ? Long.toString(whole) : whole + "." + frac;
  }

  /** The smallest of 1, 2, 5 × 10^k that is at least {@code raw}. */
  public static long niceStep(long raw) {
    long p = 1;
    while (p <= raw / 10) {
      p *= 10;
    }
    for (long m : new long[] {1, 2, 5, 10}) {
      if (p * m >= raw) {
        return p * m;
      }
    }
    return p * 10;
  }

  static int monthStep(int months) {
    for (int s : new int[] {1, 2, 3, 6, 12, 24, 60, 120}) {
      if (months / s <= 12) {
        return s;
      }
    }
    return 240;
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }
}
