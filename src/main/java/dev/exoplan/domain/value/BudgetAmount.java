package dev.exoplan.domain.value;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;

/**
 * A budget's amount in yen (issue 20), read as {@code --price} reads a price ({@code 300000},
 * {@code 300,000}, {@code 30万}, {@code ¥300,000}, full-width too), but one amount, not a range.
 */
public final class BudgetAmount {
  private BudgetAmount() {}

  public static Money parse(String given) {
    PriceRange r;
    try {
      r = PriceRange.parse(given);
    } catch (DomainException e) {
      throw new DomainException(Message.of("usage.budget.expected", ValueText.shown(given)));
    }
    if (!r.isPoint()) {
      throw new DomainException(Message.of("usage.budget.range", ValueText.shown(given)));
    }
    return r.low();
  }
}
