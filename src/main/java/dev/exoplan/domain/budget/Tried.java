package dev.exoplan.domain.budget;

import dev.exoplan.domain.value.Money;
import java.util.List;
import java.util.Optional;

/**
 * A plan tried against a budget: its counts, its price, each session's due month with what has been
 * paid by then, whether it fits (every session paid for by its due month, and the total within the
 * budget) and what is left of the whole budget (negative: short by that much).
 */
public record Tried(Counts counts, Priced priced, List<Due> due, boolean fits, Money left) {
  public Tried {
    due = List.copyOf(due);
  }

  /**
   * One session: its number, the month of the plan it falls in on the earliest dated schedule, what
   * has been paid by the end of it, the money there by that month, and the first month whose money
   * covers it (0: a lump sum that never does).
   */
  public record Due(int session, int month, Money paid, Money available, int coveredFrom) {
    public boolean onTime() {
      return !paid.isGreaterThan(available);
    }
  }

  /** The first session not paid for by its due month, if any. */
  public Optional<Due> late() {
    return due.stream().filter(d -> !d.onTime()).findFirst();
  }
}
