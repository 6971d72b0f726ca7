package dev.exoplan.domain.contract;

import dev.exoplan.domain.value.Money;

/**
 * What one course contract comes to when the patient stops: the price {@code paid}, the value of
 * the sessions used ({@code used}), the most the clinic may claim for the cancellation
 * ({@code fee}) and the least that comes back ({@code refund}). {@code paid = used + fee + refund},
 * none negative.
 */
public record Settlement(Money paid, Money used, Money fee, Money refund) {
  public Settlement {
    if (paid.isNegative() || used.isNegative() || fee.isNegative() || refund.isNegative()
        || !used.plus(fee).plus(refund).equals(paid)) {
      throw new IllegalStateException("settlement does not add up: " + paid.minor() + " != "
          + used.minor() + " + " + fee.minor() + " + " + refund.minor());
    }
  }
}
