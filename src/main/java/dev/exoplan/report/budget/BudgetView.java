package dev.exoplan.report.budget;

import java.util.List;

/**
 * Everything the budget page shows, as display strings in the order of the text report (the
 * template escapes them): each part is a title, a line (strong or quiet), a heading, a table or a
 * list of notes.
 */
public record BudgetView(String lang, String title, List<Part> parts, String generator) {
  public BudgetView {
    parts = List.copyOf(parts);
  }

  /** One part of the page; {@code kind} says which fields it uses. */
  public record Part(String kind, String text, List<String> headers, List<Boolean> right,
      List<Row> rows, List<Note> notes) {}

  /** A table row; {@code strong} for a total or a clinic's first row. */
  public record Row(List<String> cells, boolean strong) {}

  /** A note and where it is cited (may be empty). */
  public record Note(String text, String cited) {}
}
