package dev.exoplan.report.quote;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.contract.Applicability;
import dev.exoplan.domain.contract.ContractRules;
import dev.exoplan.domain.contract.Stop;
import dev.exoplan.domain.quote.QuoteCancellation;
import dev.exoplan.domain.quote.QuoteCancellation.CourseTerms;
import dev.exoplan.domain.quote.QuoteCancellation.PlanStops;
import dev.exoplan.domain.text.Lang;
import dev.exoplan.report.Words;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The quote's {@code courseContract} object (issue 23; docs/schemas/quote.schema.json): whether the
 * Act applies (true, false or null when unknown), the designation and how it was decided, the
 * rule's figures, the cooling-off period's last day, and per plan each course's test and each stop.
 */
final class CancellationJson {
  private CancellationJson() {}

  static void write(JsonGenerator g, QuoteReport r) throws IOException {
    if (r.cancellation().isEmpty()) {
      return;
    }
    QuoteCancellation c = r.cancellation().get();
    ContractRules rules = c.rules();
    g.writeObjectFieldStart("courseContract");
    bool(g, "applies", CancellationSheets.verdict(c));
    g.writeObjectFieldStart("designatedService");
    bool(g, "value", c.designation().yes());
    g.writeStringField("basis",
        c.designation().ground().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    g.writeEndObject();
    g.writeObjectFieldStart("rules");
    g.writeNumberField("amountOver", rules.amountOver().minor());
    g.writeNumberField("periodOverMonths", rules.periodOverMonths());
    g.writeNumberField("coolingOffDays", rules.coolingOffDays());
    g.writeNumberField("capBeforeStart", rules.capBeforeStart().minor());
    g.writeNumberField("capAfterStart", rules.capAfterStart().minor());
    g.writeNumberField("capPercent", rules.capPercent());
    g.writeStringField("rounding", "down");
    g.writeEndObject();
    g.writeStringField("coolingOffLastDay", c.coolingOffLastDay().toString());
    g.writeFieldName("minimum");
    if (c.minimum().isPresent()) {
      plan(g, c.minimum().get());
    } else {
      g.writeNull();
    }
    g.writeFieldName("full");
    plan(g, c.full());
    g.writeObjectFieldStart("advice");
    g.writeStringField("ja", new Words(Lang.JA, false).get("quote.cancel.advice"));
    g.writeStringField("en", new Words(Lang.EN, false).get("quote.cancel.advice"));
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void plan(JsonGenerator g, PlanStops p) throws IOException {
    g.writeStartObject();
    g.writeNumberField("sessions", p.sessions());
    bool(g, "applies", p.verdict());
    g.writeArrayFieldStart("courses");
    for (CourseTerms t : p.courses()) {
      Applicability a = t.applicability();
      g.writeStartObject();
      g.writeStringField("id", t.id());
      g.writeNumberField("price", t.price().minor());
      g.writeNumberField("sessions", t.sessions());
      g.writeNumberField("paidAt", t.paidAt());
      g.writeBooleanField("amountOver", a.amountOver());
      g.writeBooleanField("periodOver", a.periodOver());
      g.writeStringField("periodFrom", a.periodFromValidity() ? "validity" : "plan");
      bool(g, "applies", a.verdict());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("stops");
    for (Stop s : p.stops()) {
      g.writeStartObject();
      g.writeNumberField("after", s.after());
      g.writeNumberField("paid", s.paid().minor());
      g.writeNumberField("maxFee", s.fee().minor());
      g.writeNumberField("minRefund", s.refund().minor());
      g.writeNumberField("maxCost", s.cost().minor());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void bool(JsonGenerator g, String name, Optional<Boolean> v) throws IOException {
    if (v.isPresent()) {
      g.writeBooleanField(name, v.get());
    } else {
      g.writeNullField(name);
    }
  }
}
