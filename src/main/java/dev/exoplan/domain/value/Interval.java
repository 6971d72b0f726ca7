package dev.exoplan.domain.value;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;

import java.util.Objects;

/**
 * A time between sessions, or how long an effect lasts: {@code 1 ≤ low ≤ high} of one unit, such as
 * every 6..12 months or 2..4 weeks.
 */
public record Interval(int low, int high, TimeUnit unit) {

  public Interval {
    Objects.requireNonNull(unit, "unit");
    if (low < 1) {
      throw new DomainException(Message.of("domain.interval.min", unit.id(), low));
    }
    if (low > high) {
      throw new DomainException(Message.of("data.low.above.high", low, high));
    }
  }

  public static Interval of(int amount, TimeUnit unit) {
    return new Interval(amount, amount, unit);
  }

  /** The longest interval a user may write, in its unit. */
  public static final int MAX_PARSED = 600;

  /**
   * {@code 6..12m} (months) or {@code 2..3w} (weeks), {@code 6m} for a single value, as a user
   * writes it; a DomainException saying what was expected otherwise.
   */
  public static Interval parse(String given) {
    String t = ValueText.ascii(given).trim();
    Message expected = Message.of("usage.interval.expected", ValueText.shown(given));
    int n = t.length();
    char unit = n == 0 ? 0 : t.charAt(n - 1);
    if (unit != 'm' && unit != 'w') {
      throw new DomainException(expected);
    }
    String body = t.substring(0, n - 1);
    String[] range = ValueText.splitRange(body);
    String first = range == null ? body : range[0].stripTrailing();
    if (!first.isEmpty() && (first.charAt(first.length() - 1) == 'm'
        || first.charAt(first.length() - 1) == 'w')) {
      if (range == null || first.charAt(first.length() - 1) != unit) {
        throw new DomainException(expected);
      }
      first = first.substring(0, first.length() - 1);
    }
    String second = range == null ? first : range[1].stripLeading();
    if (first.isEmpty() || !ValueText.allDigits(first) || second.isEmpty()
        || !ValueText.allDigits(second)) {
      throw new DomainException(expected);
    }
    long low = ValueText.wholeNumber(first, expected);
    long high = ValueText.wholeNumber(second, expected);
    if (low < 1 || high > MAX_PARSED) {
      throw new DomainException(Message.of("usage.interval.bounds", MAX_PARSED, ValueText.shown(given)));
    }
    if (low > high) {
      throw new DomainException(Message.of("usage.range.reversed", ValueText.shown(given)));
    }
    return new Interval((int) low, (int) high, unit == 'm' ? TimeUnit.MONTH : TimeUnit.WEEK);
  }

  public boolean isSingle() {
    return low == high;
  }

  /**
   * Sessions in a window of {@code months} that opens with a session and repeats every interval:
   * sessions at 0, I, 2I, … strictly before the end, that is ⌈window ÷ I⌉. The longest interval
   * gives the fewest sessions (low), the shortest the most (high). Also the number of sessions that
   * keep an effect of this duration continuous over the window.
   */
  public CountRange sessionsStartingAtOpening(int months) {
    long window = TimeUnit.monthTicks(months);
    return counts(
        Exact.ceilDiv(window, unit.ticks(high)), Exact.ceilDiv(window, unit.ticks(low)));
  }

  /**
   * Sessions in a window of {@code months} that follows an earlier session: sessions at I, 2I, … up
   * to and including the end, that is ⌊window ÷ I⌋ (003: every 6..12 months over 12 months gives
   * 1..2).
   */
  public CountRange sessionsAfterOpening(int months) {
    long window = TimeUnit.monthTicks(months);
    return counts(
        Exact.floorDiv(window, unit.ticks(high)), Exact.floorDiv(window, unit.ticks(low)));
  }

  private static CountRange counts(long low, long high) {
    return new CountRange(Math.toIntExact(low), Math.toIntExact(high));
  }

  @Override
  public String toString() {
    return (isSingle() ? Integer.toString(low) : low + ".." + high) + unit.suffix();
  }
}
