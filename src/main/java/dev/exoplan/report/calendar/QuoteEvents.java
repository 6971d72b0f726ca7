package dev.exoplan.report.calendar;

import dev.exoplan.domain.quote.Quote;
import dev.exoplan.domain.quote.QuoteFurtherYear;
import dev.exoplan.domain.value.MoneyRange;
import dev.exoplan.report.Words;
import java.util.List;
import java.util.Optional;

/**
 * The calendar of {@code quote --start DATE} (issue 20): each session at the clinic's price of one
 * session as the patient pays it, the quote's number, the clinic's name and address as the
 * location; the UID from the quote's number (the same quote, the same number and UIDs).
 */
public record QuoteEvents(Quote quote) implements EventSource {
  @Override
  public List<CalendarEvent> events(Words w) {
    MoneyRange unit = QuoteFurtherYear.unit(quote);
    String price = w.get(QuoteFurtherYear.from(quote) ? "ics.price.quote.from" : "ics.price.quote",
        w.range(unit));
    return SessionEvents.of(w, "quote", "quote|" + quote.number(), quote.plan(), price,
        List.of(w.get("quote.number", quote.number())),
        Optional.of(SessionEvents.location(quote.clinic(), w)));
  }
}
