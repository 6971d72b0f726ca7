package dev.exoplan.report.plan;

import static dev.exoplan.report.json.JsonFields.sources;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;

/** The plan as JSON ({@code exoplan.plan/1}): {@link PlanFields} through Jackson, then its sources. */
final class PlanJson {
  private PlanJson() {}

  /** The plan object. */
  static void write(JsonGenerator g, PlanReport r) throws IOException {
    g.writeStartObject();
    PlanFields.write(r.plan(), new Generated(g));
    if (r.payments().isPresent()) { // issue 20: only when asked, so a plain plan is as before
      g.writeFieldName("instalments");
      dev.exoplan.report.instalment.PaymentsJson.range(g, r.payments().get());
    }
    sources(g, r.sources());
    g.writeEndObject();
  }

  /** The fields into a Jackson generator. */
  record Generated(JsonGenerator g) implements PlanFields.Sink {
    @Override
    public void name(String field) throws IOException {
      g.writeFieldName(field);
    }

    @Override
    public void string(String value) throws IOException {
      g.writeString(value);
    }

    @Override
    public void number(long value) throws IOException {
      g.writeNumber(value);
    }

    @Override
    public void number(BigDecimal value) throws IOException {
      g.writeNumber(value);
    }

    @Override
    public void bool(boolean value) throws IOException {
      g.writeBoolean(value);
    }

    @Override
    public void nul() throws IOException {
      g.writeNull();
    }

    @Override
    public void startObject() throws IOException {
      g.writeStartObject();
    }

    @Override
    public void endObject() throws IOException {
      g.writeEndObject();
    }

    @Override
    public void startArray() throws IOException {
      g.writeStartArray();
    }

    @Override
    public void endArray() throws IOException {
      g.writeEndArray();
    }
  }
}
