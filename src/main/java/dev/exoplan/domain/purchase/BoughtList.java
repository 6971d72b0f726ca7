package dev.exoplan.domain.purchase;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A purchase's every item in the order of the session it is paid at: the planner's purchases, then,
 * at each session, the fees paid there in menu order (at the first session every fee, after it the
 * fees charged per visit) — what sorting them all by {@code paidAt} gave, without holding one
 * object per fee and visit (issue 22: 1,000 fees per visit over 3,000 sessions are 3,000,000
 * purchases). Each fee's {@link Bought} is made when it is asked for; unmodifiable.
 */
final class BoughtList extends AbstractList<Bought> implements RandomAccess {
  private final List<Bought> planned;
  private final List<Offer.FeeOffer> fees;
  private final List<Offer.FeeOffer> perVisit;
  private final int[] plannedFrom; // planned purchases paid at session s: plannedFrom[s] ..
  private final long[] blockFrom; // the first index paid at session s (1-based); blockFrom[n + 1]
  private final int sessions;

  /** {@code planned} in the order of the sessions they are paid at; fees for {@code n} sessions. */
  BoughtList(List<Bought> planned, List<Offer.FeeOffer> fees, int n) {
    this.planned = List.copyOf(planned);
    this.sessions = n;
    this.fees = n == 0 ? List.of() : List.copyOf(fees);
    this.perVisit = this.fees.stream().filter(Offer.FeeOffer::perVisit).toList();
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
      at += (p - plannedFrom[s]) + (s == 1 ? this.fees.size() : perVisit.size());
    }
    if (p != this.planned.size()) {
      throw new IllegalStateException("purchases not in the order of the sessions 1.." + n);
    }
    plannedFrom[n + 1] = p;
    blockFrom[n + 1] = at;
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
    int s = lo;
    int offset = (int) (index - blockFrom[s]);
    int fromPlanned = plannedFrom[s + 1] - plannedFrom[s];
    if (offset < fromPlanned) {
      return planned.get(plannedFrom[s] + offset);
    }
    Offer.FeeOffer f = (s == 1 ? fees : perVisit).get(offset - fromPlanned);
    return new Bought(Bought.Kind.FEE, f.id(), f.price(), s,
        f.perVisit() ? Covers.of(s) : Covers.empty());
  }
}
