package dev.exoplan.domain.value;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of money: an integer count of the currency's minor unit (yen have none, so one
 * unit is one yen). Immutable. Arithmetic never wraps; mixing currencies throws; every lossy
 * operation takes an explicit {@link RoundingMode}. How an amount is printed lives in the report
 * layer, not here.
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {

  public static final Currency JPY = Currency.JPY;

  public Money {
    Objects.requireNonNull(currency, "currency");
  }

  public static Money of(long minor, Currency currency) {
    return new Money(minor, currency);
  }

  public static Money yen(long yen) {
    return new Money(yen, JPY);
  }

  public static Money zero(Currency currency) {
    return new Money(0, currency);
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(Exact.add(minor, other.minor), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(Exact.add(minor, Exact.multiply(other.minor, -1)), currency);
  }

  public Money times(long factor) {
    return new Money(Exact.multiply(minor, factor), currency);
  }

  public Money negate() {
    return times(-1);
  }

  /** {@code this × numerator ÷ denominator}, rounded once with {@code mode}. */
  public Money times(long numerator, long denominator, RoundingMode mode) {
    if (denominator <= 0) {
      throw new IllegalArgumentException("denominator must be positive: " + denominator);
    }
    long hi = Math.multiplyHigh(minor, numerator);
    long lo = minor * numerator;
    if ((hi == 0 && lo >= 0) && mode == RoundingMode.DOWN) {
      return new Money(lo / denominator, currency); // non-negative: down is floor
    }
    BigInteger product = BigInteger.valueOf(minor).multiply(BigInteger.valueOf(numerator));
    BigDecimal quotient =
        new BigDecimal(product).divide(BigDecimal.valueOf(denominator), 0, mode);
    try {
      return new Money(quotient.longValueExact(), currency);
    } catch (ArithmeticException e) {
      throw Exact.overflow(minor + " × " + numerator + " ÷ " + denominator);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && m.minor == minor && m.currency.equals(currency);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(minor) * 31 + currency.hashCode();
  }

  public boolean isNegative() {
    return minor < 0;
  }

  public boolean isZero() {
    return minor == 0;
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(minor, other.minor);
  }

  public static Money min(Money a, Money b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  public static Money max(Money a, Money b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new DomainException(Message.of("domain.currency.mixed", currency.getCurrencyCode(),
          other.currency.getCurrencyCode()));
    }
  }

  @Override
  public String toString() {
    return minor + " " + currency.getCurrencyCode() + " (minor units)";
  }
}
