package dev.exoplan.report.calendar;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.report.Format;
import dev.exoplan.report.Words;
import dev.exoplan.report.csv.CsvWriter;
import dev.exoplan.report.output.Report;
import dev.exoplan.report.text.Doc;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumSet;
import java.util.Set;

/**
 * A report with a dated schedule (plan, quote) that also writes its sessions as an iCalendar file
 * (issue 20): every other format is the report's own. The iCalendar library is loaded by
 * {@link IcsWriter} only, when this report is written as ics, so no other output pays for it.
 */
public final class CalendarReport implements Report {
  private final Report report;
  private final EventSource sessions;
  private final CalendarTime time;

  public CalendarReport(Report report, EventSource sessions, CalendarTime time) {
    this.report = report;
    this.sessions = sessions;
    this.time = time;
  }

  @Override
  public String command() {
    return report.command();
  }

  @Override
  public Set<Format> formats() {
    Set<Format> all = EnumSet.of(Format.ICS);
    all.addAll(report.formats());
    return all;
  }

  @Override
  public Doc doc(Words words) {
    return report.doc(words);
  }

  @Override
  public void json(JsonGenerator g) throws IOException {
    report.json(g);
  }

  @Override
  public void csv(CsvWriter csv) throws IOException {
    report.csv(csv);
  }

  @Override
  public void html(Words words, String generator, Writer out) throws IOException {
    report.html(words, generator, out);
  }

  @Override
  public void ics(Words words, Writer out) throws IOException {
    IcsWriter.write(sessions.events(words), time, out);
  }
}
