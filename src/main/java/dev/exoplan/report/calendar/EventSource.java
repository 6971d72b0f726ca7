package dev.exoplan.report.calendar;

import dev.exoplan.report.Words;
import java.util.List;

/** What a calendar is made of: one event per dated session, in the words' language. */
public interface EventSource {
  List<CalendarEvent> events(Words words);
}
