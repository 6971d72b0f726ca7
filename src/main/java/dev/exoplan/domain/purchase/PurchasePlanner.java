package dev.exoplan.domain.purchase;

import dev.exoplan.domain.value.Exact;
import dev.exoplan.domain.value.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one purchase planner: the cheapest valid combination of the trial price, single sessions and
 * courses for a whole plan (a course may span the intensive and maintenance phases), each course
 * used within its validity, plus the fees that apply.
 *
 * <p>Exact: a dynamic programme over the sessions in time order. A course is bought at the first
 * session it covers (buying it earlier only shortens its validity) and, in an optimal purchase, can
 * be taken to cover consecutive sessions (exchanging two interleaved courses' sessions keeps both
 * valid and the price the same). On a tie the earlier option wins: single, trial, then courses in
 * menu order. Courses are bought only for sessions the plan has; a cheaper purchase with unused
 * course sessions is reported beside it, not bought.
 */
public final class PurchasePlanner {
  private PurchasePlanner() {}

  public static Purchase plan(Offer offer, Sessions sessions) {
    return plan(offer, sessions, Optional.empty());
  }

  /**
   * Issue 19: the same, the fees charged by the dates of {@code sessions} (the latest dates of the
   * dated schedule), and, when {@code earliest} (the same sessions at their earliest dates) charges
   * a fee again after a lapse at other sessions, what the purchase would total on those dates.
   */
  public static Purchase plan(Offer offer, Sessions sessions, Optional<Sessions> earliest) {
    Solution used = solve(offer, sessions, false);
    Solution loose = solve(offer, sessions, true);
    int n = sessions.size();
    FeeCharges charges = FeeCharges.of(offer.fees(), sessions);
    Money fees = fees(offer, charges, n);
    // the planner's purchases, then at each session the fees paid there, as sorting by paidAt gave
    List<Bought> bought = new BoughtList(used.bought, charges, n);
    Money total = Money.of(used.cost, offer.single().currency()).plus(fees);
    Optional<Purchase.Lapse> lapse = Optional.empty();
    if (earliest.isPresent() && earliest.get().size() == n) {
      FeeCharges early = FeeCharges.of(offer.fees(), earliest.get());
      if (!java.util.Arrays.equals(early.lapsed(), charges.lapsed())) {
        lapse = Optional.of(new Purchase.Lapse(list(charges.lapsed()), list(early.lapsed()),
            total.minus(fees).plus(fees(offer, early, n))));
      }
    }
    Optional<Purchase.Unused> unused = Optional.empty();
    if (loose.cost < used.cost) {
      Map<String, Integer> size = new HashMap<>();
      for (Offer.CourseOffer c : offer.courses()) {
        size.putIfAbsent(c.id(), c.least()); // the first course of an id, as before; issue 19:
        // a course for a range of sessions leaves none unused from its least on
      }
      Bought partial = loose.bought.stream()
          .filter(b -> b.kind() == Bought.Kind.COURSE && b.covers().size() < size.get(b.id()))
          .findFirst().orElseThrow();
      unused = Optional.of(new Purchase.Unused(partial.id(),
          size.get(partial.id()) - partial.covers().size(),
          Money.of(loose.cost, offer.single().currency()).plus(fees), total));
    }
    return new Purchase(n, bought, total, unused, lapse);
  }

  private static List<Integer> list(int[] sessions) {
    return java.util.Arrays.stream(sessions).boxed().toList();
  }

  /**
   * The fees of {@code n} sessions: each fee's price times the sessions it is paid at, fee by fee
   * in menu order ({@link #repeat}); counted session by session only when a fee is charged again
   * after a lapse or at revisits (issue 19).
   */
  static Money fees(Offer offer, FeeCharges charges, int n) {
    Money fees = Money.zero(offer.single().currency());
    if (n == 0) {
      return fees;
    }
    boolean dated = offer.fees().stream().anyMatch(f -> f.revisit() || f.lapseMonths().isPresent());
    java.util.Map<Offer.FeeOffer, int[]> count = new java.util.IdentityHashMap<>();
    if (dated) {
      for (Offer.FeeOffer f : offer.fees()) {
        count.put(f, new int[1]);
      }
      for (int s = 1; s <= n; s++) {
        for (Offer.FeeOffer f : charges.at(s)) {
          count.get(f)[0]++;
        }
      }
    }
    for (Offer.FeeOffer f : offer.fees()) {
      int times = dated ? count.get(f)[0] : f.perVisit() ? n : 1;
      if (times > 0) {
        fees = repeat(fees, f.price(), times);
      }
    }
    return fees;
  }

