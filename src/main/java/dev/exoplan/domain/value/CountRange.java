package dev.exoplan.domain.value;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;

import java.math.BigDecimal;

/** A number of sessions, {@code 0 ≤ low ≤ high}; {@code 3..5} or a single count. */
public record CountRange(int low, int high) {

  public CountRange {
    if (low < 0) {
      throw new DomainException(Message.of("domain.count.negative", low));
    }
    if (low > high) {
      throw new DomainException(Message.of("data.low.above.high", low, high));
    }
  }

  public static CountRange of(int count) {
    return new CountRange(count, count);
  }

  /** Sessions at most in a count a user writes. */
  public static final int MAX_PARSED = 100_000;

  /**
   * {@code 5} or {@code 3..5} as a user writes it (full-width, {@code 〜} and {@code ~} too), each
   * from 0 to {@value #MAX_PARSED}; a DomainException saying what was expected otherwise.
   */
  public static CountRange parse(String given) {
    String s = ValueText.ascii(given);
    long[] plain = ValueText.plainRange(s);
    if (plain != null && plain[0] <= plain[1] && plain[1] <= MAX_PARSED) {
      return new CountRange((int) plain[0], (int) plain[1]);
    }
    Message expected = Message.of("usage.count.expected", ValueText.shown(given));
    String[] range = ValueText.splitRange(s.trim());
    long low;
    long high;
    if (range != null) {
      low = ValueText.wholeNumber(range[0], expected);
      high = ValueText.wholeNumber(range[1], expected);
    } else {
      low = high = ValueText.wholeNumber(s.trim(), expected);
    }
    if (high > MAX_PARSED) {
      throw new DomainException(Message.of("usage.count.too.many", MAX_PARSED, high));
    }
    if (low > high) {
      throw new DomainException(Message.of("usage.range.reversed", ValueText.shown(given)));
    }
    return new CountRange((int) low, (int) high);
  }

  public boolean isSingle() {
    return low == high;
  }

  /**
   * The midpoint, which may be a half ({@code 1..2} gives 1.5), in plain notation: 10, never
   * 1E+1.
   */
  public BigDecimal typical() {
    long sum = (long) low + high;
    return sum % 2 == 0 ? BigDecimal.valueOf(sum / 2) : BigDecimal.valueOf(sum * 5, 1);
  }

  public CountRange plus(CountRange other) {
    return new CountRange(
        Math.toIntExact(Exact.add(low, other.low)), Math.toIntExact(Exact.add(high, other.high)));
  }

  // equals and hashCode written out: a record's generated ones are linked at their first call by an
  // invokedynamic bootstrap that costs a short run milliseconds (RecordMethodsTest).
  @Override
  public boolean equals(Object o) {
    return o instanceof CountRange c && c.low == low && c.high == high;
  }

  @Override
  public int hashCode() {
    return 31 * low + high;
  }

  @Override
  public String toString() {
    return isSingle() ? Integer.toString(low) : low + ".." + high;
  }
}
