package dev.exoplan.report.clinics;

import dev.exoplan.domain.clinics.ClinicComparison.Row;
import dev.exoplan.domain.contract.ContractRules;
import dev.exoplan.domain.quote.StopRisk;
import dev.exoplan.report.StopRiskWords;
import dev.exoplan.report.Words;
import java.util.Optional;

/**
 * What a patient who stops after the 3rd session pays at most at a clinic where the Act on
 * Specified Commercial Transactions applies to its courses (issue 23): the same rule and figures as
 * the quote's section ({@link StopRisk}, shared with {@code budget}), for the minimum and the full
 * plan.
 */
final class ClinicsRisk {
  private ClinicsRisk() {}

  /** Empty when no plan buys a course or the plan has fewer than 3 sessions. */
  static Optional<StopRisk> of(Row r, ContractRules rules) {
    return StopRisk.of(r.quote(), rules);
  }

  static String cell(Row r, ContractRules rules, Words w) {
    return StopRiskWords.cell(of(r, rules), r.quote().full().sessions(), w);
  }
}
