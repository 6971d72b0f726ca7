package dev.exoplan.report.quote;

import static dev.exoplan.report.json.JsonFields.cites;
import static dev.exoplan.report.json.JsonFields.optionalString;
import static dev.exoplan.report.json.JsonFields.stringOrNull;
import static dev.exoplan.report.json.JsonFields.text;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.catalog.Contraindication;
import dev.exoplan.domain.catalog.Disclosure;
import dev.exoplan.domain.text.Lang;
import dev.exoplan.domain.quote.MarketCheck;
import dev.exoplan.domain.quote.Quote;
import dev.exoplan.domain.quote.QuoteLine;
import dev.exoplan.domain.quote.QuoteScenario;
import dev.exoplan.report.json.JsonFields;
import dev.exoplan.report.Words;
import java.io.IOException;
import java.util.Locale;

/**
 * The quote as JSON ({@code exoplan.quote/1}, docs/schemas/quote.schema.json): the quote serialised,
 * amounts in minor units, dates ISO 8601, descriptions in both languages. Fields are only ever
 * added: issue 9's item, coverage and purchase ({@link QuotePurchaseJson}); issue 11's copy, the
 * clinic's registration number and the market survey of every price used.
 */
public final class QuoteJson {
  private QuoteJson() {}

  public static void write(JsonGenerator g, QuoteReport r) throws IOException {
    Quote q = r.quote();
    QuoteWords ja = new QuoteWords(new Words(Lang.JA, false));
    QuoteWords en = new QuoteWords(new Words(Lang.EN, false));
    g.writeStartObject();
    g.writeStringField("schema", "exoplan.quote/1");
    g.writeStringField("number", q.number());
    g.writeStringField("issued", q.issued().toString());
    g.writeStringField("validUntil", q.validUntil().toString());
    g.writeStringField("currency", q.clinic().currency().getCurrencyCode());
    g.writeBooleanField("taxIncluded", q.clinic().taxIncluded());
    g.writeNumberField("taxRatePercent", q.clinic().taxRatePercent());
    g.writeStringField("rounding",
        q.clinic().rounding().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    g.writeObjectFieldStart("clinic");
    g.writeStringField("id", q.clinic().id());
    text(g, "name", q.clinic().name());
    g.writeStringField("address", q.clinic().address());
    g.writeStringField("phone", q.clinic().phone());
    g.writeBooleanField("example", q.clinic().example());
    optionalString(g, "registrationNumber", q.clinic().registration());
    g.writeEndObject();
    g.writeStringField("patient", q.patient());
    optionalString(g, "counselor", q.counselor());
    g.writeStringField("method", q.method().id());
    QuotePurchaseJson.itemFields(g, q);
    stringOrNull(g, "protocol",
        q.plan().protocol().isPresent() ? q.plan().protocol().get().id() : null);
    g.writeFieldName("cc");
    if (q.cc().isPresent()) {
      g.writeStartObject();
      g.writeNumberField("low", q.cc().get().low());
      g.writeNumberField("high", q.cc().get().high());
      g.writeEndObject();
    } else {
      g.writeNull();
    }
    scenario(g, q, q.full(), ja, en);
    g.writeFieldName("minimum");
    if (q.minimum().isPresent()) {
      g.writeStartObject();
      scenario(g, q, q.minimum().get(), ja, en);
      g.writeEndObject();
    } else {
      g.writeNull();
    }
    JsonFields.schedule(g, q.plan().schedule());
    // issue 18, finding 12: each further year of maintenance at the clinic's price of one session
    g.writeFieldName("furtherYear");
    dev.exoplan.report.plan.PlanFields.furtherYear(dev.exoplan.report.plan.PlanFields.into(g),
        dev.exoplan.domain.quote.QuoteFurtherYear.of(q));
    g.writeBooleanField("furtherYearFrom", dev.exoplan.domain.quote.QuoteFurtherYear.from(q));
    g.writeArrayFieldStart("marketChecks");
    for (MarketCheck c : q.checks()) {
      check(g, c);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("flagged");
    for (Contraindication c : q.flagged()) {
      g.writeString(c.id());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("checklist");
    for (Contraindication c : q.checklist()) {
      g.writeStartObject();
      g.writeStringField("id", c.id());
      g.writeStringField("level", c.level().id());
      text(g, "text", c.text());
      g.writeBooleanField("declared", q.flagged().contains(c));
      cites(g, c.cites());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("disclosures");
    for (Disclosure x : q.disclosures()) {
      g.writeStartObject();
      g.writeStringField("id", x.id());
      text(g, "text", x.text());
      cites(g, x.cites());
      g.writeEndObject();
    }
    g.writeEndArray();
    JsonFields.sources(g, r.sources());
    g.writeStringField("copy", r.copy().id());
    MarketJson.survey(g, "marketSurvey", q.survey());
    CancellationJson.write(g, r); // issue 23
    QuotePayments.json(g, r); // issue 20
    g.writeEndObject();
  }

  /** One market finding: level, what was checked, the compared price and the bound it crosses. */
  static void check(JsonGenerator g, MarketCheck c) throws IOException {
    g.writeStartObject();
    g.writeStringField("level", c.level().id());
    g.writeStringField("item", c.item().id());
    stringOrNull(g, "course", c.course().isPresent() ? c.course().get().id() : null);
    g.writeNumberField("unit", c.unit().minor());
    g.writeNumberField("bound", c.bound().minor());
    g.writeStringField("boundSource", c.boundSource());
    cites(g, c.cites());
    g.writeEndObject();
  }

  /** sessions, lines[], subtotal, discounts, tax, total, saving: the lines add up to the total. */
  private static void scenario(JsonGenerator g, Quote q, QuoteScenario s, QuoteWords ja,
      QuoteWords en) throws IOException {
    g.writeNumberField("sessions", s.sessions());
    g.writeArrayFieldStart("lines");
    for (QuoteLine l : s.lines()) {
      g.writeStartObject();
      g.writeStringField("kind", l.kind().id());
      stringOrNull(g, "phase", l.phase().isPresent() ? l.phase().get().id() : null);
      g.writeFieldName("item");
      if (l.course().isPresent()) {
        g.writeString(l.course().get().id());
      } else if (l.discount().isPresent()) {
        g.writeString(l.discount().get().id());
      } else if (l.kind() == QuoteLine.Kind.FEE || l.kind() == QuoteLine.Kind.SURCHARGE) {
        g.writeString(l.item().orElseThrow());
      } else {
        g.writeNull();
      }
      g.writeObjectFieldStart("description");
      g.writeStringField("ja", ja.describe(q, l));
      g.writeStringField("en", en.describe(q, l));
      g.writeEndObject();
      g.writeNumberField("unit", l.unit().minor());
      g.writeNumberField("quantity", l.quantity());
      g.writeNumberField("amount", l.amount().minor());
      QuotePurchaseJson.lineExtras(g, l);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("subtotal", s.subtotal().minor());
    g.writeNumberField("discounts", s.discounts().minor());
    g.writeNumberField("tax", s.tax().minor());
    g.writeNumberField("total", s.total().minor());
    g.writeNumberField("saving", s.saving().minor());
    QuotePurchaseJson.scenarioExtras(g, s);
    onRequest(g, s);
  }

  /**
   * Issue 19: what the surcharges add, and the fees on request with the flag that every figure of
   * the plan excludes them; written only when the plan has them (fields are only ever added).
   */
  private static void onRequest(JsonGenerator g, QuoteScenario s) throws IOException {
    if (!s.surcharges().isZero()) {
      g.writeNumberField("surcharges", s.surcharges().minor());
    }
    if (!s.excludesOnRequest()) {
      return;
    }
    g.writeBooleanField("excludesOnRequest", true);
    g.writeArrayFieldStart("onRequest");
    for (dev.exoplan.domain.menu.Fee f : s.onRequest()) {
      g.writeStartObject();
      g.writeStringField("id", f.id());
      text(g, "name", f.name());
      g.writeBooleanField("perVisit", f.perVisit());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
