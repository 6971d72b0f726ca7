package dev.exoplan.report.plan;

import static dev.exoplan.report.json.JsonFields.counts;
import static dev.exoplan.report.json.JsonFields.date;
import static dev.exoplan.report.json.JsonFields.interval;
import static dev.exoplan.report.json.JsonFields.range;
import static dev.exoplan.report.json.JsonFields.rangeFields;
import static dev.exoplan.report.json.JsonFields.schedule;
import static dev.exoplan.report.json.JsonFields.sources;
import static dev.exoplan.report.json.JsonFields.stringOrNull;
import static dev.exoplan.report.json.JsonFields.text;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.catalog.Protocol;
import dev.exoplan.domain.plan.Phase;
import dev.exoplan.domain.plan.Plan;
import java.io.IOException;

/** The plan as JSON ({@code exoplan.plan/1}). */
final class PlanJson {
  private PlanJson() {}

  /** The plan object. */
  static void write(JsonGenerator g, PlanReport r) throws IOException {
    g.writeStartObject();
    fields(g, r.plan());
    sources(g, r.sources());
    g.writeEndObject();
  }

  /** Every field of the plan object but {@code references}, which batch results write their own way. */
  private static void fields(JsonGenerator g, Plan p) throws IOException {
    g.writeStringField("schema", "exoplan.plan/1");
    g.writeStringField("method", p.method().id());
    g.writeStringField("currency", p.total().currency().getCurrencyCode());
    g.writeBooleanField("taxIncluded", p.price().taxIncluded());
    g.writeFieldName("total");
    range(g, p.total());
    g.writeFieldName("sessions");
    counts(g, p.sessions());
    g.writeFieldName("protocol");
    if (p.protocol().isPresent()) {
      Protocol pr = p.protocol().get();
      g.writeStartObject();
      g.writeStringField("id", pr.id());
      g.writeStringField("source", pr.sourceId());
      text(g, "name", pr.name());
      g.writeEndObject();
    } else {
      g.writeNull();
    }
    g.writeObjectFieldStart("price");
    rangeFields(g, p.price().perSession());
    g.writeStringField("origin", p.price().origin().id());
    g.writeArrayFieldStart("sources");
    for (String s : p.price().sourceIds()) {
      g.writeString(s);
    }
    g.writeEndArray();
    stringOrNull(g, "clinic",
        p.price().clinic().isPresent() ? p.price().clinic().get().id() : null);
    g.writeEndObject();
    g.writeArrayFieldStart("phases");
    for (Phase ph : p.phases()) {
      g.writeStartObject();
      g.writeStringField("kind", ph.kind().id());
      g.writeFieldName("sessions");
      counts(g, ph.sessions());
      g.writeStringField("sessionsBasis", ph.sessionsBasis().id());
      g.writeFieldName("every");
      interval(g, ph.every());
      g.writeFieldName("windowMonths");
      if (ph.windowMonths().isPresent()) {
        g.writeNumber(ph.windowMonths().get());
      } else {
        g.writeNull();
      }
      g.writeFieldName("unitPrice");
      range(g, ph.unitPrice());
      g.writeFieldName("cost");
      range(g, ph.cost());
      g.writeEndObject();
    }
    g.writeEndArray();
    date(g, "start", p.start());
    schedule(g, p.schedule());
  }
}
