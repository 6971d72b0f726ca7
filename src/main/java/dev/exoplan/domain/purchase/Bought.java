package dev.exoplan.domain.purchase;

import dev.exoplan.domain.value.Money;
import java.util.List;

/**
 * One thing bought: what it is, its price, the session (1-based) at which it is paid, and the
 * sessions (1-based) it covers. A fee charged once covers no session; a fee per visit is one
 * purchase per visit.
 */
public record Bought(Kind kind, String id, Money price, int paidAt, List<Integer> covers) {
  public Bought {
    covers = Covers.copyOf(covers); // runs, not one boxed number per session (issue 22)
  }

  /** What kind of purchase. */
  public enum Kind {
    TRIAL,
    SINGLE,
    COURSE,
    FEE
  }
}
