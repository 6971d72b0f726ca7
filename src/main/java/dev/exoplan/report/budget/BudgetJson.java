package dev.exoplan.report.budget;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.budget.Budget;
import dev.exoplan.domain.budget.BudgetRequest;
import dev.exoplan.domain.budget.ClinicBudget;
import dev.exoplan.domain.budget.MarketBudget;
import dev.exoplan.domain.budget.ProtocolFit;
import dev.exoplan.domain.budget.Tried;
import dev.exoplan.domain.clinics.ClinicComparison;
import dev.exoplan.domain.estimate.Estimate;
import dev.exoplan.domain.menu.TaxBasis;
import dev.exoplan.domain.text.Lang;
import dev.exoplan.report.Words;
import dev.exoplan.report.json.JsonFields;
import java.io.IOException;

/**
 * The budget as JSON ({@code exoplan.budget/1}, docs/schemas/budget.schema.json): the budget, then
 * {@code market[]} or {@code clinics[]} per method, each plan tried with its counts, total, what is
 * left (negative: short) and each session's due month; then the sources.
 */
final class BudgetJson {
  private static final Words JA = new Words(Lang.JA, false);
  private static final Words EN = new Words(Lang.EN, false);

  private BudgetJson() {}

  static void write(JsonGenerator g, BudgetReport r) throws IOException {
    Budget b = r.budget();
    BudgetRequest q = b.request();
    g.writeStartObject();
    g.writeStringField("schema", "exoplan.budget/1");
    g.writeStringField("currency", q.total().currency().getCurrencyCode());
    g.writeBooleanField("taxIncluded", taxIncluded(b));
    g.writeObjectFieldStart("budget");
    g.writeStringField("kind", q.isMonthly() ? "monthly" : "lump");
    g.writeNumberField("total", q.total().minor());
    JsonFields.optionalMoney(g, "monthly", q.monthly());
    g.writeNumberField("months", q.months());
    g.writeStringField("start", q.start().toString());
    g.writeEndObject();
    g.writeArrayFieldStart("market");
    for (MarketBudget m : b.market()) {
      market(g, m);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("clinics");
    for (ClinicBudget c : b.clinics()) {
      clinics(g, c, r.rules());
    }
    g.writeEndArray();
    JsonFields.sources(g, r.sources());
    if (r.financed().isPresent()) { // issue 20: only with --instalments
      BudgetFinanced.json(g, r.financed().get());
    }
    g.writeEndObject();
  }

  /** Whether every total is tax-included: a clinic list that does not state it makes it false. */
  private static boolean taxIncluded(Budget b) {
    boolean all = true;
    for (MarketBudget m : b.market()) {
      all &= m.price().taxIncluded();
    }
    for (ClinicBudget c : b.clinics()) {
      for (ClinicBudget.Row r : c.rows()) {
        all &= r.clinic().taxBasis() != TaxBasis.NOT_STATED;
      }
    }
    return all;
  }

  private static void market(JsonGenerator g, MarketBudget m) throws IOException {
    g.writeStartObject();
    g.writeStringField("method", m.method().id());
    g.writeObjectFieldStart("perSession");
    JsonFields.rangeFields(g, m.price().perSession());
    g.writeArrayFieldStart("cite");
    for (Estimate.SourceRow row : m.estimate().rows()) {
      g.writeStartObject();
      g.writeStringField("source", row.source().id());
      g.writeFieldName("line");
      if (row.price().cites().isEmpty()) {
        g.writeNull();
      } else {
        g.writeNumber(row.price().cites().get(0).line());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeFieldName("sessions");
    buys(g, m.buys());
    g.writeArrayFieldStart("protocols");
    for (MarketBudget.PriceFits f : m.protocols()) {
      g.writeStartObject();
      g.writeStringField("id", f.candidates().protocol().id());
      g.writeStringField("source", f.candidates().protocol().sourceId());
      fit(g, "low", f.low());
      fit(g, "typical", f.typical());
      fit(g, "high", f.high());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("months");
    for (MarketBudget.MonthRow row : m.months()) {
      g.writeStartObject();
      g.writeNumberField("month", row.month());
      g.writeNumberField("available", row.available().minor());
      g.writeFieldName("sessions");
      buys(g, row.buys());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Sessions bought at each price; null for a price of nothing (any number). */
  private static void buys(JsonGenerator g, MarketBudget.Buys n) throws IOException {
    g.writeStartObject();
    count(g, "low", n.low());
    count(g, "typical", n.typical());
    count(g, "high", n.high());
    g.writeEndObject();
  }

  private static void count(JsonGenerator g, String field, long n) throws IOException {
    g.writeFieldName(field);
    if (n == Long.MAX_VALUE) {
      g.writeNull();
    } else {
      g.writeNumber(n);
    }
  }

  private static void clinics(JsonGenerator g, ClinicBudget c,
      java.util.Optional<dev.exoplan.domain.contract.ContractRules> rules) throws IOException {
    g.writeStartObject();
    g.writeStringField("method", c.method().id());
    g.writeArrayFieldStart("rows");
    for (ClinicBudget.Row r : c.rows()) {
      g.writeStartObject();
      g.writeStringField("id", r.clinic().id());
      JsonFields.text(g, "name", r.clinic().name());
      g.writeStringField("file", r.file());
      g.writeBooleanField("example", r.clinic().example());
      g.writeStringField("taxBasis", r.clinic().taxBasis().id());
      g.writeBooleanField("minimumFits", !r.noMinimumFits());
      g.writeArrayFieldStart("protocols");
      for (ProtocolFit f : r.fits()) {
        g.writeStartObject();
        g.writeStringField("id", f.protocol().id());
        g.writeStringField("source", f.protocol().sourceId());
        fitFields(g, f);
        if (rules.isPresent()) { // issue 23: stopping after the 3rd session, under the Act
          g.writeFieldName("afterThirdUnderAct");
          dev.exoplan.report.json.StopRiskJson.write(g, BudgetRisk.of(f, rules.get()));
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("excluded");
    for (ClinicComparison.Excluded e : c.excluded()) {
      g.writeStartObject();
      g.writeStringField("id", e.id());
      g.writeStringField("file", e.file());
      g.writeStringField("reasonKey", e.reason().key());
      g.writeObjectFieldStart("reason");
      g.writeStringField("ja", JA.say(e.reason()));
      g.writeStringField("en", EN.say(e.reason()));
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void fit(JsonGenerator g, String field, ProtocolFit f) throws IOException {
    g.writeObjectFieldStart(field);
    fitFields(g, f);
    g.writeEndObject();
  }

  private static void fitFields(JsonGenerator g, ProtocolFit f) throws IOException {
    g.writeFieldName("minimum");
    tried(g, f.minimum());
    g.writeFieldName("longest");
    if (f.longest().isPresent()) {
      tried(g, f.longest().get());
    } else {
      g.writeNull();
    }
  }

  private static void tried(JsonGenerator g, Tried t) throws IOException {
    g.writeStartObject();
    g.writeNumberField("intensive", t.counts().intensive());
    g.writeNumberField("maintenance", t.counts().maintenance());
    g.writeNumberField("sessions", t.counts().sessions());
    g.writeNumberField("total", t.priced().total().minor());
    g.writeBooleanField("lowerBound", t.priced().floor());
    g.writeBooleanField("fits", t.fits());
    g.writeNumberField("left", t.left().minor());
    g.writeArrayFieldStart("due");
    for (Tried.Due d : t.due()) {
      g.writeStartObject();
      g.writeNumberField("session", d.session());
      g.writeNumberField("month", d.month());
      g.writeNumberField("paid", d.paid().minor());
      g.writeNumberField("available", d.available().minor());
      g.writeNumberField("coveredFrom", d.coveredFrom());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
