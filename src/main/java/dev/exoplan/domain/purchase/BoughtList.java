package dev.exoplan.domain.purchase;

import dev.exoplan.domain.value.Exact;
import dev.exoplan.domain.value.Money;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/**
 * A purchase's every item in the order of the session it is paid at: the planner's purchases, then,
 * at each session, the fees paid there in menu order ({@link FeeCharges}: at the first session
 * every fee but the revisit ones, after it the fees charged per visit, issue 19's after a lapse) — what sorting them all by {@code paidAt} gave, without holding one
 * object per fee and visit (issue 22: 1,000 fees per visit over 3,000 sessions are 3,000,000
 * purchases). Each fee's {@link Bought} is made when it is asked for; unmodifiable.
 */
final class BoughtList extends AbstractList<Bought> implements RandomAccess {
  private final List<Bought> planned;
  private final FeeCharges fees; // the fees paid at each session (issue 19)
  private final int[] plannedFrom; // planned purchases paid at session s: plannedFrom[s] ..
  private final long[] blockFrom; // the first index paid at session s (1-based); blockFrom[n + 1]
  private final int sessions;
  private final Covers[] one; // Covers.of(s), shared by the fees per visit at session s

  /** {@code planned} in the order of the sessions they are paid at; fees for {@code n} sessions. */
  BoughtList(List<Bought> planned, FeeCharges fees, int n) {
    this.planned = List.copyOf(planned);
    this.sessions = n;
    this.fees = fees;
    plannedFrom = new int[n + 2];
    blockFrom = new long[n + 2];
    int p = 0;
    long at = 0;
    for (int s = 1; s <= n; s++) {
      plannedFrom[s] = p;
      blockFrom[s] = at;
      while (p < this.planned.size() && this.planned.get(p).paidAt() == s) {
        p++;
      }
      at += (p - plannedFrom[s]) + fees.at(s).size();
    }
    if (p != this.planned.size()) {
      throw new IllegalStateException("purchases not in the order of the sessions 1.." + n);
    }
    plannedFrom[n + 1] = p;
    blockFrom[n + 1] = at;
    one = new Covers[fees.covers() ? n + 1 : 0];
    for (int s = 1; s < one.length; s++) {
      one[s] = Covers.of(s);
    }
    if (blockFrom[n + 1] > Integer.MAX_VALUE) {
      throw new IllegalStateException("more than " + Integer.MAX_VALUE + " purchases");
    }
  }

  @Override
  public int size() {
    return (int) blockFrom[sessions + 1];
  }

  @Override
  public Bought get(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + size());
    }
    // the last session whose block starts at or before index
    int lo = 1;
    int hi = sessions;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (blockFrom[mid] <= index) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return at(lo, (int) (index - blockFrom[lo]));
  }

  /** The {@code offset}-th item paid at session {@code s}. */
  private Bought at(int s, int offset) {
    int fromPlanned = plannedFrom[s + 1] - plannedFrom[s];
    if (offset < fromPlanned) {
      return planned.get(plannedFrom[s] + offset);
    }
    Offer.FeeOffer f = fees.at(s).get(offset - fromPlanned);
    return new Bought(Bought.Kind.FEE, f.id(), f.price(), s,
        f.coversSession() ? one[s] : Covers.empty());
  }

  @Override
  public Iterator<Bought> iterator() {
    return new Iterator<>() {
      private int s = 1;
      private int offset;
      private long left = size();

      @Override
      public boolean hasNext() {
        return left > 0;
      }

      @Override
      public Bought next() {
        if (left == 0) {
          throw new NoSuchElementException();
        }
        while (blockFrom[s] + offset >= blockFrom[s + 1]) {
          s++;
          offset = 0;
        }
        left--;
        return at(s, offset++);
      }
    };
  }

  /** Every item in order, the fees as the fee and the session. */
  void each(Purchase.Items items) {
    for (int s = 1; s <= sessions; s++) {
      for (int p = plannedFrom[s]; p < plannedFrom[s + 1]; p++) {
        items.bought(planned.get(p));
      }
      for (Offer.FeeOffer f : fees.at(s)) {
        items.fee(f, s);
      }
    }
  }

  /**
   * What is paid by the end of session {@code n}, fees included: every price of the first {@code n}
   * sessions added in order, failing (mixed currencies, overflow) as {@link Money#plus} one by one
   * would, without making a purchase per fee.
   */
  Money paidBy(Money zero, int n) {
    long sum = zero.minor();
    for (int s = 1; s <= Math.min(n, sessions); s++) {
      for (int p = plannedFrom[s]; p < plannedFrom[s + 1]; p++) {
        sum = add(sum, planned.get(p).price(), zero);
      }
      for (Offer.FeeOffer f : fees.at(s)) {
        sum = add(sum, f.price(), zero);
      }
    }
    return Money.of(sum, zero.currency());
  }

  /** Every course's price, in order: fees are never courses. */
  Money courses(Money zero) {
    long sum = zero.minor();
    for (Bought b : planned) {
      if (b.kind() == Bought.Kind.COURSE) {
        sum = add(sum, b.price(), zero);
      }
    }
    return Money.of(sum, zero.currency());
  }

  /** {@code sum + price} as {@code Money.of(sum).plus(price)}: the same check, the same failure. */
  private static long add(long sum, Money price, Money zero) {
    if (!price.currency().equals(zero.currency())) {
      Money.of(sum, zero.currency()).plus(price); // throws: mixed currencies
    }
    return Exact.add(sum, price.minor());
  }
}
