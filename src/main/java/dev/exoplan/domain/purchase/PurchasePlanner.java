package dev.exoplan.domain.purchase;

import dev.exoplan.domain.value.Exact;
import dev.exoplan.domain.value.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    Solution used = solve(offer, sessions, false);
    Solution loose = solve(offer, sessions, true);
    List<Bought> bought = new ArrayList<>(used.bought);
    Money fees = Money.zero(offer.single().currency());
    int n = sessions.size();
    for (Offer.FeeOffer f : offer.fees()) {
      if (n == 0) {
        break;
      }
      if (f.perVisit()) {
        for (int s = 1; s <= n; s++) {
          bought.add(new Bought(Bought.Kind.FEE, f.id(), f.price(), s, List.of(s)));
          fees = fees.plus(f.price());
        }
      } else {
        bought.add(new Bought(Bought.Kind.FEE, f.id(), f.price(), 1, List.of()));
        fees = fees.plus(f.price());
      }
    }
    bought.sort(java.util.Comparator.comparingInt(Bought::paidAt));
    Money total = Money.of(used.cost, offer.single().currency()).plus(fees);
    Optional<Purchase.Unused> unused = Optional.empty();
    if (loose.cost < used.cost) {
      Bought partial = loose.bought.stream()
          .filter(b -> b.kind() == Bought.Kind.COURSE && b.covers().size() < sessionsOf(offer, b.id()))
          .findFirst().orElseThrow();
      unused = Optional.of(new Purchase.Unused(partial.id(),
          sessionsOf(offer, partial.id()) - partial.covers().size(),
          Money.of(loose.cost, offer.single().currency()).plus(fees), total));
    }
    return new Purchase(n, bought, total, unused);
  }

  /** The cheapest total for the sessions alone (no fees); {@code allowUnused} lets a course cover fewer sessions than it sells. */
  public static long cheapest(Offer offer, Sessions sessions, boolean allowUnused) {
    return solve(offer, sessions, allowUnused).cost;
  }

  private static int sessionsOf(Offer offer, String id) {
    return offer.courses().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow()
        .sessions();
  }

  private record Solution(long cost, List<Bought> bought) {}

  private static Solution solve(Offer offer, Sessions sessions, boolean allowUnused) {
    int n = sessions.size();
    long[] best = new long[n + 1];
    int[] from = new int[n + 1]; // where the last purchase starts
    int[] what = new int[n + 1]; // -2 single, -1 trial, c course c
    List<Offer.CourseOffer> courses = offer.courses();
    for (int j = 1; j <= n; j++) {
      best[j] = Exact.add(best[j - 1], offer.single().minor());
      from[j] = j - 1;
      what[j] = -2;
      if (j == 1 && offer.trial().isPresent() && offer.trial().get().minor() < best[1]) {
        best[1] = offer.trial().get().minor();
        what[1] = -1;
      }
      for (int c = 0; c < courses.size(); c++) {
        Offer.CourseOffer course = courses.get(c);
        int fewest = allowUnused ? 1 : course.sessions();
        for (int k = fewest; k <= Math.min(course.sessions(), j); k++) {
          int i = j - k;
          if (!valid(course, sessions, i, j - 1)) {
            break; // covering more sessions from further back only gets longer
          }
          long candidate = Exact.add(best[i], course.price().minor());
          if (candidate < best[j]) {
            best[j] = candidate;
            from[j] = i;
            what[j] = c;
          }
        }
      }
    }
    List<Bought> bought = new ArrayList<>();
    for (int j = n; j > 0; j = from[j]) {
      int i = from[j];
      List<Integer> covers = new ArrayList<>();
      for (int s = i + 1; s <= j; s++) {
        covers.add(s);
      }
      if (what[j] == -2) {
        bought.add(new Bought(Bought.Kind.SINGLE, "single", offer.single(), j, covers));
      } else if (what[j] == -1) {
        bought.add(new Bought(Bought.Kind.TRIAL, "trial", offer.trial().orElseThrow(), j, covers));
      } else {
        Offer.CourseOffer c = courses.get(what[j]);
        bought.add(new Bought(Bought.Kind.COURSE, c.id(), c.price(), i + 1, covers));
      }
    }
    java.util.Collections.reverse(bought);
    return new Solution(best[n], bought);
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
