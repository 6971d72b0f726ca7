package dev.exoplan.report.tables;

import static dev.exoplan.report.json.JsonFields.cites;
import static dev.exoplan.report.json.JsonFields.clinicPrice;
import static dev.exoplan.report.json.JsonFields.interval;
import static dev.exoplan.report.json.JsonFields.optionalCounts;
import static dev.exoplan.report.json.JsonFields.range;
import static dev.exoplan.report.json.JsonFields.sources;
import static dev.exoplan.report.json.JsonFields.text;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.catalog.MarketPrice;
import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.domain.catalog.Protocol;
import dev.exoplan.domain.catalog.ProtocolPhase;
import dev.exoplan.domain.catalog.Treatment;
import dev.exoplan.domain.clinic.Clinic;
import java.io.IOException;

/** Everything loaded as JSON ({@code exoplan.pricing/1}). */
final class TablesJson {
  private TablesJson() {}

  static void write(JsonGenerator g, TablesReport r) throws IOException {
    var c = r.catalog();
    g.writeStartObject();
    g.writeStringField("schema", "exoplan.pricing/1");
    g.writeArrayFieldStart("tables");
    for (PriceTable t : c.tables()) {
      g.writeStartObject();
      g.writeStringField("file", t.origin());
      g.writeStringField("kind", t.kind().id());
      g.writeStringField("id", t.id());
      g.writeNumberField("version", t.version());
      text(g, "name", t.name());
      g.writeStringField("currency", t.currency().getCurrencyCode());
      g.writeBooleanField("taxIncluded", t.taxIncluded());
      g.writeEndObject();
    }
    g.writeEndArray();
    sources(g, c.sources());
    g.writeArrayFieldStart("prices");
    for (MarketPrice p : c.prices()) {
      g.writeStartObject();
      g.writeStringField("method", p.method().id());
      g.writeStringField("source", p.sourceId());
      g.writeFieldName("price");
      range(g, p.range().resolve());
      g.writeStringField("currency", p.range().currency().getCurrencyCode());
      g.writeBooleanField("taxIncluded", p.taxIncluded());
      cites(g, p.cites());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("protocols");
    for (Protocol p : c.protocols()) {
      g.writeStartObject();
      g.writeStringField("id", p.id());
      g.writeStringField("source", p.sourceId());
      text(g, "name", p.name());
      g.writeArrayFieldStart("methods");
      for (var m : p.methods()) {
        g.writeString(m.id());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("phases");
      for (ProtocolPhase ph : p.phases()) {
        g.writeStartObject();
        g.writeStringField("kind", ph.kind().id());
        optionalCounts(g, "sessions", ph.sessions());
        g.writeFieldName("every");
        interval(g, ph.every());
        g.writeEndObject();
      }
      g.writeEndArray();
      cites(g, p.cites());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("treatments");
    for (Treatment t : c.treatments()) {
      g.writeStartObject();
      g.writeStringField("id", t.id());
      text(g, "name", t.name());
      g.writeStringField("source", t.sourceId());
      g.writeFieldName("price");
      range(g, t.price().resolve());
      g.writeFieldName("duration");
      interval(g, t.duration());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("clinics");
    for (Clinic cl : c.clinics()) {
      g.writeStartObject();
      g.writeStringField("id", cl.id());
      text(g, "name", cl.name());
      g.writeBooleanField("example", cl.example());
      g.writeStringField("currency", cl.currency().getCurrencyCode());
      g.writeBooleanField("taxIncluded", cl.taxIncluded());
      g.writeObjectFieldStart("prices");
      for (var m : dev.exoplan.domain.value.Method.values()) {
        if (cl.priceOf(m).isPresent()) {
          g.writeObjectFieldStart(m.id());
          clinicPrice(g, cl.priceOf(m).get());
          g.writeEndObject();
        }
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
