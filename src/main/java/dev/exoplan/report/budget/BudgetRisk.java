package dev.exoplan.report.budget;

import dev.exoplan.domain.budget.ProtocolFit;
import dev.exoplan.domain.budget.Tried;
import dev.exoplan.domain.contract.ContractRules;
import dev.exoplan.domain.quote.Quote;
import dev.exoplan.domain.quote.StopRisk;
import dev.exoplan.report.StopRiskWords;
import dev.exoplan.report.Words;
import java.util.Optional;

/**
 * The amount at risk if the patient stops after the 3rd session, under one clinic's purchases
 * (issue 23), for a protocol's minimum plan and the longest plan that fits (the minimum again when
 * none does): {@link StopRisk}, the computation {@code clinics} uses. Empty on the market tables,
 * which have no course contract.
 */
final class BudgetRisk {
  private BudgetRisk() {}

  static Optional<StopRisk> of(ProtocolFit f, ContractRules rules) {
    Optional<Quote> low = f.minimum().priced().quote();
    Optional<Quote> high = upper(f).priced().quote();
    if (low.isEmpty() || high.isEmpty()) {
      return Optional.empty();
    }
    return StopRisk.of(low.get(), high.get(), rules);
  }

  /** One plan alone (a CSV row): low and high are its own figure. */
  static Optional<StopRisk> ofPlan(Tried t, ContractRules rules) {
    return t.priced().quote().flatMap(q -> StopRisk.of(q, q, rules));
  }

  static String cell(ProtocolFit f, ContractRules rules, Words w) {
    return StopRiskWords.cell(of(f, rules), upper(f).counts().sessions(), w);
  }

  private static Tried upper(ProtocolFit f) {
    return f.longest().orElse(f.minimum());
  }
}
