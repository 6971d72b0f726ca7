package dev.exoplan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.PhaseKind;
import dev.exoplan.domain.purchase.Bought;
import dev.exoplan.domain.purchase.Offer;
import dev.exoplan.domain.purchase.Purchase;
import dev.exoplan.domain.purchase.PurchasePlanner;
import dev.exoplan.domain.purchase.Sessions;
import dev.exoplan.domain.purchase.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The purchase planner against brute force, over random small menus (single price, trial price,
 * up to three courses with or without a validity in months) and plans (up to seven sessions at
 * random days): the planner's total equals the cheapest of every assignment of sessions to
 * purchases — sessions of one course need not be consecutive in the brute force — both when every
 * course session must be used and when some may be left unused; its purchases cover every session
 * once, within each course's validity, and add up to its total. Issue 19: a course may be for a
 * range of sessions (least..sessions for one price), used up once it covers its least.
 *
 * <p>Issue 22: the first byte also picks larger plans, up to 100,000 sessions (the most a phase
 * may have) with courses of up to 1,000 sessions (the most a list may sell) and fees per visit.
 * There the brute force is out of reach; the planner is held to the same invariants, and, while
 * the old planner (the one before issue 22, which tried every course length, kept below as
 * {@link Reference}) stays cheap enough to run, to exactly its purchase: every item, the total and
 * the unused-course note.
 */
class PurchaseFuzzTest {
  static final LocalDate FIRST = LocalDate.of(2026, 1, 31);
  /** The most work (sessions × course sessions) the old planner is asked to do per input. */
  static final long REFERENCE_WORK = 300_000;

