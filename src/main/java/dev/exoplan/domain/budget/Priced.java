package dev.exoplan.domain.budget;

import dev.exoplan.domain.quote.Quote;
import dev.exoplan.domain.value.Money;
import java.util.List;
import java.util.Optional;

/**
 * One plan's price: its total and, for each session in order, what has been paid by the end of it
 * (courses when bought, fees, the sessions themselves; the last is the total); {@code floor} when a
 * "from" price is in it, so the total is a lower bound; at a clinic, the {@code quote} the price is
 * of (issue 23: what stopping after the 3rd session comes to), empty on the market tables.
 */
public record Priced(Money total, List<Money> paidBy, boolean floor, Optional<Quote> quote) {
  public Priced {
    paidBy = List.copyOf(paidBy);
  }

  /** {@code n} sessions at one price each. */
  static Priced perSession(Money price, int n) {
    Money[] paid = new Money[n];
    for (int i = 0; i < n; i++) {
      paid[i] = price.times(i + 1L);
    }
    return new Priced(price.times(n), List.of(paid), false, Optional.empty());
  }
}