  /**
   * {@code sum + price + ... + price} ({@code times} additions, {@code times >= 1}), in constant
   * time, failing on the very addition (same operands, same message) that adding one by one would.
   */
  static Money repeat(Money sum, Money price, int times) {
    Money first = sum.plus(price); // checks the currency
    long s = first.minor();
    long p = price.minor();
    int left = times - 1;
    if (p < 0 || s < 0) {
      for (int k = 0; k < left; k++) {
        first = first.plus(price);
      }
      return first;
    }
    long fits = p == 0 ? left : Math.min(left, (Long.MAX_VALUE - s) / p);
    Money reached = Money.of(s + fits * p, first.currency());
    return fits < left ? reached.plus(price) : reached; // plus throws here, as the loop did
  }

  /** The cheapest total for the sessions alone (no fees); {@code allowUnused} lets a course cover fewer sessions than it sells. */
  public static long cheapest(Offer offer, Sessions sessions, boolean allowUnused) {
    return solve(offer, sessions, allowUnused).cost;
  }

  private record Solution(long cost, List<Bought> bought) {}

  /**
   * best[j], the cheapest way to buy sessions 1..j, over the last purchase: a single (or the trial)
   * for session j, or a course covering sessions i+1..j. Each course is tried once per session: when
   * every course session must be used it covers exactly its size; when some may be left unused
   * (and no price is negative, so best never decreases) the cheapest i in the course's window is
   * the window's first, and of the sessions as cheap as it the last one, the one trying every
   * length found first (issue 22: that pass tried every length, sessions × course size). The window
   * only moves forward: its first session is the later of j - size and the first session a course
   * bought there is still valid at session j.
   */
  private static Solution solve(Offer offer, Sessions sessions, boolean allowUnused) {
    int n = sessions.size();
    long[] best = new long[n + 1];
    int[] from = new int[n + 1]; // where the last purchase starts
    int[] what = new int[n + 1]; // -2 single, -1 trial, c course c
    List<Offer.CourseOffer> courses = offer.courses();
    boolean monotone = allowUnused && nonNegative(offer);
    int[] lo = new int[courses.size()]; // per course, the first start still valid (monotone pass)
    int[] run = monotone ? new int[n + 1] : null; // run[i]: which run of equal best values holds i
    int[] runLast = monotone ? new int[n + 1] : null; // the last index of each run so far
    Validity validity = new Validity(courses, sessions);
    for (int j = 1; j <= n; j++) {
      if (monotone) {
        int i = j - 1;
        run[i] = i == 0 ? 0 : best[i] == best[i - 1] ? run[i - 1] : run[i - 1] + 1;
        runLast[run[i]] = i;
      }
      best[j] = Exact.add(best[j - 1], offer.single().minor());
      from[j] = j - 1;
      what[j] = -2;
      if (j == 1 && offer.trial().isPresent() && offer.trial().get().minor() < best[1]) {
        best[1] = offer.trial().get().minor();
        what[1] = -1;
      }
      for (int c = 0; c < courses.size(); c++) {
        Offer.CourseOffer course = courses.get(c);
        long price = course.price().minor();
        if (!allowUnused) {
          // issue 19: a course for a range of sessions covers any count in it (least..sessions)
          for (int k = course.least(); k <= Math.min(course.sessions(), j); k++) {
            int i = j - k;
            if (!validity.valid(c, i, j - 1)) {
              break; // covering more sessions from further back only gets longer
            }
            long candidate = Exact.add(best[i], price);
            if (candidate < best[j]) {
              best[j] = candidate;
              from[j] = i;
              what[j] = c;
            }
          }
        } else if (monotone) {
          int a = Math.max(lo[c], j - Math.min(course.sessions(), j));
          while (a < j && !validity.valid(c, a, j - 1)) {
            a++;
          }
          lo[c] = a;
          if (a == j) {
            continue; // not even session j alone (never, with a validity of a month or more)
          }
          Exact.add(best[j - 1], price); // the largest candidate: overflows first, as before
          int i = runLast[run[a]];
          long candidate = Exact.add(best[i], price);
          if (candidate < best[j]) {
            best[j] = candidate;
            from[j] = i;
            what[j] = c;
          }
        } else {
          for (int k = 1; k <= Math.min(course.sessions(), j); k++) {
            int i = j - k;
            if (!validity.valid(c, i, j - 1)) {
              break; // covering more sessions from further back only gets longer
            }
            long candidate = Exact.add(best[i], price);
            if (candidate < best[j]) {
              best[j] = candidate;
              from[j] = i;
              what[j] = c;
            }
          }
        }
      }
    }
    List<Bought> bought = new ArrayList<>();
    for (int j = n; j > 0; j = from[j]) {
      int i = from[j];
      Covers covers = Covers.range(i + 1, j);
      if (what[j] == -2) {
        bought.add(new Bought(Bought.Kind.SINGLE, "single", offer.single(), j, covers));
      } else if (what[j] == -1) {
        bought.add(new Bought(Bought.Kind.TRIAL, "trial", offer.trial().orElseThrow(), j, covers));
      } else {
        Offer.CourseOffer c = courses.get(what[j]);
        bought.add(new Bought(Bought.Kind.COURSE, c.id(), c.price(), i + 1, covers));
      }
    }
    Collections.reverse(bought);
    return new Solution(best[n], bought);
  }

