package dev.exoplan.report.compare;

import static dev.exoplan.report.json.JsonFields.cites;
import static dev.exoplan.report.json.JsonFields.interval;
import static dev.exoplan.report.json.JsonFields.notes;
import static dev.exoplan.report.json.JsonFields.optionalCounts;
import static dev.exoplan.report.json.JsonFields.optionalRange;
import static dev.exoplan.report.json.JsonFields.range;
import static dev.exoplan.report.json.JsonFields.sources;
import static dev.exoplan.report.json.JsonFields.stringOrNull;
import static dev.exoplan.report.json.JsonFields.text;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.compare.Comparison;
import dev.exoplan.domain.value.MoneyRange;
import java.io.IOException;

/** The comparison as JSON ({@code exoplan.compare/1}). */
final class CompareJson {
  private CompareJson() {}

  static void write(JsonGenerator g, CompareReport r) throws IOException {
    Comparison c = r.comparison();
    g.writeStartObject();
    g.writeStringField("schema", "exoplan.compare/1");
    g.writeNumberField("months", c.months());
    g.writeStringField("currency", r.currency().getCurrencyCode());
    g.writeBooleanField("taxIncluded", c.taxIncluded());
    stringOrNull(g, "method", c.method().isPresent() ? c.method().get().id() : null);
    stringOrNull(g, "protocol", c.protocol().isPresent() ? c.protocol().get().id() : null);
    g.writeArrayFieldStart("rows");
    for (Comparison.Row row : c.rows()) {
      g.writeStartObject();
      g.writeStringField("id", row.id());
      g.writeStringField("kind", row.kind().id());
      text(g, "name", row.name());
      g.writeStringField("source", row.sourceId());
      g.writeFieldName("perSession");
      range(g, row.perSession());
      g.writeFieldName("duration");
      interval(g, row.duration());
      if (row.durationNote().isPresent()) {
        text(g, "durationNote", row.durationNote().get());
      } else {
        g.writeNullField("durationNote");
      }
      optionalCounts(g, "sessions", row.sessions());
      optionalRange(g, "cost", row.cost());
      g.writeArrayFieldStart("cumulative");
      for (int k = 0; k < row.cumulative().size(); k++) {
        MoneyRange m = row.cumulative().get(k);
        g.writeStartObject();
        g.writeNumberField("month", k + 1);
        g.writeNumberField("low", m.low().minor());
        g.writeNumberField("typical", m.typical().minor());
        g.writeNumberField("high", m.high().minor());
        g.writeEndObject();
      }
      g.writeEndArray();
      text(g, "downtime", row.downtime());
      text(g, "effect", row.effect());
      cites(g, row.cites());
      g.writeEndObject();
    }
    g.writeEndArray();
    notes(g, r.notes());
    sources(g, r.sources());
    g.writeEndObject();
  }
}
