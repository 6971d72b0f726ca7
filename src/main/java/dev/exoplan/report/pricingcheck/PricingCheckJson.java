package dev.exoplan.report.pricingcheck;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.quote.MarketSurvey;
import dev.exoplan.report.json.JsonFields;
import dev.exoplan.report.quote.MarketJson;
import java.io.IOException;

/** {@code pricing check --format json}: {@code exoplan.pricing-check/1}, the surveys serialised. */
public final class PricingCheckJson {
  private PricingCheckJson() {}

  public static void write(JsonGenerator g, PricingCheckReport r) throws IOException {
    g.writeStartObject();
    g.writeStringField("schema", "exoplan.pricing-check/1");
    g.writeStringField("file", r.file());
    g.writeStringField("clinic", r.clinic().id());
    g.writeStringField("currency", r.clinic().currency().getCurrencyCode());
    g.writeBooleanField("taxIncluded", r.clinic().taxIncluded());
    g.writeArrayFieldStart("surveys");
    for (MarketSurvey s : r.surveys()) {
      MarketJson.survey(g, s);
    }
    g.writeEndArray();
    JsonFields.sources(g, r.sources());
    g.writeEndObject();
  }
}