  /** No price below zero: then the cheapest purchase of more sessions never costs less. */
  private static boolean nonNegative(Offer offer) {
    if (offer.single().isNegative() || offer.trial().map(Money::isNegative).orElse(false)) {
      return false;
    }
    return offer.courses().stream().noneMatch(c -> c.price().isNegative());
  }

  /**
   * {@link #valid} for one solve, on days counted from the epoch: each session's day once, and each
   * course's expiry from the last start asked about, which the window asks again and again.
   */
  private static final class Validity {
    private final List<Offer.CourseOffer> courses;
    private final long[] day;
    private final int[] start;
    private final long[] expires;

    Validity(List<Offer.CourseOffer> courses, Sessions sessions) {
      this.courses = courses;
      day = new long[sessions.size()];
      long first = sessions.first().toEpochDay();
      for (int i = 0; i < day.length; i++) {
        day[i] = first + sessions.visits().get(i).day(); // first.plusDays(day): sessions.date(i)
      }
      start = new int[courses.size()];
      java.util.Arrays.fill(start, -1);
      expires = new long[courses.size()];
    }

    boolean valid(int c, int first, int last) {
      Optional<Integer> months = courses.get(c).validMonths();
      if (months.isEmpty()) {
        return true;
      }
      if (start[c] != first) {
        start[c] = first;
        expires[c] = LocalDate.ofEpochDay(day[first]).plusMonths(months.get()).toEpochDay();
      }
      return day[last] < expires[c];
    }
  }

  /** Can one course bought at session {@code first} (0-based) still be used at session {@code last}? */
  static boolean valid(Offer.CourseOffer course, Sessions sessions, int first, int last) {
    if (course.validMonths().isEmpty()) {
      return true;
    }
    LocalDate expires = sessions.date(first).plusMonths(course.validMonths().get());
    return sessions.date(last).isBefore(expires);
  }

  /** Whether a course bought at {@code first} may cover the session at {@code last}; for tests. */
  public static boolean usable(Offer.CourseOffer course, Sessions sessions, int first, int last) {
    return valid(course, sessions, first, last);
  }
}
