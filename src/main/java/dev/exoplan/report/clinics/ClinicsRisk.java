package dev.exoplan.report.clinics;

import dev.exoplan.domain.clinics.ClinicComparison.Row;
import dev.exoplan.domain.contract.ContractRules;
import dev.exoplan.domain.contract.Stop;
import dev.exoplan.domain.quote.QuoteCancellation;
import dev.exoplan.domain.value.Money;
import dev.exoplan.report.Words;
import java.util.Optional;

/**
 * What a patient who stops after the 3rd session pays at most at a clinic where the Act on
 * Specified Commercial Transactions applies to its courses (issue 23): the same rule and figures as
 * the quote's section ({@link QuoteCancellation}), for the minimum and the full plan.
 */
final class ClinicsRisk {
  private ClinicsRisk() {}

  /** Whether the Act applies (empty: unknown), and the most paid after the 3rd session, low–high. */
  record Risk(Optional<Boolean> applies, Money low, Money high) {}

  /** Empty when no plan buys a course or the plan has fewer than 3 sessions. */
  static Optional<Risk> of(Row r, ContractRules rules) {
    QuoteCancellation c = QuoteCancellation.of(r.quote(), rules);
    boolean courses = !c.full().courses().isEmpty()
        || c.minimum().map(m -> !m.courses().isEmpty()).orElse(false);
    Optional<Stop> high = c.full().after(3);
    if (!courses || high.isEmpty()) {
      return Optional.empty();
    }
    Money low = c.minimum().flatMap(m -> m.after(3)).map(Stop::cost).orElse(high.get().cost());
    return Optional.of(new Risk(c.verdict(), Money.min(low, high.get().cost()),
        Money.max(low, high.get().cost())));
  }

  static String cell(Row r, ContractRules rules, Words w) {
    Optional<Risk> risk = of(r, rules);
    if (risk.isEmpty()) {
      return w.get(r.quote().full().sessions() < 3 ? "clinics.third.none" : "clinics.act.none");
    }
    Risk k = risk.get();
    if (k.applies().equals(Optional.of(false))) {
      return w.get("clinics.act.no");
    }
    String span = k.low().equals(k.high()) ? w.money(k.low())
        : w.get("range", w.money(k.low()), w.money(k.high()));
    return w.get(k.applies().isPresent() ? "clinics.act.yes" : "clinics.act.unknown", span);
  }
}
