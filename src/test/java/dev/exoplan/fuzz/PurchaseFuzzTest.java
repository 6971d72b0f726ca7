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
 * once, within each course's validity, and add up to its total.
 */
class PurchaseFuzzTest {
  static final LocalDate FIRST = LocalDate.of(2026, 1, 31);

  @FuzzTest(maxDuration = "10s")
  void plannerIsAsCheapAsBruteForce(FuzzedDataProvider data) {
    int n = data.consumeInt(0, 7);
    List<Visit> visits = new ArrayList<>();
    int day = 0;
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        day += data.consumeInt(0, 400);
      }
      visits.add(new Visit(i < n / 2 ? PhaseKind.INTENSIVE : PhaseKind.MAINTENANCE, day));
    }
    Sessions sessions = new Sessions(FIRST, visits);
    Money single = Money.yen(data.consumeLong(0, 200_000));
    Optional<Money> trial = data.consumeBoolean()
        ? Optional.of(Money.yen(data.consumeLong(0, 300_000))) : Optional.empty();
    List<Offer.CourseOffer> courses = new ArrayList<>();
    int nc = data.consumeInt(0, 3);
    for (int c = 0; c < nc; c++) {
      courses.add(new Offer.CourseOffer("c" + c, data.consumeInt(1, 5),
          Money.yen(data.consumeLong(0, 1_000_000)),
          data.consumeBoolean() ? Optional.of(data.consumeInt(1, 24)) : Optional.empty()));
    }
    List<Offer.FeeOffer> fees = new ArrayList<>();
    if (data.consumeBoolean()) {
      fees.add(new Offer.FeeOffer("f", Money.yen(data.consumeLong(0, 10_000)), data.consumeBoolean()));
    }
    Offer offer = new Offer(single, trial, courses, fees);

    Purchase p = PurchasePlanner.plan(offer, sessions);
    long strict = brute(offer, sessions, new boolean[n], false);
    long loose = brute(offer, sessions, new boolean[n], true);
    long feeTotal = fees.stream().mapToLong(f -> f.perVisit() ? f.price().minor() * n
        : n > 0 ? f.price().minor() : 0).sum();
    assertThat(p.total().minor()).as("planner total = brute force").isEqualTo(strict + feeTotal);
    assertThat(PurchasePlanner.cheapest(offer, sessions, true)).isEqualTo(loose);
    assertThat(p.unused().isPresent()).isEqualTo(loose < strict);
    p.unused().ifPresent(u -> assertThat(u.total().minor()).isEqualTo(loose + feeTotal));

    int[] covered = new int[n + 1];
    for (Bought b : p.bought()) {
      for (int s : b.covers()) {
        if (b.kind() != Bought.Kind.FEE) {
          covered[s]++;
        }
      }
      if (b.kind() == Bought.Kind.COURSE) {
        Offer.CourseOffer c = courses.stream().filter(x -> x.id().equals(b.id())).findFirst()
            .orElseThrow();
        assertThat(b.covers()).hasSize(c.sessions());
        assertThat(b.paidAt()).isEqualTo(b.covers().get(0));
        assertThat(PurchasePlanner.usable(c, sessions, b.covers().get(0) - 1,
            b.covers().get(b.covers().size() - 1) - 1)).isTrue();
      }
      if (b.kind() == Bought.Kind.TRIAL) {
        assertThat(b.covers()).containsExactly(1);
      }
    }
    for (int s = 1; s <= n; s++) {
      assertThat(covered[s]).as("session %d covered once", s).isEqualTo(1);
    }
    assertThat(p.paidBy(n)).isEqualTo(p.total());
    assertThat(p.committedUpFront().isGreaterThan(p.total())).isFalse();
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
    if (left == 0 || allowUnused) {
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
}
