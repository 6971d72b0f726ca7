package dev.exoplan.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.catalog.SourceNote;
import dev.exoplan.domain.clinic.ClinicPrice;
import dev.exoplan.domain.plan.ScheduledSession;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.MoneyRange;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The JSON fields reports share, each written one way: ranges, counts, intervals, texts in two
 * languages, dates, citations, notes, the sources cited, a plan's schedule.
 */
public final class JsonFields {
  private JsonFields() {}

  /** price (per session) or perCc, and firstVisit; the absent ones null. */
  public static void clinicPrice(JsonGenerator g, ClinicPrice p) throws IOException {
    optionalMoney(g, "price", p.perSession());
    optionalMoney(g, "perCc", p.perCc());
    optionalMoney(g, "firstVisit", p.firstVisit());
  }

  public static void optionalMoney(JsonGenerator g, String field, Optional<Money> m)
      throws IOException {
    g.writeFieldName(field);
    if (m.isPresent()) {
      g.writeNumber(m.get().minor());
    } else {
      g.writeNull();
    }
  }

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

  public static void optionalRange(JsonGenerator g, String field, Optional<MoneyRange> r)
      throws IOException {
    g.writeFieldName(field);
    if (r.isPresent()) {
      range(g, r.get());
    } else {
      g.writeNull();
    }
  }

  public static void optionalCounts(JsonGenerator g, String field, Optional<CountRange> c)
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

  public static void rangeFields(JsonGenerator g, MoneyRange r) throws IOException {
    g.writeNumberField("low", r.low().minor());
    g.writeNumberField("typical", r.typical().minor());
    g.writeNumberField("high", r.high().minor());
    g.writeStringField("typicalBasis", r.basis().id());
  }

  public static void counts(JsonGenerator g, CountRange c) throws IOException {
    g.writeStartObject();
    g.writeNumberField("low", c.low());
    g.writeNumberField("typical", c.typical());
    g.writeNumberField("high", c.high());
    g.writeEndObject();
  }

  public static void interval(JsonGenerator g, Optional<Interval> every) throws IOException {
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

  public static void notes(JsonGenerator g, List<SourceNote> notes) throws IOException {
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
}
