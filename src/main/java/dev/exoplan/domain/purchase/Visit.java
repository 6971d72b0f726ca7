package dev.exoplan.domain.purchase;

import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.value.PhaseKind;

/**
 * One session of the plan as the purchase planner sees it: its phase and the day it falls on,
 * counted from the plan's first session (day 0). Visits are given in time order.
 */
public record Visit(PhaseKind phase, int day) {
  public Visit {
    if (day < 0) {
      throw new DomainException(Message.of("domain.visit.day", day));
    }
  }
}
