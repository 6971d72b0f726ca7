package dev.exoplan.domain.contract;

import dev.exoplan.domain.value.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether one course contract falls under the Act: its amount more than the threshold, its period
 * more than the threshold (the course's validity when the clinic states one, else from the day it
 * is bought to its last session in the plan: {@code periodFromValidity} says which), and its
 * service designated. {@link #verdict()} is true only when all three hold, false when one does not,
 * and empty (unknown) otherwise.
 */
public record Applicability(boolean amountOver, boolean periodOver, boolean periodFromValidity,
    Designation designation) {

  public Optional<Boolean> verdict() {
    if (!amountOver || !periodOver || designation.yes().equals(Optional.of(false))) {
      return Optional.of(false);
    }
    return designation.yes();
  }

  /**
   * A course bought for {@code price} on {@code bought}, valid {@code validMonths} when stated, whose
   * last session in the plan falls on {@code lastSession}.
   */
  public static Applicability of(Money price, LocalDate bought, Optional<Integer> validMonths,
      LocalDate lastSession, Designation designation, ContractRules r) {
    boolean amount = price.isGreaterThan(r.amountOver());
    boolean period = validMonths.isPresent()
        ? validMonths.get() > r.periodOverMonths()
        : lastSession.isAfter(bought.plusMonths(r.periodOverMonths()));
    return new Applicability(amount, period, validMonths.isPresent(), designation);
  }
}
