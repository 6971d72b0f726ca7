package dev.exoplan.report.quote;

import dev.exoplan.domain.quote.Quote;
import dev.exoplan.domain.plan.ScheduledSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dated schedule of a quote with a start date: sessions numbered in date order; for a range,
 * each session marked with the plans it belongs to and its number in each (the minimum plan has
 * the sessions that are not optional).
 */
final class QuoteSchedule {
  private QuoteSchedule() {}

  static Optional<QuoteSheet.Schedule> schedule(Quote q, QuoteWords w) {
    if (q.plan().start().isEmpty()) {
      return Optional.empty();
    }
    boolean two = q.minimum().isPresent();
    List<ScheduledSession> sessions = new ArrayList<>(q.plan().schedule());
    // A plain lambda, not Comparator.comparing: the JDK's comparators are serializable lambdas,
    // which the start-up archive cannot hold, so each is spun at its first use (bench/startup.py).
    sessions.sort((a, b) -> {
      int c = a.earliest().orElse(LocalDate.MAX).compareTo(b.earliest().orElse(LocalDate.MAX));
      return c != 0 ? c : Integer.compare(a.number(), b.number());
    });
    List<String> headers = new ArrayList<>(List.of(w.get("col.number"), w.get("col.phase"),
        w.get("col.dates")));
    if (two) {
      headers.addAll(List.of(w.get("quote.col.minimum"), w.get("quote.col.full")));
    }
    List<List<String>> rows = new ArrayList<>();
    int n = 0;
    int inMinimum = 0;
    for (ScheduledSession s : sessions) {
      n++;
      List<String> row = new ArrayList<>(List.of(Integer.toString(n),
          w.words().phase(s.phase()), date(w, s)));
      if (two) {
        row.add(s.optional() ? "—" : w.get("quote.schedule.nth", ++inMinimum));
        row.add(w.get("quote.schedule.nth", n));
      }
      rows.add(row);
    }
    return Optional.of(new QuoteSheet.Schedule(w.get("quote.schedule"), headers, rows));
  }

  private static String date(QuoteWords w, ScheduledSession s) {
    if (s.earliest().isEmpty() || s.latest().isEmpty()) {
      return w.get("schedule.undated");
    }
    return s.earliest().equals(s.latest()) ? w.date(s.earliest().get())
        : w.get("schedule.between", w.date(s.earliest().get()), w.date(s.latest().get()));
  }
}
