package dev.exoplan.report.html;

import java.util.List;

/**
 * An SVG line chart ready for a template: every coordinate is already a string in viewBox units.
 * Each series is a band (low to high) and a line (typical) of cumulative cost, month by month.
 * {@code id} tells the charts of one page apart; a {@code clipped} chart (a zoomed panel) cuts its
 * series off at the plot's edges.
 */
public record ChartView(
    String id,
    boolean clipped,
    int width,
    int height,
    String plotLeft,
    String plotRight,
    String plotTop,
    String plotBottom,
    List<Tick> xTicks,
    List<Tick> yTicks,
    List<Series> series,
    List<String> notDrawn,
    String xLabel,
    String yLabel,
    String title) {

  /** A tick: its position along the axis and its label. */
  public record Tick(String at, String label) {}

  /**
   * One treatment's marks, with the figures behind them as data attributes; {@code lineEnd} is
   * where its line ends (issue 18: whole sessions, so at most one session under the typical
   * figure), {@code legend} its entry in the legend under the chart.
   */
  public record Series(
      String id,
      String name,
      String color,
      String dash,
      String line,
      String band,
      String labelX,
      String labelY,
      long endLow,
      long endTypical,
      long endHigh,
      long lineEnd,
      String legend) {}
}
