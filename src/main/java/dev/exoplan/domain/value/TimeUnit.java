package dev.exoplan.domain.value;

import java.time.LocalDate;

/**
 * Units for intervals and effect durations. Counting in a window of months is exact: lengths are
 * measured in ticks of 1/4800 day, in which a week is 33,600 ticks and a month is the Gregorian
 * mean month, 146,097 ticks (146,097 days per 400 years = 4,800 months). Dates use the calendar.
 */
public enum TimeUnit {
  WEEK("w", 7L * 4800),
  MONTH("m", 146_097L);

  private final String suffix;
  private final long ticks;

  TimeUnit(String suffix, long ticks) {
    this.suffix = suffix;
    this.ticks = ticks;
  }

  /** {@code w} or {@code m}, as written on the command line ({@code 6..12m}). */
  public String suffix() {
    return suffix;
  }

  public String id() {
    return this == WEEK ? "week" : "month";
  }

  long ticks(long amount) {
    return Exact.multiply(amount, ticks);
  }

  public static long monthTicks(long months) {
    return MONTH.ticks(months);
  }

  public LocalDate plus(LocalDate date, long amount) {
    return this == WEEK ? date.plusWeeks(amount) : date.plusMonths(amount);
  }
}
