package dev.exoplan.report.clinics;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.clinics.ClinicComparison;
import dev.exoplan.domain.clinics.ClinicComparison.Row;
import dev.exoplan.domain.text.Lang;
import dev.exoplan.domain.quote.MarketCheck;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.menu.TaxBasis;
import dev.exoplan.report.json.JsonFields;
import dev.exoplan.report.Words;
import java.io.IOException;
import java.util.Optional;

/**
 * The comparison as JSON ({@code exoplan.clinics/1}, docs/schemas/clinics.schema.json): the plan,
 * {@code clinics[]} cheapest first, {@code excluded[]} with the reason, {@code unreadable[]}.
 */
public final class ClinicsJson {
  private static final Words JA = new Words(Lang.JA, false);
  private static final Words EN = new Words(Lang.EN, false);

  private ClinicsJson() {}

  public static void write(JsonGenerator g, ClinicsReport r) throws IOException {
    ClinicComparison c = r.comparison();
    g.writeStartObject();
    g.writeStringField("schema", "exoplan.clinics/1");
    g.writeStringField("method", c.method().id());
    g.writeFieldName("protocol");
    if (c.plan().protocol().isPresent()) {
      g.writeString(c.plan().protocol().get().id());
    } else {
      g.writeNull();
    }
    g.writeStringField("date", c.date().toString());
    g.writeFieldName("item");
    if (c.item().isPresent()) {
      g.writeString(c.item().get());
    } else {
      g.writeNull();
    }
    g.writeFieldName("cc");
    if (c.cc().isPresent()) {
      lowHigh(g, c.cc().get().low(), c.cc().get().high());
    } else {
      g.writeNull();
    }
    g.writeFieldName("dose");
    if (c.dose().isPresent()) {
      lowHigh(g, c.dose().get().low(), c.dose().get().high());
    } else {
      g.writeNull();
    }
    g.writeBooleanField("member", c.member());
    g.writeFieldName("sessions");
    lowHigh(g, c.plan().sessions().low(), c.plan().sessions().high());
    g.writeStringField("currency", c.rows().isEmpty() ? "JPY"
        : c.rows().get(0).clinic().currency().getCurrencyCode());
    g.writeBooleanField("taxIncluded",
        c.rows().stream().noneMatch(x -> x.clinic().taxBasis() == TaxBasis.NOT_STATED));
    g.writeArrayFieldStart("clinics");
    int rank = 1;
    for (Row row : c.rows()) {
      clinic(g, rank++, row, r.rules());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("excluded");
    for (ClinicComparison.Excluded e : c.excluded()) {
      g.writeStartObject();
      g.writeStringField("id", e.id());
      text(g, "name", e.name().ja(), e.name().en());
      g.writeStringField("file", e.file());
      g.writeStringField("reasonKey", e.reason().key());
      text(g, "reason", JA.say(e.reason()), EN.say(e.reason()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("unreadable");
    for (ClinicComparison.Unreadable u : r.unreadable()) {
      g.writeStartObject();
      g.writeStringField("file", u.file());
      g.writeStringField("where", u.where());
      Optional<Message> m = u.message();
      text(g, "reason", m.map(JA::say).orElse(u.text()), m.map(EN::say).orElse(u.text()));
      g.writeEndObject();
    }
    g.writeEndArray();
    JsonFields.sources(g, r.sources());
    if (r.instalments().isPresent()) { // issue 20: only when asked for
      ClinicsPayments.json(g, c.rows(), r.instalments().get());
    }
    g.writeEndObject();
  }

  private static void clinic(JsonGenerator g, int rank, Row r,
      java.util.Optional<dev.exoplan.domain.contract.ContractRules> rules) throws IOException {
    g.writeStartObject();
    g.writeNumberField("rank", rank);
    g.writeStringField("id", r.clinic().id());
    Text name = r.clinic().name();
    text(g, "name", name.ja(), name.en());
    g.writeStringField("file", r.file());
    g.writeBooleanField("example", r.clinic().example());
    g.writeStringField("item", r.quote().item().id());
    g.writeFieldName("total");
    lowHigh(g, r.total().low(), r.total().high());
    g.writeFieldName("sessions");
    lowHigh(g, r.sessionsLow(), r.sessionsHigh());
    g.writeFieldName("perSession");
    if (r.perSession().isPresent()) {
      lowHigh(g, r.perSession().get().low(), r.perSession().get().high());
    } else {
      g.writeNull();
    }
    g.writeBooleanField("lowerBound", r.lowerBound());
    g.writeArrayFieldStart("fees");
    for (ClinicComparison.FeeLine f : r.fees()) {
      g.writeStartObject();
      g.writeStringField("id", f.fee().id());
      text(g, "name", f.fee().name().ja(), f.fee().name().en());
      g.writeNumberField("price", f.fee().price().amount().minor());
      g.writeStringField("per", f.fee().per()); // issue 19: once, visit or revisit
      g.writeBooleanField("from", f.fee().price().from());
      g.writeNumberField("amount", f.amount().minor());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (!r.onRequest().isEmpty()) { // issue 19: every figure of the row excludes these
      g.writeBooleanField("excludesOnRequest", true);
      g.writeArrayFieldStart("onRequest");
      for (dev.exoplan.domain.menu.Fee f : r.onRequest()) {
        g.writeStartObject();
        g.writeStringField("id", f.id());
        text(g, "name", f.name().ja(), f.name().en());
        g.writeStringField("per", f.perVisit() ? "visit" : "once");
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeFieldName("upfront");
    lowHigh(g, r.upfrontLow(), r.upfrontHigh());
    g.writeFieldName("paidByThirdSession");
    if (r.third().isPresent()) {
      lowHigh(g, r.third().get().low(), r.third().get().high());
    } else {
      g.writeNull();
    }
    // issue 18: the same two on the basis of the totals (tax added for a tax-excluded list)
    g.writeFieldName("upfrontShown");
    lowHigh(g, r.upfrontLowShown(), r.upfrontHighShown());
    g.writeFieldName("paidByThirdSessionShown");
    if (r.thirdShown().isPresent()) {
      lowHigh(g, r.thirdShown().get().low(), r.thirdShown().get().high());
    } else {
      g.writeNull();
    }
    ClinicsPlansJson.write(g, r);
    if (rules.isPresent()) { // issue 23: stopping after the 3rd session, under the Act
      g.writeFieldName("afterThirdUnderAct");
      dev.exoplan.report.json.StopRiskJson.write(g, ClinicsRisk.of(r, rules.get()));
    }
    TaxBasis basis = r.clinic().taxBasis();
    g.writeStringField("taxBasis", basis.id());
    g.writeFieldName("taxIncluded");
    if (basis == TaxBasis.NOT_STATED) {
      g.writeNull();
    } else {
      g.writeBoolean(true);
    }
    g.writeNumberField("taxRatePercent", r.clinic().taxRatePercent());
    g.writeFieldName("effective");
    if (r.clinic().menu().effective().isPresent()) {
      g.writeString(r.clinic().menu().effective().get().toString());
    } else {
      g.writeNull();
    }
    g.writeBooleanField("marketChecked", r.marketChecked());
    g.writeArrayFieldStart("marketCheck");
    for (MarketCheck m : r.quote().checks()) {
      g.writeStartObject();
      g.writeStringField("level", m.level().id());
      g.writeStringField("item", m.item().id());
      g.writeFieldName("course");
      if (m.course().isPresent()) {
        g.writeString(m.course().get().id());
      } else {
        g.writeNull();
      }
      g.writeNumberField("unit", m.unit().minor());
      g.writeNumberField("bound", m.bound().minor());
      g.writeStringField("boundSource", m.boundSource());
      JsonFields.cites(g, m.cites());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** {@code {low, high}} of two amounts, the lower first. */
  private static void lowHigh(JsonGenerator g, Money a, Money b) throws IOException {
    lowHigh(g, Math.min(a.minor(), b.minor()), Math.max(a.minor(), b.minor()));
  }

  private static void lowHigh(JsonGenerator g, long low, long high) throws IOException {
    g.writeStartObject();
    g.writeNumberField("low", low);
    g.writeNumberField("high", high);
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String field, String ja, String en) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("ja", ja);
    g.writeStringField("en", en);
    g.writeEndObject();
  }
}
