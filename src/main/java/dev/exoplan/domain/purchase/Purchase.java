package dev.exoplan.domain.purchase;

import dev.exoplan.domain.value.Money;
import java.util.List;
import java.util.Optional;

/**
 * The cheapest valid way to buy a plan's sessions: every purchase (each with the session it is
 * paid at and the sessions it covers), the total, and, when a bigger course would cost less even
 * with sessions left unused, that alternative, which is not bought silently.
 */
public record Purchase(int sessions, List<Bought> bought, Money total, Optional<Unused> unused,
    Optional<Lapse> lapse) {

  /** A purchase whose fees do not depend on the dates (before issue 19). */
  public Purchase(int sessions, List<Bought> bought, Money total, Optional<Unused> unused) {
    this(sessions, bought, total, unused, Optional.empty());
  }

  public Purchase {
    // the planner's own list makes each fee per visit when asked for (issue 22)
    bought = bought instanceof BoughtList ? bought : List.copyOf(bought);
    Money sum = Money.zero(total.currency());
    if (bought instanceof BoughtList list) {
      sum = list.paidBy(sum, Integer.MAX_VALUE); // the same sum, without making each fee
    } else {
      for (Bought b : bought) {
        sum = sum.plus(b.price());
      }
    }
    if (!sum.equals(total)) {
      throw new IllegalStateException("purchases add up to " + sum.minor() + ", not " + total.minor());
    }
  }

  /** Takes the purchases of {@link #bought()} one by one; see {@link #forEach(Items)}. */
  public interface Items {
    void bought(Bought b);

    /**
     * Fee {@code f} paid at {@code session}: what {@link #bought()} lists as
     * {@code new Bought(FEE, f.id(), f.price(), session, f.perVisit() ? [session] : [])}.
     */
    void fee(Offer.FeeOffer f, int session);
  }

  /**
   * Every purchase of {@link #bought()} in its order, the fees the planner adds handed over as the
   * fee and the session rather than as one object each (issue 22: 1,000 fees per visit over 3,000
   * sessions are 3,000,000 purchases). A purchase not made by the planner comes as it is.
   */
  public void forEach(Items items) {
    if (bought instanceof BoughtList list) {
      list.each(items);
    } else {
      bought.forEach(items::bought);
    }
  }

  /** What the patient has paid by the end of session {@code n} (1-based), fees included. */
  public Money paidBy(int n) {
    Money sum = Money.zero(total.currency());
    if (bought instanceof BoughtList list) {
      return list.paidBy(sum, n); // in the order paid: only the first n sessions' (issue 22)
    }
    for (Bought b : bought) {
      if (b.paidAt() <= n) {
        sum = sum.plus(b.price());
      }
    }
    return sum;
  }

  /**
   * What the patient has paid by the third session, the point where source 003 (line 151) says a
   * change is usually felt; empty when the plan has fewer than three sessions.
   */
  public Optional<Money> paidByThird() {
    return sessions >= 3 ? Optional.of(paidBy(3)) : Optional.empty();
  }

  /** Money committed up front: the price of every course, paid in full when it is bought. */
  public Money committedUpFront() {
    Money sum = Money.zero(total.currency());
    if (bought instanceof BoughtList list) {
      return list.courses(sum);
    }
    for (Bought b : bought) {
      if (b.kind() == Bought.Kind.COURSE) {
        sum = sum.plus(b.price());
      }
    }
    return sum;
  }

  /**
   * A cheaper purchase that leaves {@code unusedSessions} sessions of course {@code courseId}
   * unused: its total, beside the total actually quoted.
   */
  public record Unused(String courseId, int unusedSessions, Money total, Money quoted) {}

  /**
   * Issue 19: a fee charged again after a lapse (初診料 when the previous visit was 6 months or more
   * before) at {@code charged} on the dates this purchase uses (the latest of the dated schedule),
   * at {@code earliest} on the earliest dates, where the purchase would total {@code total}.
   */
  public record Lapse(List<Integer> charged, List<Integer> earliest, Money total) {
    public Lapse {
      charged = List.copyOf(charged);
      earliest = List.copyOf(earliest);
    }
  }
}
