package dev.exoplan.domain;

import dev.exoplan.domain.purchase.Sessions;
import dev.exoplan.domain.purchase.Visit;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The thin adapter from a {@link Plan} to the purchase planner's {@link Sessions}: every session of
 * the minimum or full plan, phase by phase, at the longest interval of its phase (a course valid on
 * the slowest schedule is valid on any faster one). A phase with no interval gets sessions a
 * hundred years apart, so no course with a validity is assumed to reach across them.
 */
public final class PlanSessions {
  private static final int UNKNOWN_GAP_MONTHS = 1200;

  private PlanSessions() {}

  public static Sessions of(Plan plan, boolean full, LocalDate first) {
    List<Visit> visits = new ArrayList<>();
    LocalDate date = first;
    boolean opened = false;
    for (Phase phase : plan.phases()) {
      int n = full ? phase.sessions().high() : phase.sessions().low();
      for (int k = 0; k < n; k++) {
        if (opened) {
          date = phase.every().map(e -> e.unit().plus(dateOf(first, visits), e.high()))
              .orElseGet(() -> dateOf(first, visits).plusMonths(UNKNOWN_GAP_MONTHS));
        }
        opened = true;
        visits.add(new Visit(phase.kind(), Math.toIntExact(ChronoUnit.DAYS.between(first, date))));
      }
    }
    return new Sessions(first, visits);
  }

  private static LocalDate dateOf(LocalDate first, List<Visit> visits) {
    return first.plusDays(visits.get(visits.size() - 1).day());
  }
}
