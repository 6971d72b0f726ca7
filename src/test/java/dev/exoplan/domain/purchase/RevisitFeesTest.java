package dev.exoplan.domain.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.PhaseKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: a first-visit fee (初診料 5,500) charged again when the previous visit was 6 months or
 * more before, a revisit fee (再診料 1,100) at the other visits after the first; whole-plan totals
 * worked out by hand.
 */
class RevisitFeesTest {
  static final LocalDate FIRST = LocalDate.of(2026, 12, 1);
  static final Offer OFFER = new Offer(Money.yen(100_000), Optional.empty(), List.of(), List.of(
      new Offer.FeeOffer("first-visit", Money.yen(5_500), false, false, Optional.of(6)),
      new Offer.FeeOffer("revisit", Money.yen(1_100), true, true, Optional.empty())));

  static Sessions at(String... dates) {
    List<Visit> visits = new ArrayList<>();
    for (String d : dates) {
      visits.add(new Visit(PhaseKind.INTENSIVE,
          (int) ChronoUnit.DAYS.between(FIRST, LocalDate.parse(d))));
    }
    return new Sessions(FIRST, visits);
  }

  // 003's plan, 5 intensive sessions monthly, maintenance in month 6 and by the end of month 12
  static final Sessions LATEST = at("2026-12-01", "2027-01-01", "2027-02-01", "2027-03-01",
      "2027-04-01", "2027-05-01", "2027-11-30");

  @Test
  void theSeventhSessionSixMonthsOrMoreAfterTheSixthPaysTheFirstVisitFeeAgain() {
    Purchase p = PurchasePlanner.plan(OFFER, LATEST);
    // 7 x 100,000 + 2 x 5,500 (sessions 1 and 7) + 5 x 1,100 (sessions 2 to 6) = 716,500
    assertThat(p.total()).isEqualTo(Money.yen(716_500));
    assertThat(p.bought().stream().filter(b -> b.id().equals("first-visit"))
        .map(Bought::paidAt)).containsExactly(1, 7);
    assertThat(p.bought().stream().filter(b -> b.id().equals("revisit"))
        .map(Bought::paidAt)).containsExactly(2, 3, 4, 5, 6);
    assertThat(p.paidBy(3)).isEqualTo(Money.yen(300_000 + 5_500 + 2 * 1_100));
    assertThat(p.lapse()).isEmpty();
  }

  @Test
  void exactlySixCalendarMonthsLaterIsALapseAndOneDayLessIsNot() {
    Sessions exactly = at("2026-12-01", "2027-06-01");
    Sessions dayLess = at("2026-12-01", "2027-05-31");
    assertThat(PurchasePlanner.plan(OFFER, exactly).total()).isEqualTo(Money.yen(211_000));
    assertThat(PurchasePlanner.plan(OFFER, dayLess).total()).isEqualTo(Money.yen(206_600));
  }

  @Test
  void whenTheEarliestDatesChargeOtherwiseBothAreSaid() {
    Sessions earliest = at("2026-12-01", "2027-01-01", "2027-02-01", "2027-03-01",
        "2027-04-01", "2027-05-01", "2027-10-31");
    Purchase p = PurchasePlanner.plan(OFFER, LATEST, Optional.of(earliest));
    assertThat(p.total()).isEqualTo(Money.yen(716_500));
    // on the earliest dates session 7 is a revisit: 716,500 - 5,500 + 1,100 = 712,100
    assertThat(p.lapse()).contains(new Purchase.Lapse(List.of(7), List.of(), Money.yen(712_100)));
    // the same dates both ends: nothing to say
    assertThat(PurchasePlanner.plan(OFFER, LATEST, Optional.of(LATEST)).lapse()).isEmpty();
  }

  @Test
  void withoutALapseEveryVisitAfterTheFirstIsARevisit() {
    Offer noLapse = new Offer(Money.yen(100_000), Optional.empty(), List.of(), List.of(
        new Offer.FeeOffer("first-visit", Money.yen(5_500), false),
        new Offer.FeeOffer("revisit", Money.yen(1_100), true, true, Optional.empty())));
    // 7 x 100,000 + 5,500 + 6 x 1,100 = 712,100
    assertThat(PurchasePlanner.plan(noLapse, LATEST).total()).isEqualTo(Money.yen(712_100));
  }
}
