package dev.exoplan.domain.contract;

import dev.exoplan.domain.purchase.Bought;
import dev.exoplan.domain.purchase.Offer;
import dev.exoplan.domain.purchase.Purchase;
import dev.exoplan.domain.value.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * "If you stop after session k", for every k of a plan, over its purchases: each course contract
 * the Act covers ({@code underAct}) is settled by {@link Cancellation#course}; single sessions, a
 * trial and fees are spent when paid. A pure function over the purchases, for quote, clinics and
 * budget alike.
 */
public final class Stops {
  private Stops() {}

  /**
   * Stopping after each session 1..n of {@code p}; {@code sessionsOf} gives a course's number of
   * sessions by its id (the contract's, which may be more than the plan uses).
   */
  public static List<Stop> of(Purchase p, Map<String, Integer> sessionsOf,
      Predicate<Bought> underAct, ContractRules r) {
    List<Bought> courses = courses(p);
    List<Stop> out = new ArrayList<>();
    for (int k = 1; k <= p.sessions(); k++) {
      out.add(after(p, k, courses, sessionsOf, underAct, r));
    }
    return out;
  }

  /** Stopping after session {@code k} of {@code p} (see {@link #of}). */
  public static Stop after(Purchase p, int k, Map<String, Integer> sessionsOf,
      Predicate<Bought> underAct, ContractRules r) {
    return after(p, k, courses(p), sessionsOf, underAct, r);
  }

  private static Stop after(Purchase p, int k, List<Bought> courses,
      Map<String, Integer> sessionsOf, Predicate<Bought> underAct, ContractRules r) {
    Money paid = p.paidBy(k);
    Money fee = Money.zero(paid.currency());
    Money refund = fee;
    for (Bought b : courses) {
      if (b.paidAt() > k || !underAct.test(b)) {
        continue;
      }
      int used = (int) b.covers().stream().filter(s -> s <= k).count();
      int sessions = Math.max(sessionsOf.getOrDefault(b.id(), b.covers().size()), used);
      if (sessions < 1) {
        continue;
      }
      Settlement s = Cancellation.course(b.price(), sessions, used, r);
      fee = fee.plus(s.fee());
      refund = refund.plus(s.refund());
    }
    return new Stop(k, paid, fee, refund, paid.minus(refund));
  }

  /** The course purchases of {@code p}, in the order bought. */
  public static List<Bought> courses(Purchase p) {
    List<Bought> out = new ArrayList<>();
    p.forEach(new Purchase.Items() {
      @Override
      public void bought(Bought b) {
        if (b.kind() == Bought.Kind.COURSE) {
          out.add(b);
        }
      }

      @Override
      public void fee(Offer.FeeOffer f, int session) {}
    });
    return out;
  }
}
