package dev.exoplan.domain.instalment;

import dev.exoplan.domain.value.MoneyRange;

/**
 * The payments for a total that is a range (a plan's low, typical and high total): one schedule
 * for each, under the same terms. A point total has three equal schedules.
 */
public record Payments(Terms terms, Schedule low, Schedule typical, Schedule high) {
  /** The schedules of each end of {@code total} (whole yen, not negative). */
  public static Payments of(MoneyRange total, Terms terms) {
    return new Payments(terms, Instalments.schedule(total.low().minor(), terms),
        Instalments.schedule(total.typical().minor(), terms),
        Instalments.schedule(total.high().minor(), terms));
  }

  /** Whether the three totals are one. */
  public boolean isPoint() {
    return low.principal() == high.principal() && typical.principal() == low.principal();
  }
}
