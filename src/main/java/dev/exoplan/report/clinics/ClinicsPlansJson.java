package dev.exoplan.report.clinics;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.clinics.ClinicComparison.Row;
import dev.exoplan.domain.purchase.Bought;
import dev.exoplan.domain.quote.PatientAmounts;
import dev.exoplan.domain.quote.QuoteScenario;
import java.io.IOException;
import java.util.Optional;

/**
 * Issue 18: a {@code clinics} row's figures per plan ({@code plans[]}, the minimum plan first when
 * the plan is a range, then the maximum): its sessions, total, what it pays up front and by the 3rd
 * session on the totals' basis (tax added for a tax-excluded list) and the courses it buys with the
 * sessions each covers, so that every claim of the row can be read against one plan.
 */
final class ClinicsPlansJson {
  private ClinicsPlansJson() {}

  static void write(JsonGenerator g, Row r) throws IOException {
    g.writeArrayFieldStart("plans");
    if (r.quote().minimum().isPresent()) {
      plan(g, r, "minimum", r.quote().minimum().get());
    }
    plan(g, r, "maximum", r.quote().full());
    g.writeEndArray();
  }

  private static void plan(JsonGenerator g, Row r, String name, QuoteScenario s)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("plan", name);
    g.writeNumberField("sessions", s.sessions());
    g.writeNumberField("total", s.total().minor());
    g.writeBooleanField("lowerBound", s.from());
    g.writeNumberField("upfrontShown",
        PatientAmounts.shown(r.clinic(), s.purchase().committedUpFront()).minor());
    g.writeFieldName("paidByThirdSessionShown");
    Optional<dev.exoplan.domain.value.Money> third = s.purchase().paidByThird();
    if (third.isPresent()) {
      g.writeNumber(PatientAmounts.shown(r.clinic(), third.get()).minor());
    } else {
      g.writeNull();
    }
    g.writeArrayFieldStart("courses");
    for (Bought b : ClinicsUpfront.courses(s)) {
      g.writeStartObject();
      g.writeStringField("id", b.id());
      g.writeArrayFieldStart("covers");
      for (int c : b.covers()) {
        g.writeNumber(c);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
