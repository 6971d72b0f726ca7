package dev.exoplan.domain.contract;

import dev.exoplan.domain.value.Money;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The arithmetic of a mid-course cancellation (特定商取引法 第49条) and of the cooling-off period (第48条),
 * in exact integer yen. The sessions used are valued at the contract's unit price, {@code price ×
 * used ÷ sessions} with fractions of a yen dropped (so the patient is never charged a fraction more
 * than the unit price); the remaining amount is the rest of the price. The cap is "no more than" an
 * amount, so 20 % of the remaining amount is rounded down too.
 */
public final class Cancellation {
  private Cancellation() {}

  /**
   * A course of {@code sessions} sessions bought for {@code price}, stopped after {@code used} of
   * them: before the service starts ({@code used == 0}) the clinic may claim no more than the
   * before-start cap (never more than the price); after it, the lower of the after-start cap and
   * {@code capPercent} % of the remaining amount.
   */
  public static Settlement course(Money price, int sessions, int used, ContractRules r) {
    if (sessions < 1 || used < 0 || used > sessions || price.isNegative()) {
      throw new IllegalArgumentException("course of " + sessions + " sessions, " + used + " used");
    }
    Money usedValue = price.times(used, sessions, RoundingMode.DOWN);
    Money remaining = price.minus(usedValue);
    Money fee = used == 0
        ? Money.min(r.capBeforeStart(), price)
        : Money.min(r.capAfterStart(), remaining.times(r.capPercent(), 100, RoundingMode.DOWN));
    return new Settlement(price, usedValue, fee, remaining.minus(fee));
  }

  /** The remaining amount of such a course after {@code used} sessions, at its unit price. */
  public static Money remaining(Money price, int sessions, int used) {
    return price.minus(price.times(used, sessions, RoundingMode.DOWN));
  }

  /**
   * The last day of the cooling-off period for a contract document received on {@code received}:
   * that day is day 1, so the last is {@code coolingOffDays - 1} days later.
   */
  public static LocalDate lastCoolingOffDay(LocalDate received, ContractRules r) {
    return received.plusDays(r.coolingOffDays() - 1L);
  }
}
