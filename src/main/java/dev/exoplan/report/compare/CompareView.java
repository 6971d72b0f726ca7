package dev.exoplan.report.compare;

import dev.exoplan.report.html.ChartView;

import java.util.List;

/**
 * Everything the compare page shows, as display strings (the template escapes them). The first
 * chart has every treatment on one scale; a second, when there is one, zooms in on the smaller
 * treatments that the first would flatten.
 */
public record CompareView(
    String lang,
    String title,
    List<String> subtitle,
    String tableCaption,
    List<String> headers,
    List<Row> rows,
    List<Note> notes,
    List<ChartView> charts,
    String effectsHeading,
    List<String> effectsHeaders,
    List<List<String>> effects,
    String sourcesHeading,
    List<String> sources,
    List<String> smallPrint,
    String generator) {

  /** A row of the cost table; {@code kind} becomes its CSS class. */
  public record Row(
      String id,
      String kind,
      String name,
      String perSession,
      String lasts,
      String sessions,
      String low,
      String typical,
      String high,
      boolean unknown) {}

  /** A note, with where it is cited (empty when it is exoplan's own explanation). */
  public record Note(String text, String cited) {}
}
