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

  @Override
  public String toString() {
    return isSingle() ? Integer.toString(low) : low + ".." + high;
  }
}
