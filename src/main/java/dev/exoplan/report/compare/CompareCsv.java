package dev.exoplan.report.compare;

import dev.exoplan.domain.compare.Comparison;
import dev.exoplan.report.csv.CsvFields;
import dev.exoplan.report.csv.CsvWriter;
import java.io.IOException;

/** The comparison as CSV: a row per treatment. */
final class CompareCsv {
  static final String[] COLUMNS = {
    "id", "kind", "name_ja", "name_en", "source", "currency", "tax_included", "per_session_low",
    "per_session_typical", "per_session_high", "duration_low", "duration_high", "duration_unit",
    "months", "sessions_low", "sessions_high", "low", "typical", "high", "typical_basis",
    "downtime_ja", "downtime_en", "effect_ja", "effect_en"
  };

  private CompareCsv() {}

  static void write(CsvWriter csv, Comparison c) throws IOException {
    csv.header(COLUMNS);
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
        CsvFields.range(csv, row.cost().get());
      } else {
        csv.empty().empty().empty().empty();
      }
      csv.text(row.downtime().ja()).text(row.downtime().en()).text(row.effect().ja())
          .text(row.effect().en()).endRow();
    }
  }
}
