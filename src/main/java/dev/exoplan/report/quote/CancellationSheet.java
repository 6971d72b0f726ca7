package dev.exoplan.report.quote;

import java.util.List;

/**
 * The quote's section on cooling-off and stopping mid-course (issue 23), in the reader's words:
 * the heading, the paragraphs (what the Act's test gives for each course, the cooling-off right and
 * its last day, the rule with its rounding), one table per plan ("if you stop after session k"),
 * the sentence on stopping after the 3rd session per plan, and the line that it is not legal
 * advice, with the sources. Text, Markdown and HTML print it as it is.
 */
public record CancellationSheet(String heading, List<String> paragraphs, List<Table> tables,
    List<String> third, String advice, String sources) {

  public CancellationSheet {
    paragraphs = List.copyOf(paragraphs);
    tables = List.copyOf(tables);
    third = List.copyOf(third);
  }

  /** One plan's table: its caption, the column headers and one row per session. */
  public record Table(String caption, List<String> headers, List<List<String>> rows) {
    public Table {
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }
}
