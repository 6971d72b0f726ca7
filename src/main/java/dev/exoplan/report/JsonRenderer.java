package dev.exoplan.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.report.quote.QuoteJson;
import dev.exoplan.domain.compare.Comparison;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.estimate.Estimate;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.catalog.MarketPrice;
import dev.exoplan.domain.value.MoneyRange;
import dev.exoplan.domain.plan.Phase;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.value.PriceRange;
import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.domain.catalog.Protocol;
import dev.exoplan.domain.catalog.ProtocolPhase;
import dev.exoplan.domain.plan.ScheduledSession;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.catalog.SourceNote;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.catalog.Treatment;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * JSON for scripts: one documented schema per command (see {@code docs/json.md}). Amounts are
 * integers in the currency's minor unit; every range has {@code low}, {@code typical} and
 * {@code high}; {@code currency} and {@code taxIncluded} are always present; an unknown is
 * {@code null}, never 0. Texts that exist in two languages are objects {@code {ja, en}}.
 */
public final class JsonRenderer {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final boolean pretty;

  public JsonRenderer(boolean pretty) {
    this.pretty = pretty;
  }

  public void render(Report report, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        g.setPrettyPrinter(prettyPrinter());
      }
      if (report instanceof EstimateReport r) {
        estimate(g, r);
      } else if (report instanceof PlanReport r) {
        plan(g, r.plan(), r.sources());
      } else if (report instanceof CompareReport r) {
        compare(g, r);
      } else if (report instanceof QuoteReport r) {
        QuoteJson.write(g, r);
      } else if (report instanceof PricingCheckReport r) {
        dev.exoplan.report.pricingcheck.PricingCheckJson.write(g, r);
      } else if (report instanceof ClinicsReport r) {
        dev.exoplan.report.clinics.ClinicsJson.write(g, r);
      } else if (report instanceof TablesReport r) {
        tables(g, r);
      } else if (report instanceof ValidationReport r) {
        validation(g, r);
      } else {
        throw new IllegalArgumentException("no JSON for " + report.command());
      }
    }
    out.write('\n');
  }

  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter p =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));
    p.indentObjectsWith(indenter);
    p.indentArraysWith(indenter);
    return p;
  }

  private void estimate(JsonGenerator g, EstimateReport r) throws IOException {
    Estimate e = r.estimate();
    g.writeStartObject();
    g.writeStringField("schema", "exoplan.estimate/1");
    g.writeStringField("method", e.method().id());
    g.writeStringField("currency", currencyOf(e));
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

  private static String currencyOf(Estimate e) {
    if (!e.rows().isEmpty()) {
      return e.rows().get(0).range().currency().getCurrencyCode();
    }
    if (!e.clinics().isEmpty()) {
      return e.clinics().get(0).clinic().currency().getCurrencyCode();
    }
    return "JPY";
  }

  /** The plan object. */
  public static void plan(JsonGenerator g, Plan p, List<Source> sources) throws IOException {
    g.writeStartObject();
    planFields(g, p);
    sources(g, sources);
    g.writeEndObject();
  }

  /** Every field of the plan object but {@code references}: batch results splice those in. */
  public static void planFields(JsonGenerator g, Plan p) throws IOException {
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

  /** The {@code schedule} array of a plan, as the plan and the quote write it. */
  public static void schedule(JsonGenerator g, List<ScheduledSession> sessions) throws IOException {
    g.writeArrayFieldStart("schedule");
    for (ScheduledSession s : sessions) {
      g.writeStartObject();
      g.writeNumberField("number", s.number());
      g.writeStringField("phase", s.phase().id());
      date(g, "earliest", s.earliest());
      date(g, "latest", s.latest());
      g.writeBooleanField("optional", s.optional());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** The {@code references} array alone, as batch results splice it in. */
  public static void referencesArray(JsonGenerator g, List<Source> sources) throws IOException {
    g.writeStartObject();
    sources(g, sources);
    g.writeEndObject();
  }

  private void compare(JsonGenerator g, CompareReport r) throws IOException {
    Comparison c = r.comparison();
    g.writeStartObject();
    g.writeStringField("schema", "exoplan.compare/1");
    g.writeNumberField("months", c.months());
    g.writeStringField("currency",
        c.rows().isEmpty() ? "JPY" : c.rows().get(0).perSession().currency().getCurrencyCode());
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

  private void tables(JsonGenerator g, TablesReport r) throws IOException {
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

  private void validation(JsonGenerator g, ValidationReport r) throws IOException {
    g.writeStartObject();
    g.writeStringField("schema", "exoplan.validate/1");
    g.writeBooleanField("valid", r.allValid());
    g.writeArrayFieldStart("files");
    for (ValidationReport.Result res : r.results()) {
      g.writeStartObject();
      g.writeStringField("file", res.file());
      g.writeBooleanField("valid", res.problem().isEmpty());
      stringOrNull(g, "kind", res.table().isPresent() ? res.table().get().kind().id() : null);
      optionalString(g, "error", res.problem());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** price (per session) or perCc, and firstVisit; the absent ones null. */
  static void clinicPrice(JsonGenerator g, dev.exoplan.domain.clinic.ClinicPrice p) throws IOException {
    optionalMoney(g, "price", p.perSession());
    optionalMoney(g, "perCc", p.perCc());
    optionalMoney(g, "firstVisit", p.firstVisit());
  }

  static void optionalMoney(JsonGenerator g, String field, Optional<dev.exoplan.domain.value.Money> m)
      throws IOException {
    g.writeFieldName(field);
    if (m.isPresent()) {
      g.writeNumber(m.get().minor());
    } else {
      g.writeNull();
    }
  }

  /** {low, typical, high, typicalBasis}. */
  /** A string field, or null when there is none. */
  public static void stringOrNull(JsonGenerator g, String field, String value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }

  public static void optionalString(JsonGenerator g, String field, Optional<String> value)
      throws IOException {
    stringOrNull(g, field, value.orElse(null));
  }

  static void optionalRange(JsonGenerator g, String field, Optional<MoneyRange> r)
      throws IOException {
    g.writeFieldName(field);
    if (r.isPresent()) {
      range(g, r.get());
    } else {
      g.writeNull();
    }
  }

  static void optionalCounts(JsonGenerator g, String field, Optional<CountRange> c)
      throws IOException {
    g.writeFieldName(field);
    if (c.isPresent()) {
      counts(g, c.get());
    } else {
      g.writeNull();
    }
  }

  public static void range(JsonGenerator g, MoneyRange r) throws IOException {
    g.writeStartObject();
    rangeFields(g, r);
    g.writeEndObject();
  }

  static void rangeFields(JsonGenerator g, MoneyRange r) throws IOException {
    g.writeNumberField("low", r.low().minor());
    g.writeNumberField("typical", r.typical().minor());
    g.writeNumberField("high", r.high().minor());
    g.writeStringField("typicalBasis", r.basis().id());
  }

  static void counts(JsonGenerator g, CountRange c) throws IOException {
    g.writeStartObject();
    g.writeNumberField("low", c.low());
    g.writeNumberField("typical", c.typical());
    g.writeNumberField("high", c.high());
    g.writeEndObject();
  }

  static void interval(JsonGenerator g, Optional<Interval> every) throws IOException {
    if (every.isEmpty()) {
      g.writeNull();
      return;
    }
    Interval i = every.get();
    g.writeStartObject();
    g.writeNumberField("low", i.low());
    g.writeNumberField("high", i.high());
    g.writeStringField("unit", i.unit().id());
    g.writeEndObject();
  }

  public static void text(JsonGenerator g, String field, Text t) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("ja", t.ja());
    g.writeStringField("en", t.en());
    g.writeEndObject();
  }

  public static void date(JsonGenerator g, String field, Optional<LocalDate> d) throws IOException {
    stringOrNull(g, field, d.isPresent() ? d.get().toString() : null);
  }

  public static void cites(JsonGenerator g, List<Citation> cites) throws IOException {
    g.writeArrayFieldStart("cite");
    for (Citation c : cites) {
      g.writeStartObject();
      g.writeStringField("source", c.source());
      g.writeNumberField("line", c.line());
      g.writeStringField("quote", c.quote());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void notes(JsonGenerator g, List<SourceNote> notes) throws IOException {
    g.writeArrayFieldStart("notes");
    for (SourceNote n : notes) {
      g.writeStartObject();
      g.writeStringField("source", n.sourceId());
      text(g, "text", n.text());
      cites(g, n.cites());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  public static void sources(JsonGenerator g, List<Source> sources) throws IOException {
    g.writeArrayFieldStart("references");
    for (Source s : sources) {
      g.writeStartObject();
      g.writeStringField("id", s.id());
      g.writeStringField("file", s.file());
      g.writeStringField("title", s.title());
      date(g, "date", s.date());
      optionalString(g, "publisher", s.publisher());
      text(g, "summary", s.summary());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void priceRange(JsonGenerator g, PriceRange p) throws IOException {
    range(g, p.resolve());
  }
}
