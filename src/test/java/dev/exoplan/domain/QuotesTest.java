package dev.exoplan.domain;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.catalog.Contraindication;
import dev.exoplan.domain.quote.MarketCheck;
import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.clinic.ClinicPrice;
import dev.exoplan.domain.clinic.Course;
import dev.exoplan.domain.clinic.Discount;
import dev.exoplan.domain.value.PhaseKind;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.quote.Quote;
import dev.exoplan.domain.quote.QuoteLine;
import dev.exoplan.domain.quote.QuoteRequest;
import dev.exoplan.domain.quote.Quotes;
import dev.exoplan.domain.quote.RefusedException;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exoplan.pricing.PricingLoader;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotesTest {
  static final Catalog MARKET = PricingLoader.shipped();

  static Clinic clinic(boolean taxIncluded, RoundingMode rounding, Money perSession,
      Optional<Money> firstVisit, List<Course> courses, List<Discount> discounts) {
    return new Clinic("c", Text.of("C"), "addr", "phone", false, Money.JPY, taxIncluded, 10,
        rounding, 30, Map.of(Method.IV, new ClinicPrice(Method.IV, Optional.of(perSession),
            Optional.empty(), firstVisit)), courses, discounts);
  }

  static Quote quote(Clinic c, int intensive, int maintenance, List<String> discounts,
      List<String> screen) {
    Catalog catalog = MARKET.with(new PriceTable("t", PriceTable.Kind.CLINIC, 1, c.id(),
        c.name(), c.currency(), c.taxIncluded(), Optional.empty(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), Optional.of(c)));
    PlanRequest plan = new PlanRequest(Method.IV, Optional.empty(),
        Optional.of(CountRange.of(intensive)), Optional.of(CountRange.of(maintenance)),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    return Quotes.quote(catalog, new QuoteRequest(plan, Optional.empty(), "P", Optional.empty(),
        LocalDate.of(2026, 11, 21), Optional.empty(), Optional.empty(), screen, discounts));
  }

  @Test
  void aTaxIncluded50000LineContains4545OfTaxAndTotals50000() {
    Clinic c = clinic(true, RoundingMode.DOWN, Money.yen(50_000), Optional.empty(), List.of(), List.of());
    Quote q = quote(c, 1, 0, List.of(), List.of());
    assertThat(q.full().total()).isEqualTo(Money.yen(50_000));
    assertThat(q.full().tax()).isEqualTo(Money.yen(4_545));
    assertThat(q.full().lines()).extracting(QuoteLine::amount).containsExactly(Money.yen(50_000));
  }

  @ParameterizedTest
  @CsvSource({"DOWN, 4545", "HALF_UP, 4545", "UP, 4546"})
  void taxIsRoundedOnceByTheClinicsRule(RoundingMode mode, long tax) {
    Clinic c = clinic(true, mode, Money.yen(50_000), Optional.empty(), List.of(), List.of());
    assertThat(quote(c, 1, 0, List.of(), List.of()).full().tax()).isEqualTo(Money.yen(tax));
  }

  @Test
  void taxIsComputedOnceForTheDocumentNotPerLine() {
    // 3 lines of 33,333 tax-excluded: per line 3,333 × 3 = 9,999; once: 99,999 × 10% = 9,999.9 → 9,999
    Clinic c = clinic(false, RoundingMode.DOWN, Money.yen(33_333), Optional.empty(), List.of(), List.of());
    Quote q = quote(c, 2, 1, List.of(), List.of());
    assertThat(q.full().subtotal()).isEqualTo(Money.yen(99_999));
    assertThat(q.full().tax()).isEqualTo(Money.yen(9_999));
    assertThat(q.full().total()).isEqualTo(Money.yen(109_998));
    assertThat(q.full().lines()).filteredOn(l -> l.kind() == QuoteLine.Kind.TAX).hasSize(1);
  }

  @Test
  void percentDiscountsRoundOnceAndFixedOnesNeverMakeTheTotalNegative() {
    Discount tenPercent = new Discount("ten", Text.of("10%"), Optional.of(10), Optional.empty(), false);
    Discount huge = new Discount("huge", Text.of("huge"), Optional.empty(), Optional.of(Money.yen(10_000_000)), false);
    Clinic c = clinic(true, RoundingMode.DOWN, Money.yen(33_333), Optional.empty(), List.of(),
        List.of(tenPercent, huge));
    Quote ten = quote(c, 1, 0, List.of("ten"), List.of());
    assertThat(ten.full().discounts()).isEqualTo(Money.yen(-3_333));
    assertThat(ten.full().total()).isEqualTo(Money.yen(30_000));
    Quote both = quote(c, 1, 0, List.of("ten", "huge"), List.of());
    assertThat(both.full().total()).isEqualTo(Money.yen(0));
    assertThat(both.full().tax()).isEqualTo(Money.yen(0));
  }

  @Test
  void theCheapestMixIsExactAgainstEveryCombination() {
    Money unit = Money.yen(100);
    List<Course> courses = List.of(
        new Course("two", Method.IV, Text.of("2"), 2, Money.yen(190)),
        new Course("three", Method.IV, Text.of("3"), 3, Money.yen(270)),
        new Course("five", Method.IV, Text.of("5"), 5, Money.yen(460)));
    for (Optional<Money> first : List.of(Optional.<Money>empty(), Optional.of(Money.yen(60)))) {
      for (int n = 1; n <= 14; n++) {
        long best = Long.MAX_VALUE;
        for (int a = 0; 2 * a <= n; a++) {
          for (int b = 0; 2 * a + 3 * b <= n; b++) {
            for (int c = 0; 2 * a + 3 * b + 5 * c <= n; c++) {
              int singles = n - 2 * a - 3 * b - 5 * c;
              long cost = 190L * a + 270L * b + 460L * c + 100L * singles;
              best = Math.min(best, cost);
              if (first.isPresent() && singles > 0) {
                best = Math.min(best, cost - 100 + 60);
              }
            }
          }
        }
        List<dev.exoplan.domain.purchase.Visit> visits = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
          visits.add(new dev.exoplan.domain.purchase.Visit(PhaseKind.INTENSIVE, 30 * i));
        }
        var offer = new dev.exoplan.domain.purchase.Offer(unit, first, courses.stream()
            .map(x -> new dev.exoplan.domain.purchase.Offer.CourseOffer(x.id(), x.sessions(),
                x.price(), Optional.empty())).toList(), List.of());
        var p = dev.exoplan.domain.purchase.PurchasePlanner.plan(offer,
            new dev.exoplan.domain.purchase.Sessions(LocalDate.of(2026, 1, 1), visits));
        assertThat(p.total().minor()).as("n=%d first=%s", n, first).isEqualTo(best);
        int sessions = p.bought().stream().mapToInt(b -> b.covers().size()).sum();
        assertThat(sessions).as("exactly n sessions").isEqualTo(n);
      }
    }
  }

  @Test
  void theWorkedPlanAtTheExampleClinicUsesTheCourse() {
    Catalog c = PricingLoader.load(List.of(new PricingLoader.Input("example-clinic.yaml",
        java.nio.file.Path.of("pricing/example-clinic.yaml"))));
    PlanRequest plan = new PlanRequest(Method.IV, Optional.empty(), Optional.of(CountRange.of(5)),
        Optional.of(CountRange.of(2)), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
    Quote q = Quotes.quote(c, new QuoteRequest(plan, Optional.empty(), "P", Optional.empty(),
        LocalDate.of(2026, 11, 21), Optional.empty(), Optional.empty(), List.of(), List.of()));
    // 003's maintenance opens in month 6: the first visit at its trial price, then the 5-session
    // course (valid 12 months) bought at session 2 covers sessions 2-6 (months 2-5 and the first
    // maintenance in month 6); the second maintenance, up to 12 months later, is a single session.
    // First consultation and blood test are mandatory.
    assertThat(q.full().lines()).extracting(QuoteLine::kind).containsExactlyInAnyOrder(
        QuoteLine.Kind.FIRST_VISIT, QuoteLine.Kind.COURSE, QuoteLine.Kind.SESSION,
        QuoteLine.Kind.FEE, QuoteLine.Kind.FEE);
    assertThat(q.full().total()).isEqualTo(Money.yen(690_800));
    assertThat(q.full().tax()).isEqualTo(Money.yen(62_800));
    assertThat(q.full().saving()).isEqualTo(Money.yen(88_000));
    assertThat(q.full().purchase().paidByThird()).contains(Money.yen(580_800));
    assertThat(q.full().purchase().committedUpFront()).isEqualTo(Money.yen(495_000));
    assertThat(q.validUntil()).isEqualTo(LocalDate.of(2026, 12, 21));
  }

  @Test
  void anAbsoluteContraindicationRefusesTheQuoteAndARelativeOneFlagsIt() {
    Clinic c = clinic(true, RoundingMode.DOWN, Money.yen(100_000), Optional.empty(), List.of(), List.of());
    assertThatThrownBy(() -> quote(c, 1, 0, List.of(), List.of("autoimmune", "pregnant")))
        .isInstanceOf(RefusedException.class)
        .satisfies(e -> assertThat(((RefusedException) e).reasons())
            .extracting(Contraindication::id).containsExactly("pregnant"));
    Quote q = quote(c, 1, 0, List.of(), List.of("autoimmune"));
    assertThat(q.flagged()).extracting(Contraindication::id).containsExactly("autoimmune");
    assertThat(q.checklist()).hasSize(10);
  }

  /** Issue 22, finding 8: a condition declared twice, or a thousand times, is flagged once. */
  @Test
  void aConditionDeclaredAgainIsFlaggedOnceAndRefusesOnce() {
    Clinic c = clinic(true, RoundingMode.DOWN, Money.yen(100_000), Optional.empty(), List.of(), List.of());
    assertThatThrownBy(() -> quote(c, 1, 0, List.of(),
        List.of("pregnant", "autoimmune", "pregnant", "cancer", "pregnant")))
        .isInstanceOf(RefusedException.class)
        .satisfies(e -> assertThat(((RefusedException) e).reasons())
            .extracting(Contraindication::id).containsExactly("pregnant", "cancer"));
    Quote q = quote(c, 1, 0, List.of(),
        java.util.Collections.nCopies(1000, "autoimmune"));
    assertThat(q.flagged()).extracting(Contraindication::id).containsExactly("autoimmune");
    Quote two = quote(c, 1, 0, List.of(), List.of("severe-allergy", "autoimmune", "severe-allergy"));
    assertThat(two.flagged()).extracting(Contraindication::id)
        .containsExactly("severe-allergy", "autoimmune");
  }

  @Test
  void aPriceBelowEveryPublishedRangeIsWarnedAboutWithItsSources() {
    Clinic c = clinic(true, RoundingMode.DOWN, Money.yen(9_800), Optional.of(Money.yen(1_000)),
        List.of(), List.of());
    Quote q = quote(c, 2, 0, List.of(), List.of());
    // issue 10: a first-visit price is a promotion, not a sign of the product's quality
    assertThat(q.checks()).extracting(MarketCheck::level, MarketCheck::item)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(MarketCheck.Level.PROMOTION, QuoteLine.Kind.FIRST_VISIT),
            org.assertj.core.groups.Tuple.tuple(MarketCheck.Level.BELOW, QuoteLine.Kind.SESSION));
    assertThat(q.checks().get(1).bound()).isEqualTo(Money.yen(30_000));
    assertThat(q.checks().get(1).cites()).extracting(Citation::source).contains("000", "001", "003", "004");
  }
}
