package dev.exoplan.report.instalment;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.instalment.Payments;
import dev.exoplan.domain.instalment.Schedule;
import dev.exoplan.domain.instalment.Terms;
import java.io.IOException;

/**
 * The payments as JSON (issue 20; docs/output-formats.md, "Instalments"): the terms, then one
 * schedule object (a quote's {@code payments}) or one per end of a range (a plan's
 * {@code instalments}: low, typical, high).
 */
public final class PaymentsJson {
  private PaymentsJson() {}

  /**
   * {@code {method, rate, count, principal, monthly, first, last, totalPaid, interest, minimum}}:
   * a quote's full plan, and its minimum plan's figures (or null).
   */
  public static void point(JsonGenerator g, Schedule s, java.util.Optional<Schedule> minimum)
      throws IOException {
    g.writeStartObject();
    pointFields(g, s, minimum);
    g.writeEndObject();
  }

  /** The fields of {@link #point}, for a caller that adds its own (the quote's creditTerms). */
  public static void pointFields(JsonGenerator g, Schedule s, java.util.Optional<Schedule> minimum)
      throws IOException {
    terms(g, s.terms());
    schedule(g, s);
    g.writeFieldName("minimum");
    if (minimum.isPresent()) {
      g.writeStartObject();
      schedule(g, minimum.get());
      g.writeEndObject();
    } else {
      g.writeNull();
    }
  }

  /** {@code {method, rate, count, low: {...}, typical: {...}, high: {...}}}. */
  public static void range(JsonGenerator g, Payments p) throws IOException {
    g.writeStartObject();
    terms(g, p.terms());
    for (String end : new String[] {"low", "typical", "high"}) {
      g.writeFieldName(end);
      g.writeStartObject();
      schedule(g, end.equals("low") ? p.low() : end.equals("high") ? p.high() : p.typical());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** {@code method, rate, count}: the loan's terms, as fields of the object being written. */
  public static void terms(JsonGenerator g, Terms t) throws IOException {
    g.writeStringField("method", t.method().id());
    g.writeFieldName("rate");
    g.writeNumber(t.rate().setScale(2, java.math.RoundingMode.UNNECESSARY));
    g.writeNumberField("count", t.count());
  }

  /** {@code principal, monthly, first, last, totalPaid, interest}, as fields. */
  public static void schedule(JsonGenerator g, Schedule s) throws IOException {
    g.writeNumberField("principal", s.principal());
    g.writeNumberField("monthly", s.regular());
    g.writeNumberField("first", s.first());
    g.writeNumberField("last", s.last());
    g.writeNumberField("totalPaid", s.total());
    g.writeNumberField("interest", s.interest());
  }
}
