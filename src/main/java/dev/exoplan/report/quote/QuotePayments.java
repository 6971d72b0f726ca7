package dev.exoplan.report.quote;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.instalment.Instalments;
import dev.exoplan.domain.instalment.Schedule;
import dev.exoplan.domain.instalment.Terms;
import dev.exoplan.report.Words;
import dev.exoplan.report.instalment.PaymentSheet;
import dev.exoplan.report.instalment.PaymentsJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The quote's payment section (issue 20, {@code --instalments}): the payments of the quote's
 * total (the minimum plan's and the full plan's where the plan is a range). It is computed from the
 * totals and printed after them; it never changes a total.
 */
final class QuotePayments {
  private QuotePayments() {}

  /** The schedule of the full plan's total. */
  static Schedule full(QuoteReport r, Terms t) {
    return Instalments.schedule(r.quote().full().total().minor(), t);
  }

  /** The schedule of the minimum plan's total, where the plan is a range. */
  static Optional<Schedule> minimum(QuoteReport r, Terms t) {
    return r.quote().minimum().map(m -> Instalments.schedule(m.total().minor(), t));
  }

  /** The section in words, if payments were asked for. */
  static Optional<PaymentSheet> sheet(QuoteReport r, Words w) {
    if (r.instalments().isEmpty()) {
      return Optional.empty();
    }
    Terms t = r.instalments().get();
    List<String> columns = new ArrayList<>();
    List<Schedule> schedules = new ArrayList<>();
    minimum(r, t).ifPresent(m -> {
      columns.add(w.get("quote.col.minimum"));
      schedules.add(m);
    });
    columns.add(w.get(schedules.isEmpty() ? "quote.col.amount" : "quote.col.full"));
    schedules.add(full(r, t));
    return Optional.of(PaymentSheet.of(w, columns, schedules));
  }

  /**
   * {@code "payments"}, only when asked for (a quote without it is as before): the full plan's
   * {@code {method, rate, count, principal, monthly, first, last, totalPaid, interest}} and
   * {@code minimum}, the minimum plan's figures or null; {@code loan}, the name of the clinic's loan
   * product with {@code --loan}; and {@code creditTerms} (issue 23).
   */
  static void json(JsonGenerator g, QuoteReport r) throws IOException {
    if (r.instalments().isPresent()) {
      Terms t = r.instalments().get();
      g.writeFieldName("payments");
      g.writeStartObject();
      PaymentsJson.pointFields(g, full(r, t), minimum(r, t));
      if (t.loan().isPresent()) { // issue 20: --loan, the clinic's loan product
        dev.exoplan.report.json.JsonFields.text(g, "loan", t.loan().get());
      }
      var credit = QuoteCreditSheet.credit(r); // issue 23: the lender, when the Act is asked
      if (credit.isPresent()) {
        QuoteCreditSheet.json(g, credit.get());
      }
      g.writeEndObject();
    }
  }
}
