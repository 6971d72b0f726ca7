package dev.exoplan.domain.menu;

import dev.exoplan.domain.value.Money;

/**
 * A price from a clinic's list: an amount, or, when the list says "from" (〜円), a floor — the
 * least it costs, not what it costs.
 */
public record Price(Money amount, boolean from) {
  public static Price of(Money amount) {
    return new Price(amount, false);
  }
}