  @FuzzTest(maxDuration = "10s")
  void plannerIsAsCheapAsBruteForce(FuzzedDataProvider data) {
    int scale = data.consumeInt(0, 3); // 0, 1: small, against brute force; 2: medium; 3: large
    boolean small = scale < 2;
    int n = small ? data.consumeInt(0, 7)
        : scale == 2 ? data.consumeInt(8, 2_000) : data.consumeInt(2_001, 100_000);
    List<Visit> visits = new ArrayList<>();
    int[] gaps = new int[small ? 0 : data.consumeInt(1, 4)]; // a large plan repeats a few gaps
    for (int g = 0; g < gaps.length; g++) {
      gaps[g] = data.consumeInt(0, 200);
    }
    int day = 0;
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        day += small ? data.consumeInt(0, 400) : gaps[i % gaps.length];
      }
      visits.add(new Visit(i < n / 2 ? PhaseKind.INTENSIVE : PhaseKind.MAINTENANCE, day));
    }
    Sessions sessions = new Sessions(FIRST, visits);
    Money single = Money.yen(data.consumeLong(0, 200_000));
    Optional<Money> trial = data.consumeBoolean()
        ? Optional.of(Money.yen(data.consumeLong(0, 300_000))) : Optional.empty();
    List<Offer.CourseOffer> courses = new ArrayList<>();
    int nc = data.consumeInt(0, small ? 3 : 4);
    for (int c = 0; c < nc; c++) {
      int size = small ? data.consumeInt(1, 5) : data.consumeInt(1, 1_000);
      long price = small ? data.consumeLong(0, 1_000_000)
          : data.consumeLong(0, Math.max(1, single.minor()) * size * 2);
      courses.add(new Offer.CourseOffer("c" + c, size, Money.yen(price),
          data.consumeBoolean() ? Optional.of(data.consumeInt(1, 24)) : Optional.empty()));
    }
    List<Offer.FeeOffer> fees = new ArrayList<>();
    int nf = small ? (data.consumeBoolean() ? 1 : 0) : data.consumeInt(0, 3);
    for (int f = 0; f < nf; f++) {
      fees.add(new Offer.FeeOffer(nf == 1 ? "f" : "f" + f, Money.yen(data.consumeLong(0, 10_000)),
          data.consumeBoolean()));
    }
    // issue 19: a first-visit fee charged again after a lapse, and a revisit fee, when bytes remain
    // (the committed inputs, which end before, replay as they did)
    if (data.remainingBytes() > 0 && data.consumeBoolean()) {
      fees.add(new Offer.FeeOffer("first", Money.yen(data.consumeLong(0, 10_000)), false, false,
          Optional.of(data.consumeInt(1, 12))));
      if (data.consumeBoolean()) {
        fees.add(new Offer.FeeOffer("revisit", Money.yen(data.consumeLong(0, 10_000)), true, true,
            Optional.empty()));
      }
    }
    // issue 19, gap 3 (consumed last, so the kept inputs mean what they meant): a course for a
    // range of sessions, least..sessions for its one price
    for (int c = 0; c < courses.size(); c++) {
      Offer.CourseOffer o = courses.get(c);
      if (o.sessions() > 1 && data.consumeBoolean()) {
        courses.set(c, new Offer.CourseOffer(o.id(), o.sessions(), o.price(), o.validMonths(),
            data.consumeInt(1, o.sessions() - 1)));
      }
    }
    Offer offer = new Offer(single, trial, courses, fees);

    Purchase p = PurchasePlanner.plan(offer, sessions);
    long feeTotal = fees.stream().mapToLong(f -> charged(f, fees, sessions).length
        * f.price().minor()).sum();
    long strict = PurchasePlanner.cheapest(offer, sessions, false);
    long loose = PurchasePlanner.cheapest(offer, sessions, true);
    if (small) {
      assertThat(strict).as("planner = brute force").isEqualTo(
          brute(offer, sessions, new boolean[n], false));
      assertThat(loose).as("planner, unused allowed = brute force").isEqualTo(
          brute(offer, sessions, new boolean[n], true));
    }
    long work = (long) n * courses.stream().mapToLong(Offer.CourseOffer::sessions).sum();
    boolean dated = fees.stream().anyMatch(f -> f.revisit() || f.lapseMonths().isPresent());
    if (work <= REFERENCE_WORK && !dated) {
      assertThat(p).as("the same purchase as before issue 22").isEqualTo(
          Reference.plan(offer, sessions));
    }
    assertThat(p.total().minor()).as("planner total").isEqualTo(strict + feeTotal);
    assertThat(loose).isLessThanOrEqualTo(strict);
    assertThat(p.unused().isPresent()).isEqualTo(loose < strict);
    p.unused().ifPresent(u -> assertThat(u.total().minor()).isEqualTo(loose + feeTotal));

    int[] covered = new int[n + 1];
    int[] feesAt = new int[n + 1];
    int[] expectedFeesAt = new int[n + 1];
    for (Offer.FeeOffer f : fees) {
      if (f.coversSession()) {
        for (int s : charged(f, fees, sessions)) {
          expectedFeesAt[s]++;
        }
      }
    }
    int paidAt = 0;
    for (Bought b : p.bought()) {
      assertThat(b.paidAt()).as("in the order paid").isGreaterThanOrEqualTo(paidAt);
      paidAt = b.paidAt();
      for (int s : b.covers()) {
        if (b.kind() != Bought.Kind.FEE) {
          covered[s]++;
        } else {
          feesAt[s]++;
        }
      }
      if (b.kind() == Bought.Kind.COURSE) {
        Offer.CourseOffer c = courses.stream().filter(x -> x.id().equals(b.id())).findFirst()
            .orElseThrow();
        assertThat(b.covers().size()).isBetween(c.least(), c.sessions());
        assertThat(b.paidAt()).isEqualTo(b.covers().get(0));
        assertThat(usable(c, sessions, b.covers().get(0) - 1,
            b.covers().get(b.covers().size() - 1) - 1)).isTrue();
      }
      if (b.kind() == Bought.Kind.TRIAL) {
        assertThat(b.covers()).containsExactly(1);
      }
    }
    for (int s = 1; s <= n; s++) {
      if (covered[s] != 1 || feesAt[s] != expectedFeesAt[s]) {
        assertThat(covered[s]).as("session %d covered once", s).isEqualTo(1);
        assertThat(feesAt[s]).as("fees per visit at session %d", s).isEqualTo(expectedFeesAt[s]);
      }
    }
    assertThat(p.paidBy(n)).isEqualTo(p.total());
    assertThat(p.committedUpFront().isGreaterThan(p.total())).isFalse();
    if (dated && data.remainingBytes() > 0) {
      earliest(data, offer, sessions, p, feeTotal);
    }
  }

  /**
   * Issue 19: the same sessions at earlier dates (each gap shortened, as the dated schedule's
   * earliest dates are): the purchase is the same, and it says the total on the earliest dates
   * exactly when a fee is charged again after a lapse at other sessions there.
   */
  static void earliest(FuzzedDataProvider data, Offer offer, Sessions latest, Purchase p,
      long feeTotal) {
    List<Visit> visits = new ArrayList<>();
    int day = 0;
    for (int i = 0; i < latest.size(); i++) {
      if (i > 0) {
        int gap = latest.visits().get(i).day() - latest.visits().get(i - 1).day();
        day += gap - data.consumeInt(0, gap);
      }
      visits.add(new Visit(latest.visits().get(i).phase(), day));
    }
    Sessions early = new Sessions(FIRST, visits);
    Purchase q = PurchasePlanner.plan(offer, latest, Optional.of(early));
    assertThat(q.bought()).isEqualTo(p.bought());
    assertThat(q.total()).isEqualTo(p.total());
    List<Integer> again = lapsed(offer.fees(), latest);
    List<Integer> againEarly = lapsed(offer.fees(), early);
    long earlyFees = offer.fees().stream().mapToLong(f -> charged(f, offer.fees(), early).length
        * f.price().minor()).sum();
    if (again.equals(againEarly)) {
      assertThat(q.lapse()).isEmpty();
    } else {
      assertThat(q.lapse()).contains(new Purchase.Lapse(again, againEarly,
          Money.yen(p.total().minor() - feeTotal + earlyFees)));
    }
  }

  /** The sessions (1-based) at which some fee with a lapse is charged again. */
  static List<Integer> lapsed(List<Offer.FeeOffer> fees, Sessions sessions) {
    List<Integer> out = new ArrayList<>();
    for (int i = 1; i < sessions.size(); i++) {
      for (Offer.FeeOffer f : fees) {
        if (f.lapseMonths().isPresent() && !sessions.date(i).isBefore(
            sessions.date(i - 1).plusMonths(f.lapseMonths().get()))) {
          out.add(i + 1);
          break;
        }
      }
    }
    return out;
  }

  /**
   * Issue 19, independently of the planner: the sessions (1-based) at which fee {@code f} is
   * charged. A fee once at session 1, and, with a lapse of L months, at each session dated on or
   * after the previous session's date plus L months; a fee per visit at every session; a revisit fee
   * at every session after the first where no fee with a lapse is charged again.
   */
  static int[] charged(Offer.FeeOffer f, List<Offer.FeeOffer> all, Sessions sessions) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      boolean again = false;
      for (Offer.FeeOffer x : all) {
        again |= i > 0 && x.lapseMonths().isPresent() && !sessions.date(i).isBefore(
            sessions.date(i - 1).plusMonths(x.lapseMonths().get()));
      }
      boolean mine = i > 0 && f.lapseMonths().isPresent() && !sessions.date(i).isBefore(
          sessions.date(i - 1).plusMonths(f.lapseMonths().get()));
      boolean pays = f.revisit() ? i > 0 && !again : f.perVisit() || i == 0 || mine;
      if (pays) {
        at.add(i + 1);
      }
    }
    return at.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Every way to buy the sessions not yet covered, the earliest one first. */
  static long brute(Offer offer, Sessions sessions, boolean[] covered, boolean allowUnused) {
    int first = -1;
    for (int i = 0; i < covered.length; i++) {
      if (!covered[i]) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return 0;
    }
    covered[first] = true;
    long best = offer.single().minor() + brute(offer, sessions, covered, allowUnused);
    if (first == 0 && offer.trial().isPresent()) {
      best = Math.min(best, offer.trial().get().minor() + brute(offer, sessions, covered, allowUnused));
    }
    for (Offer.CourseOffer c : offer.courses()) {
      best = Math.min(best, withCourse(offer, sessions, covered, allowUnused, c, first, first + 1,
          c.sessions() - 1));
    }
    covered[first] = false;
    return best;
  }

  /** Course {@code c} bought at {@code start}: choose {@code left} more later sessions for it. */
  static long withCourse(Offer offer, Sessions sessions, boolean[] covered, boolean allowUnused,
      Offer.CourseOffer c, int start, int from, int left) {
    long best = Long.MAX_VALUE;
    // issue 19: a course for a range of sessions is used up once it has its least
    if (left == 0 || allowUnused || c.sessions() - left >= c.least()) {
      best = c.price().minor() + brute(offer, sessions, covered, allowUnused);
    }
    if (left == 0) {
      return best;
    }
    for (int i = from; i < covered.length; i++) {
      if (!covered[i] && usable(c, sessions, start, i)) {
        covered[i] = true;
        best = Math.min(best, withCourse(offer, sessions, covered, allowUnused, c, start, i + 1,
            left - 1));
        covered[i] = false;
      }
    }
    return best;
  }

  /** Validity, computed here from the dates rather than trusting the planner's own check. */
  static boolean usable(Offer.CourseOffer c, Sessions sessions, int start, int at) {
    return c.validMonths().map(m -> sessions.date(at).isBefore(sessions.date(start).plusMonths(m)))
        .orElse(true);
  }

  /**
   * The purchase planner as it was before issue 22 (commit ef3b570), kept as the oracle for plans
   * too large for brute force: for every session, every course tried at every length it may cover.
   */
  static final class Reference {
    private Reference() {}

    static Purchase plan(Offer offer, Sessions sessions) {
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
            .filter(b -> b.kind() == Bought.Kind.COURSE
                && b.covers().size() < leastOf(offer, b.id()))
            .findFirst().orElseThrow();
        unused = Optional.of(new Purchase.Unused(partial.id(),
            leastOf(offer, partial.id()) - partial.covers().size(),
            Money.of(loose.cost, offer.single().currency()).plus(fees), total));
      }
      return new Purchase(n, bought, total, unused);
    }

    /** Issue 19: a course's least sessions (its sessions, unless it is for a range). */
    private static int leastOf(Offer offer, String id) {
      return offer.courses().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow()
          .least();
    }

    private record Solution(long cost, List<Bought> bought) {}

    private static Solution solve(Offer offer, Sessions sessions, boolean allowUnused) {
      int n = sessions.size();
      long[] best = new long[n + 1];
      int[] from = new int[n + 1];
      int[] what = new int[n + 1];
      List<Offer.CourseOffer> courses = offer.courses();
      for (int j = 1; j <= n; j++) {
        best[j] = Math.addExact(best[j - 1], offer.single().minor());
        from[j] = j - 1;
        what[j] = -2;
        if (j == 1 && offer.trial().isPresent() && offer.trial().get().minor() < best[1]) {
          best[1] = offer.trial().get().minor();
          what[1] = -1;
        }
        for (int c = 0; c < courses.size(); c++) {
          Offer.CourseOffer course = courses.get(c);
          int fewest = allowUnused ? 1 : course.least(); // issue 19: a range course, its least
          for (int k = fewest; k <= Math.min(course.sessions(), j); k++) {
            int i = j - k;
            if (!usable(course, sessions, i, j - 1)) {
              break;
            }
            long candidate = Math.addExact(best[i], course.price().minor());
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
          bought.add(new Bought(Bought.Kind.TRIAL, "trial", offer.trial().orElseThrow(), j,
              covers));
        } else {
          Offer.CourseOffer c = courses.get(what[j]);
          bought.add(new Bought(Bought.Kind.COURSE, c.id(), c.price(), i + 1, covers));
        }
      }
      java.util.Collections.reverse(bought);
      return new Solution(best[n], bought);
    }
  }
}
