package dev.exoplan.report.budget;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.instalment.Schedule;
import dev.exoplan.domain.value.Money;
import dev.exoplan.report.Words;
import dev.exoplan.report.instalment.PaymentSheet;
import dev.exoplan.report.text.Doc;
import java.io.IOException;

/**
 * {@code budget --monthly M --instalments N} (issue 20): the most M a month pays for up front under
 * the loan's terms, and what that costs in interest. Beside the budget, which it does not change.
 */
final class BudgetFinanced {
  private BudgetFinanced() {}

  static void doc(Doc d, Words w, Schedule s, Money monthly) {
    d.heading(PaymentSheet.heading(w, s.terms()));
    d.line(w.get("budget.financed", w.money(monthly), s.count(), yen(w, s.principal()),
        yen(w, s.total()), yen(w, s.interest()), dev.exoplan.report.instalment.PaymentsDoc
            .monthly(w, s)));
    d.quiet(w.get("budget.financed.note"));
  }

  /** {@code "financed"}: {@code {method, rate, count, principal, monthly, first, last, totalPaid, interest}}. */
  static void json(JsonGenerator g, Schedule s) throws IOException {
    g.writeObjectFieldStart("financed");
    dev.exoplan.report.instalment.PaymentsJson.terms(g, s.terms());
    dev.exoplan.report.instalment.PaymentsJson.schedule(g, s);
    g.writeEndObject();
  }

  private static String yen(Words w, long yen) {
    return w.money(Money.yen(yen));
  }
}
