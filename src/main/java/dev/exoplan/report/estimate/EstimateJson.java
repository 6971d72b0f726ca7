package dev.exoplan.report.estimate;

import static dev.exoplan.report.json.JsonFields.cites;
import static dev.exoplan.report.json.JsonFields.clinicPrice;
import static dev.exoplan.report.json.JsonFields.date;
import static dev.exoplan.report.json.JsonFields.notes;
import static dev.exoplan.report.json.JsonFields.optionalRange;
import static dev.exoplan.report.json.JsonFields.range;
import static dev.exoplan.report.json.JsonFields.sources;
import static dev.exoplan.report.json.JsonFields.stringOrNull;
import static dev.exoplan.report.json.JsonFields.text;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.estimate.Estimate;
import java.io.IOException;

/** The estimate as JSON ({@code exoplan.estimate/1}). */
final class EstimateJson {
  private EstimateJson() {}

  static void write(JsonGenerator g, EstimateReport r) throws IOException {
    Estimate e = r.estimate();
    g.writeStartObject();
    g.writeStringField("schema", "exoplan.estimate/1");
    g.writeStringField("method", e.method().id());
    g.writeStringField("currency", r.currency().getCurrencyCode());
    g.writeBooleanField("taxIncluded", e.taxIncluded());
    g.writeArrayFieldStart("sources");
    for (Estimate.SourceRow row : e.rows()) {
      g.writeStartObject();
      g.writeStringField("source", row.source().id());
      date(g, "date", row.source().date());
      g.writeStringField("file", row.source().file());
      g.writeFieldName("price");
      range(g, row.range());
      g.writeBooleanField("taxIncluded", row.price().taxIncluded());
      cites(g, row.price().cites());
      g.writeEndObject();
    }
    g.writeEndArray();
    optionalRange(g, "overall", e.overall());
    stringOrNull(g, "overallMissing",
        e.noOverall().isPresent() ? Names.noOverall(e.noOverall().get()) : null);
    g.writeArrayFieldStart("clinics");
    for (Estimate.ClinicRow c : e.clinics()) {
      g.writeStartObject();
      g.writeStringField("clinic", c.clinic().id());
      text(g, "name", c.clinic().name());
      g.writeBooleanField("example", c.clinic().example());
      clinicPrice(g, c.price());
      g.writeStringField("currency", c.clinic().currency().getCurrencyCode());
      g.writeBooleanField("taxIncluded", c.clinic().taxIncluded());
      g.writeEndObject();
    }
    g.writeEndArray();
    notes(g, e.notes());
    sources(g, r.sources());
    g.writeEndObject();
  }
}
