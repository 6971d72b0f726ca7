package dev.exoplan.domain;

import java.util.Optional;

/**
 * One phase of a protocol as its source states it: how many sessions, how often, or both. A phase
 * with only an interval is counted over a window of months when a plan is made.
 */
public record ProtocolPhase(PhaseKind kind, Optional<CountRange> sessions, Optional<Interval> every) {

  public ProtocolPhase {
    if (sessions.isEmpty() && every.isEmpty()) {
      throw new DomainException("a phase needs a number of sessions, an interval, or both");
    }
  }
}
