package dev.exoplan.report.quote;

import static dev.exoplan.report.json.JsonFields.cites;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.quote.MarketCheck;
import dev.exoplan.domain.quote.MarketSurvey;
import java.io.IOException;
import java.util.Optional;

/**
 * A market survey as JSON, the same in a quote ({@code marketSurvey}) and in {@code pricing check}:
 * the published range with its sources, and every price with its finding ({@code null} within).
 */
public final class MarketJson {
  private MarketJson() {}

  static void survey(JsonGenerator g, String field, Optional<MarketSurvey> s) throws IOException {
    g.writeFieldName(field);
    if (s.isEmpty()) {
      g.writeNull();
    } else {
      survey(g, s.get());
    }
  }

  public static void survey(JsonGenerator g, MarketSurvey s) throws IOException {
    MarketCheck.Bounds b = s.bounds();
    g.writeStartObject();
    g.writeStringField("method", s.method().id());
    g.writeObjectFieldStart("low");
    g.writeNumberField("amount", b.low().minor());
    g.writeStringField("source", b.lowest().sourceId());
    cites(g, b.lowest().cites());
    g.writeEndObject();
    g.writeObjectFieldStart("high");
    g.writeNumberField("amount", b.high().minor());
    g.writeStringField("source", b.highest().sourceId());
    cites(g, b.highest().cites());
    g.writeEndObject();
    g.writeNumberField("belowTolerancePercent", MarketCheck.BELOW_TOLERANCE_PERCENT);
    g.writeArrayFieldStart("prices");
    for (MarketSurvey.Entry e : s.entries()) {
      g.writeStartObject();
      g.writeStringField("item", e.itemId());
      g.writeFieldName("amount");
      if (e.amount().isPresent()) {
        g.writeNumber(e.amount().get());
      } else {
        g.writeNull();
      }
      g.writeStringField("kind", e.kind().id());
      g.writeFieldName("course");
      if (e.course().isPresent()) {
        g.writeString(e.course().get().id());
      } else {
        g.writeNull();
      }
      g.writeBooleanField("member", e.member());
      g.writeNumberField("listed", e.listed().minor());
      g.writeNumberField("withTax", e.taxed().minor());
      g.writeFieldName("finding");
      if (e.finding().isPresent()) {
        QuoteJson.check(g, e.finding().get());
      } else {
        g.writeNull();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("notChecked");
    for (String id : s.notChecked()) {
      g.writeString(id);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
