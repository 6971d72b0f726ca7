package dev.exoplan.domain.plan;

import dev.exoplan.domain.value.PhaseKind;

import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.MoneyRange;

import java.util.Optional;

/**
 * One phase of a computed plan: sessions (a range), the interval between them if known, the window
 * (months from the plan's first session) they were counted over if they were counted, the month of
 * the plan in which the protocol opens the phase if it says, the unit price and the cost. Cost is
 * {@code sessions.low × unit.low .. sessions.high × unit.high}; the typical cost is the typical unit
 * price times the midpoint of the sessions, fractions of a minor unit dropped.
 */
public record Phase(
    PhaseKind kind,
    CountRange sessions,
    SessionsBasis sessionsBasis,
    Optional<Interval> every,
    Optional<Integer> windowMonths,
    Optional<Integer> fromMonth,
    MoneyRange unitPrice,
    MoneyRange cost) {

  /** Where a phase's session count comes from. */
  public enum SessionsBasis {
    /** the protocol states the count. */
    PROTOCOL("protocol"),
    /** given on the command line. */
    OPTION("option"),
    /** counted from the interval over a window of months. */
    COUNTED("counted");

    private final String id;

    SessionsBasis(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }
}
