package dev.exoplan.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.clinics.ClinicComparison;
import dev.exoplan.domain.clinics.ClinicComparisons;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.value.BudgetAmount;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.pricing.ClinicFiles;
import dev.exoplan.pricing.PricingLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a budget buys, against figures worked out by hand and against what `clinics` prints. */
class BudgetPlannerTest {
  static final Catalog MARKET = PricingLoader.shipped();
  static final LocalDate START = LocalDate.of(2026, 12, 1);

  static BudgetRequest lump(long yen, Method m) {
    return new BudgetRequest(Optional.of(Money.yen(yen)), Optional.empty(), 12, Optional.of(m),
        START);
  }

  static BudgetRequest monthly(long yen, int months, Method m) {
    return new BudgetRequest(Optional.empty(), Optional.of(Money.yen(yen)), months,
        Optional.of(m), START);
  }

  @Test
  void threeHundredThousandBuysTenTwoAndNoIvSessionsAndThe003PlanOnlyAtTheLowPrice() {
    MarketBudget iv = BudgetPlanner.market(MARKET, lump(300_000, Method.IV)).market().get(0);
    // IV 30,000 – 500,000, typical 125,000 (003 line 105, 004 line 155, 000 line 88)
    assertThat(iv.buys()).isEqualTo(new MarketBudget.Buys(10, 2, 0));
    MarketBudget.PriceFits p003 = iv.protocols().get(0);
    assertThat(p003.candidates().protocol().id()).isEqualTo("003-standard");
    assertThat(p003.low().minimum().counts()).isEqualTo(new Counts(3, 1));
    assertThat(p003.low().minimum().left()).isEqualTo(Money.yen(180_000));
    // 5 intensive + 2 maintenance at 30,000 = 210,000: the longest 003 has in 12 months
    Tried longest = p003.low().longest().orElseThrow();
    assertThat(longest.counts()).isEqualTo(new Counts(5, 2));
    assertThat(longest.priced().total()).isEqualTo(Money.yen(210_000));
    assertThat(longest.left()).isEqualTo(Money.yen(90_000));
    // 4 × 125,000 = 500,000: short by 200,000; none fits
    assertThat(p003.typical().minimum().left()).isEqualTo(Money.yen(-200_000));
    assertThat(p003.typical().longest()).isEmpty();
    assertThat(p003.high().longest()).isEmpty();
  }

  @Test
  void theLongestPlanStopsWhereTheMoneyStops() {
    // 160,000 at 30,000: 5 sessions; the 003 plan of 5 is 4 + 1 (each phase at least its minimum)
    MarketBudget.PriceFits p003 = BudgetPlanner.market(MARKET, lump(160_000, Method.IV)).market()
        .get(0).protocols().get(0);
    assertThat(p003.low().longest().orElseThrow().counts().sessions()).isEqualTo(5);
    assertThat(p003.low().longest().orElseThrow().left()).isEqualTo(Money.yen(10_000));
  }

  @Test
  void aMonthlyBudgetPaysASessionOnlyWhenTheMoneyIsThereByItsMonth() {
    // 20,000 a month, 30,000 a session: 240,000 in all would pay the 4 sessions (120,000), but
    // session 1 falls in month 1 with 20,000 there: the money is there from month 2
    MarketBudget iv = BudgetPlanner.market(MARKET, monthly(20_000, 12, Method.IV)).market().get(0);
    Tried min = iv.protocols().get(0).low().minimum();
    assertThat(min.left()).isEqualTo(Money.yen(120_000));
    assertThat(min.fits()).isFalse();
    Tried.Due first = min.late().orElseThrow();
    assertThat(first.session()).isEqualTo(1);
    assertThat(first.month()).isEqualTo(1);
    assertThat(first.coveredFrom()).isEqualTo(2);
    // the 4th (maintenance, month 6 on the earliest schedule) is paid by then: 120,000 of 120,000
    Tried.Due fourth = min.due().get(3);
    assertThat(fourth.month()).isEqualTo(6);
    assertThat(fourth.onTime()).isTrue();
    // 30,000 a month pays each session when it falls due
    Tried ok = BudgetPlanner.market(MARKET, monthly(30_000, 12, Method.IV)).market().get(0)
        .protocols().get(0).low().minimum();
    assertThat(ok.fits()).isTrue();
    assertThat(iv.months()).hasSize(12);
    assertThat(iv.months().get(2).available()).isEqualTo(Money.yen(60_000));
    assertThat(iv.months().get(2).buys().low()).isEqualTo(2);
  }

