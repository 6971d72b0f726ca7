package dev.exoplan.domain.catalog;

import dev.exoplan.domain.value.PhaseKind;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Interval;

import java.util.Optional;

/**
 * One phase of a protocol as its source states it: how many sessions, how often, or both, and
 * optionally the month of the plan's timeline in which it opens ({@code fromMonth}, 1-based: 003's
 * maintenance opens in month 6). A phase with only an interval is counted over a window of months
 * when a plan is made. Without {@code fromMonth} a phase opens at the next session of the phase
 * before it.
 */
public record ProtocolPhase(
    PhaseKind kind, Optional<CountRange> sessions, Optional<Interval> every, Optional<Integer> fromMonth) {

  /** The largest opening month a table may state (100 years). */
  public static final int MAX_FROM_MONTH = 1200;

  public ProtocolPhase {
    if (sessions.isEmpty() && every.isEmpty()) {
      throw new DomainException(Message.of("domain.phase.empty"));
    }
    if (fromMonth.isPresent() && (fromMonth.get() < 1 || fromMonth.get() > MAX_FROM_MONTH)) {
      throw new DomainException(Message.of("domain.phase.from.month", MAX_FROM_MONTH));
    }
  }

  public ProtocolPhase(PhaseKind kind, Optional<CountRange> sessions, Optional<Interval> every) {
    this(kind, sessions, every, Optional.empty());
  }
}
