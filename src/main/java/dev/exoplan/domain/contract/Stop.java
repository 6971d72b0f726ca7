package dev.exoplan.domain.contract;

import dev.exoplan.domain.value.Money;

/**
 * The patient stops after session {@code after} (0: before the first) of a plan: what they have
 * paid by then, the most the clinic may keep for cancelling the course contracts under the Act
 * ({@code fee}), the least that comes back ({@code refund}), and what the plan then costs at most
 * ({@code cost = paid - refund}).
 */
public record Stop(int after, Money paid, Money fee, Money refund, Money cost) {
  public Stop {
    if (refund.isNegative() || fee.isNegative() || refund.isGreaterThan(paid)
        || !cost.plus(refund).equals(paid)) {
      throw new IllegalStateException("stop after " + after + " does not add up");
    }
  }
}
