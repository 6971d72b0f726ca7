package dev.exoplan.domain.value;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;

/**
 * Exact {@code long} arithmetic for money and counts: every operation that would wrap around throws
 * a {@link DomainException} naming what overflowed instead.
 */
public final class Exact {
  private Exact() {}

  public static long add(long a, long b) {
    long r = a + b;
    if (((a ^ r) & (b ^ r)) < 0) {
      throw overflow(a + " + " + b);
    }
    return r;
  }

  public static long multiply(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
      return lo;
    }
    throw overflow(a + " × " + b);
  }

  /** {@code a / b} rounded down (towards negative infinity); {@code b > 0}. */
  public static long floorDiv(long a, long b) {
    return Math.floorDiv(a, b);
  }

  /** {@code a / b} rounded up (towards positive infinity); {@code b > 0}. */
  public static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  static DomainException overflow(String expression) {
    return new DomainException(Message.of("domain.overflow", expression, Long.MAX_VALUE));
  }
}
