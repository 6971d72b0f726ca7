package dev.exoplan.report.budget;

import dev.exoplan.domain.budget.Budget;
import dev.exoplan.domain.budget.ClinicBudget;
import dev.exoplan.domain.budget.MarketBudget;
import dev.exoplan.domain.budget.ProtocolFit;
import dev.exoplan.domain.budget.Tried;
import dev.exoplan.domain.contract.ContractRules;
import dev.exoplan.domain.quote.StopRisk;
import dev.exoplan.domain.value.Money;
import dev.exoplan.report.csv.CsvWriter;
import java.io.IOException;
import java.util.Optional;

/**
 * The budget as CSV (columns in docs/budget.md): a {@code plan} row for each plan tried (the
 * minimum and the longest that fits, per protocol, per price or clinic), a {@code month} row for
 * each month of a monthly budget on the market tables, and a {@code buys} row per method.
 */
final class BudgetCsv {
  static final String[] COLUMNS = {
    "row", "method", "clinic", "protocol", "at", "per_session", "plan", "intensive",
    "maintenance", "sessions", "currency", "total", "lower_bound", "fits", "left", "late_session",
    "late_month", "covered_from", "month", "available", "buys_low", "buys_typical", "buys_high",
    "act_applies", "act_after_third_low", "act_after_third_high" // issue 23, clinic plans only
  };

  private BudgetCsv() {}

  static void write(CsvWriter csv, Budget b, Optional<ContractRules> rules) throws IOException {
    csv.header(COLUMNS);
    String currency = b.request().total().currency().getCurrencyCode();
    for (MarketBudget m : b.market()) {
      String method = m.method().id();
      csv.text("buys").text(method).empty().empty().empty().empty().empty().empty().empty()
          .empty().text(currency).number(b.request().total().minor());
      blanks(csv, 8);
      buys(csv, m.buys());
      for (MarketBudget.PriceFits f : m.protocols()) {
        String p = f.candidates().protocol().id();
        plans(csv, method, "", p, "low", Optional.of(m.price().perSession().low()), f.low(), currency,
            Optional.empty());
        plans(csv, method, "", p, "typical", Optional.of(m.price().perSession().typical()),
            f.typical(), currency, Optional.empty());
        plans(csv, method, "", p, "high", Optional.of(m.price().perSession().high()), f.high(),
            currency, Optional.empty());
      }
      for (MarketBudget.MonthRow row : m.months()) {
        csv.text("month").text(method);
        blanks(csv, 8);
        csv.text(currency);
        blanks(csv, 7);
        csv.number(row.month()).number(row.available().minor());
        buys(csv, row.buys());
      }
    }
    for (ClinicBudget c : b.clinics()) {
      for (ClinicBudget.Row r : c.rows()) {
        for (ProtocolFit f : r.fits()) {
          plans(csv, c.method().id(), r.clinic().id(), f.protocol().id(), "clinic",
              Optional.empty(), f, currency, rules);
        }
      }
    }
  }

  private static void plans(CsvWriter csv, String method, String clinic, String protocol,
      String at, Optional<Money> price, ProtocolFit f, String currency,
      Optional<ContractRules> rules) throws IOException {
    plan(csv, method, clinic, protocol, at, price, "minimum", f.minimum(), currency, rules);
    if (f.longest().isPresent()) {
      plan(csv, method, clinic, protocol, at, price, "longest", f.longest().get(), currency,
          rules);
    }
  }

  private static void plan(CsvWriter csv, String method, String clinic, String protocol, String at,
      Optional<Money> price, String which, Tried t, String currency,
      Optional<ContractRules> rules) throws IOException {
    csv.text("plan").text(method).text(clinic).text(protocol).text(at);
    if (price.isPresent()) {
      csv.number(price.get().minor());
    } else {
      csv.empty();
    }
    csv.text(which).number(t.counts().intensive()).number(t.counts().maintenance())
        .number(t.counts().sessions()).text(currency).number(t.priced().total().minor())
        .bool(t.priced().floor()).bool(t.fits()).number(t.left().minor());
    Optional<Tried.Due> late = t.late();
    if (late.isPresent()) {
      csv.number(late.get().session()).number(late.get().month())
          .number(late.get().coveredFrom());
    } else {
      blanks(csv, 3);
    }
    blanks(csv, 5);
    // issue 23: this plan stopped after its 3rd session, where the Act applies
    Optional<StopRisk> risk = rules.flatMap(x -> BudgetRisk.ofPlan(t, x));
    if (risk.isPresent()) {
      csv.text(risk.get().applies().map(String::valueOf).orElse("unknown"))
          .number(risk.get().low().minor()).number(risk.get().high().minor());
    } else {
      blanks(csv, 3);
    }
    csv.endRow();
  }

  private static void buys(CsvWriter csv, MarketBudget.Buys n) throws IOException {
    for (long x : new long[] {n.low(), n.typical(), n.high()}) {
      if (x == Long.MAX_VALUE) {
        csv.empty();
      } else {
        csv.number(x);
      }
    }
    blanks(csv, 3); // the act_* columns: no course contract on the market tables
    csv.endRow();
  }

  private static void blanks(CsvWriter csv, int n) throws IOException {
    for (int i = 0; i < n; i++) {
      csv.empty();
    }
  }
}
