package dev.exoplan.report.plan;

import dev.exoplan.domain.plan.FurtherYear;
import dev.exoplan.domain.plan.Phase;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.plan.ScheduledSession;
import dev.exoplan.report.csv.CsvFields;
import dev.exoplan.report.csv.CsvWriter;
import java.io.IOException;

/** The plan as CSV: a row per phase, the total, each further year, a row per scheduled session. */
final class PlanCsv {
  static final String[] COLUMNS = {
    "row", "method", "phase", "sessions_low", "sessions_high", "every_low", "every_high",
    "every_unit", "window_months", "currency", "tax_included", "unit_low", "unit_typical",
    "unit_high", "low", "typical", "high", "typical_basis", "session", "earliest", "latest",
    "optional"
  };

  private PlanCsv() {}

  static void write(CsvWriter csv, Plan p,
      java.util.Optional<dev.exoplan.domain.instalment.Payments> payments) throws IOException {
    csv.header(COLUMNS);
    String currency = p.total().currency().getCurrencyCode();
    for (Phase ph : p.phases()) {
      csv.text("phase").text(p.method().id()).text(ph.kind().id())
          .number(ph.sessions().low()).number(ph.sessions().high());
      if (ph.every().isPresent()) {
        csv.number(ph.every().get().low()).number(ph.every().get().high())
            .text(ph.every().get().unit().id());
      } else {
        csv.empty().empty().empty();
      }
      if (ph.windowMonths().isPresent()) {
        csv.number(ph.windowMonths().get());
      } else {
        csv.empty();
      }
      csv.text(currency).bool(p.price().taxIncluded());
      csv.number(ph.unitPrice().low().minor()).number(ph.unitPrice().typical().minor())
          .number(ph.unitPrice().high().minor());
      CsvFields.range(csv, ph.cost());
      csv.empty().empty().empty().empty().endRow();
    }
    csv.text("total").text(p.method().id()).empty()
        .number(p.sessions().low()).number(p.sessions().high())
        .empty().empty().empty().empty().text(currency).bool(p.price().taxIncluded())
        .empty().empty().empty();
    CsvFields.range(csv, p.total());
    csv.empty().empty().empty().empty().endRow();
    if (payments.isPresent()) {
      PlanInstalmentsCsv.write(csv, p, payments.get());
    }
    // issue 18, finding 12: each further year of maintenance, at the plan's price per session
    FurtherYear y = FurtherYear.of(p);
    csv.text("further_year").text(p.method().id()).text("maintenance")
        .number(y.sessions().low()).number(y.sessions().high())
        .number(y.every().low()).number(y.every().high()).text(y.every().unit().id()).empty()
        .text(currency).bool(p.price().taxIncluded());
    csv.number(p.price().perSession().low().minor()).number(p.price().perSession().typical().minor())
        .number(p.price().perSession().high().minor());
    CsvFields.range(csv, y.cost());
    csv.empty().empty().empty().empty().endRow();
    for (ScheduledSession s : p.schedule()) {
      csv.text("session").text(p.method().id()).text(s.phase().id());
      for (int i = 0; i < 6; i++) {
        csv.empty();
      }
      csv.text(currency).bool(p.price().taxIncluded());
      for (int i = 0; i < 7; i++) {
        csv.empty();
      }
      csv.number(s.number());
      CsvFields.date(csv, s.earliest());
      CsvFields.date(csv, s.latest());
      csv.bool(s.optional()).endRow();
    }
  }
}
