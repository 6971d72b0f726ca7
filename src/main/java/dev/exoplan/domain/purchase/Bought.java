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

  // Written out: the generated methods are linked by an ObjectMethods bootstrap that costs a
  // short run tens of milliseconds, and a quote's cancellation table keys a map by purchase
  // (RecordMethodsTest checks these against the components; StartupLinkageIT that none is linked).
  @Override
  public boolean equals(Object o) {
    return o instanceof Bought b && kind == b.kind && paidAt == b.paidAt && id.equals(b.id)
        && price.equals(b.price) && covers.equals(b.covers);
  }

  @Override
  public int hashCode() {
    return (((kind.hashCode() * 31 + id.hashCode()) * 31 + price.hashCode()) * 31 + paidAt) * 31
        + covers.hashCode();
  }

  @Override
  public String toString() {
    return "Bought[kind=" + kind + ", id=" + id + ", price=" + price + ", paidAt=" + paidAt
        + ", covers=" + covers + "]";
  }

  /** What kind of purchase. */
  public enum Kind {
    TRIAL,
    SINGLE,
    COURSE,
    FEE
  }
}
