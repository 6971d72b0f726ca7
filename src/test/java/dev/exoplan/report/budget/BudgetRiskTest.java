package dev.exoplan.report.budget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.domain.budget.BudgetPlanner;
import dev.exoplan.domain.budget.BudgetRequest;
import dev.exoplan.domain.budget.ClinicBudget;
import dev.exoplan.domain.budget.ProtocolFit;
import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.clinics.ClinicComparison;
import dev.exoplan.domain.contract.ContractRules;
import dev.exoplan.domain.quote.StopRisk;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.pricing.ClinicFiles;
import dev.exoplan.pricing.ContractRulesTable;
import dev.exoplan.pricing.PricingLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * budget's amount at risk (issue 23) is clinics' computation on the same quote: the example clinic's
 * IV course (5 sessions ¥495,000 bought at session 2), stopped after session 3, comes to at most
 * ¥333,800 (¥580,800 paid; 2 used at ¥99,000; ¥297,000 remains; fee min(¥50,000, ¥59,400)).
 */
class BudgetRiskTest {
  static final Catalog MARKET = PricingLoader.shipped();
  static final ContractRules RULES = ContractRulesTable.shipped();
  static final LocalDate START = LocalDate.of(2026, 12, 1);

  static BudgetRequest lump(long yen, Method m) {
    return new BudgetRequest(Optional.of(Money.yen(yen)), Optional.empty(), 12, Optional.of(m),
        START);
  }

  static ClinicBudget at(long yen, Method m) {
    List<ClinicComparison.Loaded> lists = ClinicFiles.read(List.of(new PricingLoader.Input(
        "pricing/example-clinic.yaml", Path.of("pricing/example-clinic.yaml"))), MARKET, false,
        x -> { }).lists();
    return BudgetPlanner.clinics(MARKET, lump(yen, m), lists).clinics().get(0);
  }

  @Test
  void theIvCourseStoppedAfterTheThirdSessionIsTheQuotesFigureAndClinicsOwn() {
    ProtocolFit regular = at(300_000, Method.IV).rows().get(0).fits().stream()
        .filter(f -> f.protocol().id().equals("001-regular")).findFirst().orElseThrow();
    Optional<StopRisk> budget = BudgetRisk.of(regular, RULES);
    Optional<StopRisk> clinics = StopRisk.of(regular.minimum().priced().quote().orElseThrow(),
        RULES);
    assertThat(budget).isEqualTo(clinics);
    assertThat(budget.orElseThrow().high()).isEqualTo(Money.yen(333_800));
    assertThat(budget.orElseThrow().applies()).isEmpty(); // an IV drip's purpose: unknown
  }

  @Test
  void aPlanThatBuysNoCourseHasNothingAtRiskAndTheMarketTablesHaveNoQuote() {
    ProtocolFit standard = at(300_000, Method.IV).rows().get(0).fits().get(0);
    assertThat(standard.protocol().id()).isEqualTo("003-standard");
    assertThat(BudgetRisk.of(standard, RULES)).isEmpty();
    ProtocolFit market = new ProtocolFit(standard.protocol(), BudgetPlanner.market(MARKET,
        lump(300_000, Method.IV)).market().get(0).protocols().get(0).low().minimum(),
        Optional.empty());
    assertThat(BudgetRisk.of(market, RULES)).isEmpty();
  }

  @Test
  void fromTheMinimumPlanToTheLongestThatFits() {
    ProtocolFit p003 = at(300_000, Method.INJECTION).rows().get(0).fits().get(0);
    StopRisk r = BudgetRisk.of(p003, RULES).orElseThrow();
    assertThat(r.applies()).contains(true); // a skin injection course: designated, inferred
    assertThat(r.low()).isEqualTo(BudgetRisk.ofPlan(p003.minimum(), RULES).orElseThrow().low());
    assertThat(r.high()).isEqualTo(BudgetRisk.ofPlan(p003.longest().orElseThrow(), RULES)
        .orElseThrow().high());
  }
}
