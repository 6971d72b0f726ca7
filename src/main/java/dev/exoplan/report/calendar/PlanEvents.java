package dev.exoplan.report.calendar;

import dev.exoplan.domain.plan.Plan;
import dev.exoplan.report.Words;
import java.util.List;
import java.util.Optional;

/**
 * The calendar of {@code plan --start DATE} (issue 20): each session at the plan's price per
 * session; the UID from the method, the protocol and the start date, so a plan exported again
 * with other counts or prices updates the same sessions; the clinic as the location when the plan
 * is priced at one.
 */
public record PlanEvents(Plan plan) implements EventSource {
  @Override
  public List<CalendarEvent> events(Words w) {
    String key = "plan|" + plan.method().id() + "|"
        + (plan.protocol().isPresent() ? plan.protocol().get().id() : "-") + "|"
        + plan.start().orElseThrow();
    Optional<String> location = plan.price().clinic().isPresent()
        ? Optional.of(SessionEvents.location(plan.price().clinic().get(), w)) : Optional.empty();
    return SessionEvents.of(w, "plan", key, plan,
        w.get("ics.price", w.rangeWithTypical(plan.price().perSession())), List.of(), location);
  }

  /** Whether every session has a date (a start date was given, every phase has an interval). */
  public static boolean dated(Plan plan) {
    return SessionEvents.dated(plan);
  }
}
