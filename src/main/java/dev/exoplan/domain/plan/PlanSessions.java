package dev.exoplan.domain.plan;

import dev.exoplan.domain.value.Interval;

import dev.exoplan.domain.purchase.Sessions;
import dev.exoplan.domain.purchase.Visit;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The thin adapter from a {@link Plan} to the purchase planner's {@link Sessions}: every session of
 * the minimum or full plan, phase by phase, at the longest interval of its phase (a course valid on
 * the slowest schedule is valid on any faster one), a phase opening as the timeline opens it (the
 * first session on the first day, whichever phase it is in; a later phase at its stated month, or
 * at the next session of the phase before) and no session later than the
 * last day of the window it was counted in. A phase with no interval gets sessions a hundred
 * years apart, so no course with a validity is assumed to reach across them.
 */
public final class PlanSessions {
  private static final int UNKNOWN_GAP_MONTHS = 1200;

  private PlanSessions() {}

  public static Sessions of(Plan plan, boolean full, LocalDate first) {
    return of(plan, full, first, false);
  }

  /**
   * The same sessions at their earliest dates: each phase at its shortest interval (issue 19: a fee
   * charged again after a lapse is said for both ends of the dated schedule).
   */
  public static Sessions earliest(Plan plan, boolean full, LocalDate first) {
    return of(plan, full, first, true);
  }

  private static Sessions of(Plan plan, boolean full, LocalDate first, boolean shortest) {
    List<Visit> visits = new ArrayList<>();
    LocalDate date = first;
    boolean opened = false;
    boolean someBefore = false; // an earlier phase has sessions in this plan (as Timeline)
    java.util.Optional<Interval> before = java.util.Optional.empty();
    for (Phase phase : plan.phases()) {
      int n = full ? phase.sessions().high() : phase.sessions().low();
      // as the timeline opens a phase: at its stated month, or at the next session of the phase
      // before it, whichever is later (003's maintenance opens in month 6)
      java.util.Optional<Interval> gap = opened && before.isPresent() ? before : phase.every();
      java.util.Optional<LocalDate> from = phase.fromMonth().map(m -> first.plusMonths(m - 1L));
      java.util.Optional<LocalDate> windowEnd =
          phase.windowMonths().map(m -> first.plusMonths(m).minusDays(1));
      for (int k = 0; k < n; k++) {
        if (opened) {
          java.util.Optional<Interval> step = k == 0 ? gap : phase.every();
          date = step.map(e -> e.unit().plus(dateOf(first, visits), shortest ? e.low() : e.high()))
              .orElseGet(() -> dateOf(first, visits).plusMonths(UNKNOWN_GAP_MONTHS));
        }
        if (someBefore && k == 0 && from.isPresent() && date.isBefore(from.get())) {
          date = from.get();
        }
        if (windowEnd.isPresent() && date.isAfter(windowEnd.get())) {
          date = windowEnd.get(); // counted in the window: at the latest on its last day
        }
        opened = true;
        visits.add(new Visit(phase.kind(), Math.toIntExact(ChronoUnit.DAYS.between(first, date))));
      }
      if (n > 0) {
        before = phase.every();
      }
      someBefore |= n > 0;
    }
    return new Sessions(first, visits);
  }

  private static LocalDate dateOf(LocalDate first, List<Visit> visits) {
    return first.plusDays(visits.get(visits.size() - 1).day());
  }
}
