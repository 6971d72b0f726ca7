package dev.exoplan.report.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.report.Format;
import dev.exoplan.report.Words;
import dev.exoplan.report.csv.CsvWriter;
import dev.exoplan.report.text.Doc;
import java.io.IOException;
import java.io.Writer;
import java.util.Set;

/**
 * What a command computed, ready to render in any format it supports. Each report's package holds
 * the report and its writers side by side; the report answers here with the ones it has, and
 * {@link ReportWriter} picks one by format. A report writes only the formats it lists in
 * {@link #formats()}; asking for another is a bug the caller checked for.
 */
public interface Report {

  /** The command that made it, for messages ("plan cannot write html"). */
  String command();

  Set<Format> formats();

  /** The document text and Markdown both print, in the words' language. */
  default Doc doc(Words words) {
    throw new IllegalArgumentException("no document for " + command());
  }

  /** The JSON value, written with the generator the caller set up. */
  default void json(JsonGenerator g) throws IOException {
    throw new IllegalArgumentException("no JSON for " + command());
  }

  /** The CSV rows, header first. */
  default void csv(CsvWriter csv) throws IOException {
    throw new IllegalArgumentException("no CSV for " + command());
  }

  /** The self-contained HTML page, which the PDF prints too. */
  default void html(Words words, String generator, Writer out) throws IOException {
    throw new IllegalArgumentException("no HTML for " + command());
  }

  /** issue 20: the dated schedule as an iCalendar file (report.calendar.CalendarReport). */
  default void ics(Words words, Writer out) throws IOException {
    throw new IllegalArgumentException("no iCalendar for " + command());
  }
}
