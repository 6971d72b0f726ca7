package dev.exoplan.domain.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exoplan.Said;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.PhaseKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 22: the planner in time linear in the sessions gives the purchases it gave before, to the
 * item. The expected values were printed by the planner of commit ef3b570 (which tried every
 * course length): ties between equally cheap starts, a window bounded by validity, fees in the
 * order they are paid, and an overflow named with the same operands.
 */
class PurchasePlannerScaleTest {
  static final LocalDate FIRST = LocalDate.of(2026, 1, 31);

  static Sessions every(int n, int days) {
    List<Visit> visits = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      visits.add(new Visit(i < n / 2 ? PhaseKind.INTENSIVE : PhaseKind.MAINTENANCE, i * days));
    }
    return new Sessions(FIRST, visits);
  }

  static String show(Purchase p) {
    StringBuilder out = new StringBuilder();
    for (Bought b : p.bought()) {
      out.append(b.kind()).append(' ').append(b.id()).append(" @").append(b.paidAt()).append(' ')
          .append(b.covers()).append('\n');
    }
    return out.toString();
  }

  /** Course a: 3 for 100, b: 5 for 150, singles 1,000: many starts as cheap as each other. */
  static final Offer TIES = new Offer(Money.yen(1000), Optional.empty(), List.of(
      new Offer.CourseOffer("a", 3, Money.yen(100), Optional.empty()),
      new Offer.CourseOffer("b", 5, Money.yen(150), Optional.empty())), List.of());

  @ParameterizedTest(name = "{0} sessions")
  @CsvSource({
      "1, 1000, a, 2, 100",
      "2, 2000, a, 1, 100",
      "3, 100, '', 0, 0",
      "4, 1100, b, 1, 150",
      "5, 150, '', 0, 0",
      "6, 200, '', 0, 0",
      "7, 1200, a, 1, 250",
      "8, 250, '', 0, 0",
      "9, 300, '', 0, 0"})
  void theUnusedCourseNoteIsTheOneTheOldPlannerGave(int n, long total, String course, int unused,
      long unusedTotal) {
    Purchase p = PurchasePlanner.plan(TIES, every(n, 7));
    assertThat(p.total()).isEqualTo(Money.yen(total));
    if (course == null || course.isEmpty()) {
      assertThat(p.unused()).isEmpty();
    } else {
      assertThat(p.unused()).contains(new Purchase.Unused(course, unused, Money.yen(unusedTotal),
          Money.yen(total)));
    }
  }

  @Test
  void tiesAreBrokenAsBefore() {
    assertThat(show(PurchasePlanner.plan(TIES, every(8, 7))))
        .isEqualTo("COURSE b @1 [1, 2, 3, 4, 5]\nCOURSE a @6 [6, 7, 8]\n");
    assertThat(show(PurchasePlanner.plan(TIES, every(7, 7)))).isEqualTo(
        "COURSE a @1 [1, 2, 3]\nCOURSE a @4 [4, 5, 6]\nSINGLE single @7 [7]\n");
  }

  @Test
  void aCourseIsUsedWithinItsValidity() {
    Offer offer = new Offer(Money.yen(10_000), Optional.of(Money.yen(5_000)), List.of(
        new Offer.CourseOffer("month", 5, Money.yen(25_000), Optional.of(1)),
        new Offer.CourseOffer("ten", 10, Money.yen(95_000), Optional.of(12))), List.of());
    Purchase p = PurchasePlanner.plan(offer, every(12, 20));
    assertThat(show(p)).isEqualTo("TRIAL trial @1 [1]\nCOURSE ten @2 [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]\n"
        + "SINGLE single @12 [12]\n");
    assertThat(p.total()).isEqualTo(Money.yen(110_000));
    assertThat(p.unused()).isEmpty();
  }

  @Test
  void feesArePaidInTheOrderTheyWereSortedIn() {
    Offer offer = new Offer(Money.yen(10_000), Optional.of(Money.yen(5_000)), List.of(
        new Offer.CourseOffer("three", 3, Money.yen(27_000), Optional.empty())), List.of(
        new Offer.FeeOffer("visit", Money.yen(1_100), true),
        new Offer.FeeOffer("first", Money.yen(3_300), false),
        new Offer.FeeOffer("kit", Money.yen(500), true)));
    Purchase p = PurchasePlanner.plan(offer, every(5, 30));
    assertThat(show(p)).isEqualTo("""
        TRIAL trial @1 [1]
        FEE visit @1 [1]
        FEE first @1 []
        FEE kit @1 [1]
        COURSE three @2 [2, 3, 4]
        FEE visit @2 [2]
        FEE kit @2 [2]
        FEE visit @3 [3]
        FEE kit @3 [3]
        FEE visit @4 [4]
        FEE kit @4 [4]
        SINGLE single @5 [5]
        FEE visit @5 [5]
        FEE kit @5 [5]
        """);
    assertThat(p.total()).isEqualTo(Money.yen(53_300));
    assertThat(p.bought().get(4).covers()).isEqualTo(List.of(2, 3, 4));
    assertThat(PurchasePlanner.plan(offer, every(0, 30)).bought()).isEmpty();
  }

  @Test
  void feesThatOverflowAreRefusedWithTheAdditionThatOverflowed() {
    Offer offer = new Offer(Money.yen(0), Optional.empty(), List.of(), List.of(
        new Offer.FeeOffer("huge", Money.yen(1_000_000_000_000_000_000L), true)));
    assertThatThrownBy(() -> PurchasePlanner.plan(offer, every(10, 30)))
        .isInstanceOf(DomainException.class)
        .satisfies(e -> assertThat(Said.en(e)).startsWith(
            "the amount 9000000000000000000 + 1000000000000000000 is too large"));
    assertThat(PurchasePlanner.plan(offer, every(9, 30)).total())
        .isEqualTo(Money.yen(9_000_000_000_000_000_000L));
  }

  @Test
  void aHundredThousandSessionsWithFeesPerVisit() {
    int n = 100_000;
    Offer offer = new Offer(Money.yen(100_000), Optional.of(Money.yen(50_000)), List.of(
        new Offer.CourseOffer("c1000", 1_000, Money.yen(90_000_000), Optional.of(36)),
        new Offer.CourseOffer("c7", 7, Money.yen(650_000), Optional.empty())), List.of(
        new Offer.FeeOffer("visit", Money.yen(1_100), true),
        new Offer.FeeOffer("first", Money.yen(3_300), false)));
    Purchase p = PurchasePlanner.plan(offer, every(n, 1));
    long courses = 0;
    long fees = 0;
    for (Bought b : p.bought()) {
      if (b.kind() == Bought.Kind.COURSE) {
        courses++;
        int size = b.id().equals("c1000") ? 1_000 : 7;
        assertThat(b.covers()).isEqualTo(Covers.range(b.paidAt(), b.paidAt() + size - 1));
      } else if (b.kind() == Bought.Kind.FEE) {
        fees++;
      }
    }
    assertThat(fees).isEqualTo(n + 1);
    assertThat(p.paidBy(n)).isEqualTo(p.total());
    assertThat(p.total().minor()).isEqualTo(PurchasePlanner.cheapest(offer, every(n, 1), false)
        + 1_100L * n + 3_300);
    assertThat(courses).isGreaterThanOrEqualTo(99);
  }
}
