package dev.exoplan.report.quote;

import dev.exoplan.domain.purchase.Purchase;
import dev.exoplan.domain.quote.PatientAmounts;
import dev.exoplan.domain.quote.Quote;
import dev.exoplan.domain.quote.QuoteScenario;
import java.util.List;
import java.util.Optional;

/**
 * Issue 19: a fee charged again after a lapse (初診料 when the previous visit was 6 months or more
 * before) depends on the dates. The quote counts the latest dates of the dated schedule (the ones
 * its courses are checked on); when the earliest dates charge it at other sessions, this note says
 * both, with the total on the earliest dates, on the page's tax basis.
 */
final class QuoteLapse {
  private QuoteLapse() {}

  static Optional<QuoteSheet.Note> note(Quote q, QuoteWords w, QuoteScenario s,
      Optional<String> plan) {
    Optional<Purchase.Lapse> lapse = PatientAmounts.lapse(q.clinic(), s);
    return lapse.map(l -> QuoteSheet.Note.plain(w.get("quote.lapse", sessions(w, l.charged()),
        sessions(w, l.earliest()), w.purchaseAmount(q, s, l.total()),
        plan.orElse(w.get("quote.this")))));
  }

  private static String sessions(QuoteWords w, List<Integer> at) {
    if (at.isEmpty()) {
      return w.get("quote.lapse.none");
    }
    return w.get("quote.lapse.sessions", String.join(", ", at.stream().map(String::valueOf).toList()));
  }
}
