package dev.exoplan.report.clinics;

import java.util.List;

/** Everything the clinics page shows, as display strings (the template escapes them). */
public record ClinicsView(
    String lang,
    String title,
    List<String> subtitle,
    List<String> headers,
    List<Row> rows,
    ClinicsChart.View chart,
    String marketHeading,
    List<Check> checks,
    String excludedHeading,
    List<String> excluded,
    String unreadableHeading,
    List<String> unreadable,
    String notesHeading,
    List<String> notes,
    String sourcesHeading,
    List<String> sources,
    String smallPrint,
    String generator) {

  /** A row of the table: the cells in header order; {@code notStated} marks an unstated tax basis. */
  public record Row(String id, List<String> cells, boolean notStated, boolean lowerBound) {}

  /** A market-check sentence for one clinic; {@code level} becomes its CSS class. */
  public record Check(String clinic, String text, String cited, String level) {}
}
