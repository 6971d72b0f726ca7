package dev.exoplan.report.calendar;

import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.plan.ScheduledSession;
import dev.exoplan.domain.text.Sha256;
import dev.exoplan.report.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The events of a dated schedule (issue 20), shared by the plan's and the quote's calendars: every
 * session of the plan (of a range, the high plan's, the optional ones marked), numbered in date
 * order as the schedule lists them, on its earliest date.
 */
final class SessionEvents {
  private SessionEvents() {}

  /**
   * @param kind {@code plan} or {@code quote}, the UID's first word
   * @param key what identifies the schedule (the same input, the same key): the UID is the
   *     kind, the first 16 hex digits of the key's SHA-256, and the session's number
   * @param price the description's price line
   * @param more lines after it (the quote's number)
   */
  static List<CalendarEvent> of(Words w, String kind, String key, Plan plan, String price,
      List<String> more, Optional<String> location) {
    List<ScheduledSession> sessions = new ArrayList<>(plan.schedule());
    // a plain lambda, not Comparator.comparing (see QuoteSchedule)
    sessions.sort((a, b) -> {
      int c = a.earliest().orElse(LocalDate.MAX).compareTo(b.earliest().orElse(LocalDate.MAX));
      return c != 0 ? c : Integer.compare(a.number(), b.number());
    });
    String method = w.method(plan.method());
    String id = kind + "-" + digest(key);
    List<CalendarEvent> events = new ArrayList<>();
    int n = 0;
    for (ScheduledSession s : sessions) {
      n++;
      LocalDate earliest = s.earliest().orElseThrow(() -> new IllegalStateException("undated"));
      LocalDate latest = s.latest().orElse(earliest);
      String phase = w.phase(s.phase());
      List<String> lines = new ArrayList<>();
      lines.add(w.get("ics.session", n, w.counts(plan.sessions()), phase));
      lines.add(earliest.equals(latest) ? w.get("ics.date", w.date(earliest))
          : w.get("ics.dates", w.date(earliest), w.date(latest)));
      if (s.optional()) {
        lines.add(w.get("ics.optional"));
      }
      lines.add(price);
      lines.addAll(more);
      events.add(new CalendarEvent(id + "-" + n + "@exoplan", earliest,
          w.get(s.optional() ? "ics.summary.optional" : "ics.summary", method, n, phase),
          String.join("\n", lines), location));
    }
    return events;
  }

  /** The clinic's name in the words' language and, when the list gives it, its address. */
  static String location(Clinic c, Words w) {
    String name = c.name().in(w.lang());
    return c.address() == null || c.address().isBlank() ? name
        : w.get("ics.location", name, c.address());
  }

  /** Whether every session of the plan has a date, as an event needs. */
  static boolean dated(Plan plan) {
    for (ScheduledSession s : plan.schedule()) {
      if (s.earliest().isEmpty()) {
        return false;
      }
    }
    return plan.start().isPresent();
  }

  private static String digest(String key) {
    return HexFormat.of().formatHex(Sha256.of(key), 0, 8);
  }
}
