package dev.exoplan.domain.budget;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.value.Amount;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A budget (issue 20): a sum to spend ({@code lump}), or a sum set aside each month
 * ({@code monthly}) for {@code months} months; exactly one of the two. {@code months} is also the
 * window over which a phase given only by its interval is counted (003's maintenance), as in
 * {@code plan}. {@code start} is the first session's date (today by default): the dated schedule
 * that says in which month each session falls is counted from it; and the clinics' lists in force
 * on it are the ones priced.
 */
public record BudgetRequest(Optional<Money> lump, Optional<Money> monthly, int months,
    Optional<Method> method, LocalDate start, Optional<CountRange> cc,
    Optional<Amount.Dose> dose) {

  /** A budget at a volume per session in cc (--cc), or none; issue 19 adds --dose. */
  public BudgetRequest(Optional<Money> lump, Optional<Money> monthly, int months,
      Optional<Method> method, LocalDate start, Optional<CountRange> cc) {
    this(lump, monthly, months, method, start, cc, Optional.empty());
  }

  /** A budget with no volume per session given (--cc): the lists' items priced per session. */
  public BudgetRequest(Optional<Money> lump, Optional<Money> monthly, int months,
      Optional<Method> method, LocalDate start) {
    this(lump, monthly, months, method, start, Optional.empty());
  }

  public BudgetRequest {
    Objects.requireNonNull(start, "start");
    if (lump.isPresent() == monthly.isPresent()) {
      throw new DomainException(Message.of(lump.isPresent() ? "usage.budget.both" : "usage.budget.none"));
    }
    if (lump.map(Money::isNegative).orElse(false) || monthly.map(Money::isNegative).orElse(false)) {
      throw new DomainException(Message.of("usage.budget.negative"));
    }
  }

  public boolean isMonthly() {
    return monthly.isPresent();
  }

  /** Everything the budget holds: the lump sum, or the monthly sum times the months. */
  public Money total() {
    return lump.orElseGet(() -> monthly.get().times(months));
  }

  /**
   * The money there by month {@code month} of the plan (1 is the first session's month): all of a
   * lump sum; of a monthly budget, one month's sum for each month up to it (the first is there in
   * month 1), at most the months budgeted.
   */
  public Money availableBy(int month) {
    if (lump.isPresent()) {
      return lump.get();
    }
    return monthly.get().times(Math.max(1, Math.min(month, months)));
  }

  /**
   * The first month by whose end the monthly sums cover {@code paid}, counted past the budgeted
   * months as if saving went on; 1 for a lump sum that covers it, 0 for one that does not.
   */
  public int coveredFrom(Money paid) {
    if (lump.isPresent()) {
      return paid.isGreaterThan(lump.get()) ? 0 : 1;
    }
    long m = monthly.get().minor();
    if (m == 0) {
      return paid.minor() <= 0 ? 1 : 0;
    }
    long k = (paid.minor() + m - 1) / m;
    return (int) Math.max(1, Math.min(k, Integer.MAX_VALUE));
  }
}