  @Test
  void atAClinicTheLongestPlanCostsWhatClinicsPrintsForIt() {
    List<ClinicComparison.Loaded> lists = ClinicFiles.read(List.of(new PricingLoader.Input(
        "pricing/example-clinic.yaml", Path.of("pricing/example-clinic.yaml"))), MARKET, false,
        m -> { }).lists();
    ClinicBudget iv = BudgetPlanner.clinics(MARKET, lump(800_000, Method.IV), lists).clinics()
        .get(0);
    ProtocolFit p003 = iv.rows().get(0).fits().get(0);
    Tried longest = p003.longest().orElseThrow();
    assertThat(longest.counts()).isEqualTo(new Counts(5, 2));
    ClinicComparison same = ClinicComparisons.compare(MARKET, new ClinicComparisons.Request(
        PlanRequest.builder(Method.IV).intensive(CountRange.of(5)).maintenance(CountRange.of(2))
            .build(), Optional.empty(), Optional.empty(), false, START), lists);
    assertThat(longest.priced().total()).isEqualTo(same.rows().get(0).high());
    assertThat(longest.priced().paidBy().get(6)).isEqualTo(longest.priced().total());
    // at 400,000 not even the minimum (415,800 at this clinic) fits
    ClinicBudget poor = BudgetPlanner.clinics(MARKET, lump(400_000, Method.IV), lists).clinics()
        .get(0);
    assertThat(poor.rows().get(0).fits().get(0).minimum().left()).isEqualTo(Money.yen(-15_800));
  }

  @Test
  void aCoursePaidUpFrontMustBeAffordableWhenItIsBought() {
    List<ClinicComparison.Loaded> lists = ClinicFiles.read(List.of(new PricingLoader.Input(
        "pricing/example-clinic.yaml", Path.of("pricing/example-clinic.yaml"))), MARKET, false,
        m -> { }).lists();
    // injection, 004-beauty's 3 sessions: the cheapest purchase is the 3-session course, paid in
    // full at session 1 (181,500), which 20,000 a month covers only in month 10
    ClinicBudget inj = BudgetPlanner.clinics(MARKET, monthly(20_000, 12, Method.INJECTION), lists)
        .clinics().get(0);
    Tried min = inj.rows().get(0).fits().get(1).minimum();
    assertThat(min.counts()).isEqualTo(new Counts(3, 0));
    assertThat(min.due().get(0).paid()).isEqualTo(Money.yen(181_500));
    assertThat(min.due().get(0).coveredFrom()).isEqualTo(10);
    assertThat(min.left()).isEqualTo(Money.yen(240_000 - 181_500));
    assertThat(min.fits()).isFalse();
  }

  @Test
  void anAmountIsOneAmountInYen() {
    assertThat(BudgetAmount.parse("30万")).isEqualTo(Money.yen(300_000));
    assertThat(BudgetAmount.parse("３０万円")).isEqualTo(Money.yen(300_000));
    assertThat(BudgetAmount.parse("300,000")).isEqualTo(Money.yen(300_000));
    assertThatThrownBy(() -> BudgetAmount.parse("10万..20万")).isInstanceOf(DomainException.class)
        .hasMessageContaining("usage.budget.range");
    assertThatThrownBy(() -> BudgetAmount.parse("lots")).isInstanceOf(DomainException.class)
        .hasMessageContaining("usage.budget.expected");
    assertThatThrownBy(() -> new BudgetRequest(Optional.empty(), Optional.empty(), 12,
        Optional.empty(), START)).hasMessageContaining("usage.budget.none");
  }
}
