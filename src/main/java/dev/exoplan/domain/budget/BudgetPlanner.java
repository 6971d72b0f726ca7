package dev.exoplan.domain.budget;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.Protocol;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.clinics.ClinicComparison;
import dev.exoplan.domain.clinics.ClinicComparisons;
import dev.exoplan.domain.estimate.Estimator;
import dev.exoplan.domain.plan.PriceChoice;
import dev.exoplan.domain.plan.Planner;
import dev.exoplan.domain.quote.PatientAmounts;
import dev.exoplan.domain.quote.QuoteScenario;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.MoneyRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a budget buys, for the method asked or each of the four: on the market tables, at the low,
 * typical and high price per session; or at each clinic given, through the one purchase planner
 * ({@link ClinicComparisons}, exactly as {@code clinics} prices a plan).
 */
public final class BudgetPlanner {
  private BudgetPlanner() {}

  public static Budget market(Catalog catalog, BudgetRequest req) {
    List<MarketBudget> out = new ArrayList<>();
    for (Method m : methods(req)) {
      PriceChoice price = Planner.selectPrice(catalog, m, Optional.empty(), Optional.empty());
      MoneyRange p = price.perSession();
      List<MarketBudget.PriceFits> fits = new ArrayList<>();
      for (Candidates c : candidates(catalog, req, m)) {
        fits.add(new MarketBudget.PriceFits(c,
            Fits.fit(req, c, x -> Priced.perSession(p.low(), x.counts().sessions())),
            Fits.fit(req, c, x -> Priced.perSession(p.typical(), x.counts().sessions())),
            Fits.fit(req, c, x -> Priced.perSession(p.high(), x.counts().sessions()))));
      }
      List<MarketBudget.MonthRow> months = new ArrayList<>();
      if (req.isMonthly()) {
        for (int k = 1; k <= req.months(); k++) {
          Money there = req.availableBy(k);
          months.add(new MarketBudget.MonthRow(k, there, MarketBudget.Buys.of(there, p)));
        }
      }
      out.add(new MarketBudget(m, price, Estimator.estimate(catalog, m, Optional.empty()),
          MarketBudget.Buys.of(req.total(), p), fits, months));
    }
    return new Budget(req, out, List.of());
  }

  /** {@code catalog} holds the market tables only; each list is priced on it, one at a time. */
  public static Budget clinics(Catalog catalog, BudgetRequest req,
      List<ClinicComparison.Loaded> lists) {
    List<ClinicBudget> out = new ArrayList<>();
    for (Method m : methods(req)) {
      List<Candidates> cands = candidates(catalog, req, m);
      List<ClinicBudget.Row> rows = new ArrayList<>();
      List<ClinicComparison.Excluded> excluded = new ArrayList<>();
      for (ClinicComparison.Loaded l : lists) {
        List<ProtocolFit> fits = new ArrayList<>();
        Optional<ClinicComparison.Excluded> why = Optional.empty();
        Clinic clinic = null;
        for (Candidates c : cands) {
          ClinicPricer pricer = new ClinicPricer(catalog, req, l);
          Optional<ClinicComparison.Row> first = pricer.row(c.minimum());
          if (first.isEmpty()) {
            why = pricer.excluded;
            break;
          }
          clinic = first.get().clinic();
          fits.add(Fits.fit(req, c, pricer::price));
        }
        if (why.isPresent()) {
          excluded.add(why.get());
        } else if (clinic != null) {
          rows.add(new ClinicBudget.Row(l.file(), clinic, fits));
        }
      }
      rows.sort(Comparator.comparing((ClinicBudget.Row r) -> r.fits().get(0).minimum().priced()
          .total()).thenComparing(r -> r.clinic().id()));
      out.add(new ClinicBudget(m, rows, excluded));
    }
    return new Budget(req, List.of(), out);
  }

  private static List<Method> methods(BudgetRequest req) {
    return req.method().map(List::of).orElseGet(() -> List.of(Method.values()));
  }

  private static List<Candidates> candidates(Catalog catalog, BudgetRequest req, Method m) {
    List<Candidates> out = new ArrayList<>();
    for (Protocol p : catalog.protocols()) {
      if (p.appliesTo(m)) {
        out.add(Candidates.of(catalog, m, p, req.months(), req.start()));
      }
    }
    return out;
  }

  /**
   * A plan's price at one clinic: its quote's full plan (the cheapest valid purchase, fees, automatic
   * discounts, tax as the quote shows it); paid by each session on the patient's basis (a
   * tax-excluded list's with tax added), before discounts, and never more than the total.
   */
  private static final class ClinicPricer {
    private final Catalog catalog;
    private final BudgetRequest req;
    private final ClinicComparison.Loaded list;
    Optional<ClinicComparison.Excluded> excluded = Optional.empty();

    ClinicPricer(Catalog catalog, BudgetRequest req, ClinicComparison.Loaded list) {
      this.catalog = catalog;
      this.req = req;
      this.list = list;
    }

    Optional<ClinicComparison.Row> row(Candidates.Plan plan) {
      ClinicComparison c = ClinicComparisons.compare(catalog, new ClinicComparisons.Request(
          plan.request(), Optional.empty(), req.cc(), false, req.start(), req.dose()),
          List.of(list));
      if (c.rows().isEmpty()) {
        excluded = c.excluded().stream().findFirst();
        return Optional.empty();
      }
      return Optional.of(c.rows().get(0));
    }

    Priced price(Candidates.Plan plan) {
      ClinicComparison.Row row = row(plan).orElseThrow(() -> new dev.exoplan.domain.text
          .DomainException(excluded.orElseThrow().reason()));
      QuoteScenario full = row.quote().full();
      List<Money> paid = new ArrayList<>();
      for (int i = 1; i <= full.sessions(); i++) {
        paid.add(Money.min(PatientAmounts.shown(row.clinic(), full.purchase().paidBy(i)),
            full.total()));
      }
      if (!paid.isEmpty()) {
        paid.set(paid.size() - 1, full.total()); // the last session: the quote's total
      }
      // issue 19: a fee on request (要問合せ) makes the total a floor: the plan costs at least it
      return new Priced(full.total(), paid, full.from() || full.excludesOnRequest(),
          Optional.of(row.quote()));
    }
  }
}
