package dev.exoplan.domain.instalment;

import java.util.List;

/**
 * A repayment schedule in whole yen: the principal, the terms, each month's payment in order and
 * the interest (or add-on fee) over the whole term. The payments sum to the principal plus the
 * interest, so nothing is owed after the last one ({@link Instalments} builds only such schedules;
 * InstalmentFuzzTest checks it).
 */
public record Schedule(long principal, Terms terms, List<Long> payments, long interest) {
  public Schedule {
    payments = List.copyOf(payments);
  }

  /** The payment most months take: the second (the first may take a remainder, the last settles). */
  public long regular() {
    return payments.get(1);
  }

  public long first() {
    return payments.get(0);
  }

  public long last() {
    return payments.get(payments.size() - 1);
  }

  public int count() {
    return payments.size();
  }

  /** All payments together: the principal plus the interest. */
  public long total() {
    long sum = 0;
    for (long p : payments) {
      sum = Math.addExact(sum, p);
    }
    return sum;
  }

  /** Whether the first payment differs from the regular one. */
  public boolean firstDiffers() {
    return first() != regular();
  }

  /** Whether the last payment differs from the regular one. */
  public boolean lastDiffers() {
    return last() != regular();
  }
}
