package dev.exoplan.domain;

import java.math.BigDecimal;

/** A number of sessions, {@code 0 ≤ low ≤ high}; {@code 3..5} or a single count. */
public record CountRange(int low, int high) {

  public CountRange {
    if (low < 0) {
      throw new DomainException("a count cannot be negative: " + low);
    }
    if (low > high) {
      throw new DomainException("low (" + low + ") is greater than high (" + high + ")");
    }
  }

  public static CountRange of(int count) {
    return new CountRange(count, count);
  }

  public boolean isSingle() {
    return low == high;
  }

  /** The midpoint, which may be a half ({@code 1..2} gives 1.5). */
  public BigDecimal typical() {
    return BigDecimal.valueOf((long) low + high).divide(BigDecimal.valueOf(2)).stripTrailingZeros();
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
