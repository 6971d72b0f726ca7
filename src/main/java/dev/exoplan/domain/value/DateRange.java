package dev.exoplan.domain.value;

import dev.exoplan.domain.text.Message;
import java.time.LocalDate;

/**
 * The dates exoplan reads and writes: 0001-01-01 to 9999-12-31, four-digit years, so that every
 * date it prints is a plain {@code YYYY-MM-DD} (never {@code +10000-01-01}) in text, JSON and CSV
 * alike (issue 22). Where a date is read, in a price list or an argument, one outside is refused
 * with {@link #outside}; a date computed from one (a schedule, a quote's validity) is checked with
 * {@link #within}.
 */
public final class DateRange {
  public static final LocalDate FIRST = LocalDate.of(1, 1, 1);
  public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

  private DateRange() {}

  /** Whether {@code d} is from {@link #FIRST} to {@link #LAST}. */
  public static boolean within(LocalDate d) {
    return !d.isBefore(FIRST) && !d.isAfter(LAST);
  }

  /**
   * "expected a date from 0001-01-01 to 9999-12-31, got '+10000-01-01'": what a date read outside
   * the range is refused with ({@code given} as written).
   */
  public static Message outside(String given) {
    return Message.of("value.date.range", FIRST.toString(), LAST.toString(), given);
  }
}
