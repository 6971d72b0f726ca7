package dev.exoplan.report.clinics;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.clinics.ClinicComparison.Row;
import dev.exoplan.domain.instalment.Instalments;
import dev.exoplan.domain.instalment.Repayment;
import dev.exoplan.domain.instalment.Schedule;
import dev.exoplan.domain.instalment.Terms;
import dev.exoplan.domain.value.Money;
import dev.exoplan.report.Words;
import dev.exoplan.report.instalment.PaymentSheet;
import dev.exoplan.report.text.Doc;
import dev.exoplan.report.text.Grid;
import dev.exoplan.report.text.Grid.Align;
import java.io.IOException;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * {@code clinics --instalments} (issue 20): each clinic's monthly payment, last payment, total
 * paid and interest for its lower and higher total (minimum and full plan), in the order of the
 * comparison. The totals and the ranking do not change.
 */
final class ClinicsPayments {
  private ClinicsPayments() {}

  /** The section: a heading, a row per clinic, the rounding note. */
  static void doc(Doc d, Words w, ClinicsWords cw, List<Row> rows, Terms t) {
    d.heading(PaymentSheet.heading(w, t));
    Grid g = new Grid(List.of(w.get("clinics.col.clinic"), w.get("instalment.row.monthly"),
        w.get("instalment.row.last"), w.get("instalment.row.total"), w.get(
            t.method() == Repayment.AMORTISED ? "instalment.row.interest" : "instalment.row.fee")),
        List.of(Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT));
    for (Row row : rows) {
      Schedule low = Instalments.schedule(row.total().low().minor(), t);
      Schedule high = Instalments.schedule(row.total().high().minor(), t);
      g.row(List.of(cw.name(row), span(w, low, high, Schedule::regular),
          span(w, low, high, Schedule::last), span(w, low, high, Schedule::total),
          span(w, low, high, Schedule::interest)));
    }
    d.table(g);
    d.quiet(w.get(t.method() == Repayment.AMORTISED ? "instalment.note.amortised"
        : "instalment.note.addon"));
  }

  private static String span(Words w, Schedule low, Schedule high, ToLongFunction<Schedule> f) {
    long a = f.applyAsLong(low);
    long b = f.applyAsLong(high);
    return a == b ? w.money(Money.yen(a))
        : w.money(Money.yen(Math.min(a, b))) + " – " + w.money(Money.yen(Math.max(a, b)));
  }

  /**
   * {@code "instalments"}: {@code {method, rate, count, clinics: [{id, low: {...}, high: {...}}]}},
   * low and high being the schedules of the clinic's lower and higher total.
   */
  static void json(JsonGenerator g, List<Row> rows, Terms t) throws IOException {
    g.writeFieldName("instalments");
    g.writeStartObject();
    g.writeStringField("method", t.method().id());
    g.writeFieldName("rate");
    g.writeNumber(t.rate().setScale(2, java.math.RoundingMode.UNNECESSARY));
    g.writeNumberField("count", t.count());
    g.writeArrayFieldStart("clinics");
    for (Row row : rows) {
      g.writeStartObject();
      g.writeStringField("id", row.clinic().id());
      schedule(g, "low", Instalments.schedule(row.total().low().minor(), t));
      schedule(g, "high", Instalments.schedule(row.total().high().minor(), t));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void schedule(JsonGenerator g, String name, Schedule s) throws IOException {
    g.writeObjectFieldStart(name);
    dev.exoplan.report.instalment.PaymentsJson.schedule(g, s);
    g.writeEndObject();
  }
}
