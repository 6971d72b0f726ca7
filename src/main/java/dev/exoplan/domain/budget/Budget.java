package dev.exoplan.domain.budget;

import java.util.List;

/**
 * What a budget buys (issue 20): on the market tables, a {@link MarketBudget} per method; with
 * clinic lists, a {@link ClinicBudget} per method instead.
 */
public record Budget(BudgetRequest request, List<MarketBudget> market, List<ClinicBudget> clinics) {
  public Budget {
    market = List.copyOf(market);
    clinics = List.copyOf(clinics);
  }

  public boolean atClinics() {
    return !clinics.isEmpty();
  }
}
