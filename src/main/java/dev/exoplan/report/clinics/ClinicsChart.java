package dev.exoplan.report.clinics;

import dev.exoplan.report.html.Charts;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Lays out the bar chart of the clinics' totals for the HTML page: one bar per clinic, cheapest
 * first, solid up to the minimum plan's total and light up to the full plan's, on one scale from
 * zero. Geometry is exact integer arithmetic in tenths of a viewBox unit: money never passes
 * through floating point on its way to a pixel.
 */
public final class ClinicsChart {
  static final int WIDTH = 760;
  static final int LEFT = 12;
  static final int PLOT = 560;
  static final int TOP = 8;
  static final int ROW = 34;
  static final int AXIS = 30;

  private ClinicsChart() {}

  /** One clinic's bar: its name and totals, and the amounts as the reader writes them. */
  public record Input(String id, String name, long low, long high, String valueText) {}

  /** A bar ready for the template: every coordinate a string in viewBox units. */
  public record Bar(String id, String name, String nameY, String barY, String barHeight,
      String solidWidth, String lightX, String lightWidth, String valueX, String valueY,
      String valueText, long low, long high) {}

  /** A tick of the amount axis. */
  public record Tick(String x, String label) {}

  /** The chart: its size, the plot's edges, ticks and bars. */
  public record View(int width, int height, String left, String right, String axisY,
      List<Tick> ticks, List<Bar> bars, String title) {}

  public static View layout(List<Input> inputs, LongFunction<String> money, String title) {
    long max = 1;
    for (Input in : inputs) {
      max = Math.max(max, in.high());
    }
    long top = Charts.axisTop(max);
    long step = Charts.niceStep(Math.max(1, ceilDiv(max, 5)));
    int height = TOP + ROW * inputs.size() + AXIS;
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      Input in = inputs.get(i);
      long y = (long) (TOP + ROW * i) * 10;
      long solid = x10(in.low(), top) - LEFT * 10L;
      long reach = x10(in.high(), top) - LEFT * 10L;
      bars.add(new Bar(in.id(), in.name(), fmt(y + 110), fmt(y + 160), fmt(120), fmt(solid),
          fmt(LEFT * 10L + solid), fmt(Math.max(0, reach - solid)), fmt(LEFT * 10L + reach + 60),
          fmt(y + 250), in.valueText(), in.low(), in.high()));
    }
    List<Tick> ticks = new ArrayList<>();
    for (long v = 0; v <= top; v += step) {
      ticks.add(new Tick(fmt(x10(v, top)), money.apply(v)));
    }
    long axisY = (long) (TOP + ROW * inputs.size()) * 10;
    return new View(WIDTH, height, fmt(LEFT * 10L), fmt((long) (LEFT + PLOT) * 10), fmt(axisY),
        ticks, bars, title);
  }

  static long x10(long value, long top) {
    return LEFT * 10L + BigInteger.valueOf(Math.max(0, value))
        .multiply(BigInteger.valueOf(PLOT * 10L)).divide(BigInteger.valueOf(top)).longValue();
  }

  /** Tenths as a decimal: 1234 → "123.4", 1230 → "123". */
  static String fmt(long tenths) {
    long whole = Math.floorDiv(tenths, 10);
    long frac = Math.floorMod(tenths, 10);
    return frac == 0 ? Long.toString(whole) : whole + "." + frac;
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }
}
