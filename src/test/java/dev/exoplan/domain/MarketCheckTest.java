package dev.exoplan.domain;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.quote.MarketCheck;
import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.clinic.ClinicPrice;
import dev.exoplan.domain.clinic.Course;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.quote.Quote;
import dev.exoplan.domain.quote.QuoteLine;
import dev.exoplan.domain.quote.QuoteRequest;
import dev.exoplan.domain.quote.Quotes;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.pricing.PricingLoader;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 10: the market check compares tax-included prices the quote uses, with a tolerance. */
class MarketCheckTest {
  static final Catalog MARKET = PricingLoader.shipped();

  static Quote quote(Method method, boolean taxIncluded, long perSession, Optional<Money> firstVisit,
      List<Course> courses, int sessions) {
    Clinic c = new Clinic("c", Text.of("C"), "addr", "phone", false, Money.JPY, taxIncluded, 10,
        RoundingMode.DOWN, 30, Map.of(method, new ClinicPrice(method,
            Optional.of(Money.yen(perSession)), Optional.empty(), firstVisit)), courses, List.of());
    Catalog catalog = MARKET.with(new PriceTable("t", PriceTable.Kind.CLINIC, 1, c.id(),
        c.name(), c.currency(), c.taxIncluded(), Optional.empty(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), Optional.of(c)));
    PlanRequest plan = new PlanRequest(method, Optional.empty(),
        Optional.of(CountRange.of(sessions)), Optional.of(CountRange.of(0)),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    return Quotes.quote(catalog, new QuoteRequest(plan, Optional.empty(), "P", Optional.empty(),
        LocalDate.of(2026, 11, 21), Optional.empty(), Optional.empty(), List.of(), List.of()));
  }

  @Test
  void aTaxExcludedPriceIsComparedWithTaxAdded() {
    // IV at 28,000 before tax is 30,800 with it: inside 004's 30,000-100,000, not below
    assertThat(quote(Method.IV, false, 28_000, Optional.empty(), List.of(), 1).checks()).isEmpty();
    // injection at 95,000 before tax is 104,500 with it: above 003's highest 100,000
    List<MarketCheck> above =
        quote(Method.INJECTION, false, 95_000, Optional.empty(), List.of(), 1).checks();
    assertThat(above).extracting(MarketCheck::level, MarketCheck::unit, MarketCheck::bound)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            MarketCheck.Level.ABOVE, Money.yen(104_500), Money.yen(100_000)));
  }

  @ParameterizedTest
  @CsvSource({"29700, false", "29400, false", "27000, false", "26999, true", "15000, true"})
  void onlyAPriceMoreThanTheToleranceUnderTheLowestLowIsFarBelow(long price, boolean flagged) {
    List<MarketCheck> checks = quote(Method.IV, true, price, Optional.empty(), List.of(), 1).checks();
    assertThat(checks.stream().anyMatch(c -> c.level() == MarketCheck.Level.BELOW))
        .isEqualTo(flagged);
  }

  @Test
  void onlyPricesTheQuoteUsesAreChecked() {
    // a course of 5 at 50,000 (10,000 a session) the plan of 2 sessions never buys
    Course five = new Course("five", Method.IV, Text.of("5"), 5, Money.yen(50_000));
    Quote q = quote(Method.IV, true, 100_000, Optional.empty(), List.of(five), 2);
    assertThat(q.checks()).isEmpty();
    Quote bought = quote(Method.IV, true, 100_000, Optional.empty(), List.of(five), 5);
    assertThat(bought.checks()).extracting(MarketCheck::level, MarketCheck::item)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            MarketCheck.Level.BELOW, QuoteLine.Kind.COURSE));
  }

  @Test
  void aFirstVisitPriceBelowTheMarketIsAPromotionNotAQualityWarning() {
    Quote q = quote(Method.IV, true, 100_000, Optional.of(Money.yen(9_800)), List.of(), 3);
    assertThat(q.checks()).extracting(MarketCheck::level, MarketCheck::item)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            MarketCheck.Level.PROMOTION, QuoteLine.Kind.FIRST_VISIT));
    // cites 003 line 132 (first-visit discounts, then add-ons), not the low-quality warning
    assertThat(q.checks().get(0).cites()).extracting(Citation::line).contains(132);
    assertThat(q.checks().get(0).cites()).extracting(Citation::source).doesNotContain("000", "001");
  }
}
