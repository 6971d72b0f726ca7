package dev.exoplan.report;

import dev.exoplan.domain.compare.Comparison;
import dev.exoplan.domain.estimate.Estimate;
import dev.exoplan.domain.value.MoneyRange;
import dev.exoplan.domain.plan.Phase;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.plan.ScheduledSession;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Optional;

/**
 * CSV for spreadsheets and scripts: a header row of stable snake_case column names (documented in
 * {@code docs/csv.md}, the same in every language), amounts as integers in minor units, an empty
 * cell for an unknown.
 */
public final class CsvRenderer {
  private final boolean bom;

  public CsvRenderer(boolean bom) {
    this.bom = bom;
  }

  public void render(Report report, Writer out) throws IOException {
    CsvWriter csv = new CsvWriter(out, bom);
    if (report instanceof EstimateReport r) {
      estimate(csv, r.estimate());
    } else if (report instanceof PlanReport r) {
      plan(csv, r.plan());
    } else if (report instanceof CompareReport r) {
      compare(csv, r.comparison());
    } else if (report instanceof ClinicsReport r) {
      dev.exoplan.report.clinics.ClinicsCsv.write(csv, r);
    } else {
      throw new IllegalArgumentException("no CSV for " + report.command());
    }
  }

  static final String[] ESTIMATE_COLUMNS = {
    "row", "method", "id", "date", "currency", "tax_included", "low", "typical", "high",
    "typical_basis", "file", "line"
  };

  private void estimate(CsvWriter csv, Estimate e) throws IOException {
    csv.header(ESTIMATE_COLUMNS);
    for (Estimate.SourceRow row : e.rows()) {
      csv.text("source").text(e.method().id()).text(row.source().id());
      date(csv, row.source().date());
      csv.text(row.range().currency().getCurrencyCode()).bool(row.price().taxIncluded());
      range(csv, row.range());
      csv.text(row.source().file());
      if (row.price().cites().isEmpty()) {
        csv.empty();
      } else {
        csv.number(row.price().cites().get(0).line());
      }
      csv.endRow();
    }
    if (e.overall().isPresent()) {
      MoneyRange m = e.overall().get();
      csv.text("overall").text(e.method().id()).text("all").empty()
          .text(m.currency().getCurrencyCode()).bool(e.taxIncluded());
      range(csv, m);
      csv.empty().empty().endRow();
    }
    for (Estimate.ClinicRow c : e.clinics()) {
      if (c.price().perSession().isEmpty()) {
        continue; // priced per cc: no per-session figure to put in these columns
      }
      long p = c.price().perSession().get().minor();
      csv.text("clinic").text(e.method().id()).text(c.clinic().id()).empty()
          .text(c.clinic().currency().getCurrencyCode()).bool(c.clinic().taxIncluded())
          .number(p).number(p).number(p).text("fixed").empty().empty().endRow();
    }
  }

  static final String[] PLAN_COLUMNS = {
    "row", "method", "phase", "sessions_low", "sessions_high", "every_low", "every_high",
    "every_unit", "window_months", "currency", "tax_included", "unit_low", "unit_typical",
    "unit_high", "low", "typical", "high", "typical_basis", "session", "earliest", "latest",
    "optional"
  };

  private void plan(CsvWriter csv, Plan p) throws IOException {
    csv.header(PLAN_COLUMNS);
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
      range(csv, ph.cost());
      csv.empty().empty().empty().empty().endRow();
    }
    csv.text("total").text(p.method().id()).empty()
        .number(p.sessions().low()).number(p.sessions().high())
        .empty().empty().empty().empty().text(currency).bool(p.price().taxIncluded())
        .empty().empty().empty();
    range(csv, p.total());
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
      date(csv, s.earliest());
      date(csv, s.latest());
      csv.bool(s.optional()).endRow();
    }
  }

  static final String[] COMPARE_COLUMNS = {
    "id", "kind", "name_ja", "name_en", "source", "currency", "tax_included", "per_session_low",
    "per_session_typical", "per_session_high", "duration_low", "duration_high", "duration_unit",
    "months", "sessions_low", "sessions_high", "low", "typical", "high", "typical_basis",
    "downtime_ja", "downtime_en", "effect_ja", "effect_en"
  };

  private void compare(CsvWriter csv, Comparison c) throws IOException {
    csv.header(COMPARE_COLUMNS);
    for (Comparison.Row row : c.rows()) {
      csv.text(row.id()).text(row.kind().id()).text(row.name().ja()).text(row.name().en())
          .text(row.sourceId()).text(row.perSession().currency().getCurrencyCode())
          .bool(c.taxIncluded())
          .number(row.perSession().low().minor()).number(row.perSession().typical().minor())
          .number(row.perSession().high().minor());
      if (row.duration().isPresent()) {
        csv.number(row.duration().get().low()).number(row.duration().get().high())
            .text(row.duration().get().unit().id());
      } else {
        csv.empty().empty().empty();
      }
      csv.number(c.months());
      if (row.sessions().isPresent()) {
        csv.number(row.sessions().get().low()).number(row.sessions().get().high());
      } else {
        csv.empty().empty();
      }
      if (row.cost().isPresent()) {
        range(csv, row.cost().get());
      } else {
        csv.empty().empty().empty().empty();
      }
      csv.text(row.downtime().ja()).text(row.downtime().en()).text(row.effect().ja())
          .text(row.effect().en()).endRow();
    }
  }

  private static void range(CsvWriter csv, MoneyRange r) throws IOException {
    csv.number(r.low().minor()).number(r.typical().minor()).number(r.high().minor())
        .text(r.basis().id());
  }

  private static void date(CsvWriter csv, Optional<LocalDate> d) throws IOException {
    if (d.isPresent()) {
      csv.text(d.get().toString());
    } else {
      csv.empty();
    }
  }
}
