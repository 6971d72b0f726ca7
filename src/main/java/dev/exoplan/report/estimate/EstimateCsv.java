package dev.exoplan.report.estimate;

import dev.exoplan.domain.estimate.Estimate;
import dev.exoplan.domain.value.MoneyRange;
import dev.exoplan.report.csv.CsvFields;
import dev.exoplan.report.csv.CsvWriter;
import java.io.IOException;

/** The estimate as CSV: a row per source, the overall row, a row per clinic priced per session. */
final class EstimateCsv {
  static final String[] COLUMNS = {
    "row", "method", "id", "date", "currency", "tax_included", "low", "typical", "high",
    "typical_basis", "file", "line"
  };

  private EstimateCsv() {}

  static void write(CsvWriter csv, Estimate e) throws IOException {
    csv.header(COLUMNS);
    for (Estimate.SourceRow row : e.rows()) {
      csv.text("source").text(e.method().id()).text(row.source().id());
      CsvFields.date(csv, row.source().date());
      csv.text(row.range().currency().getCurrencyCode()).bool(row.price().taxIncluded());
      CsvFields.range(csv, row.range());
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
      CsvFields.range(csv, m);
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
}
