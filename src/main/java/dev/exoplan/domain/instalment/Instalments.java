package dev.exoplan.domain.instalment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Repayment schedules in whole yen (issue 20; docs/instalments.md states every rounding).
 *
 * <p>元利均等 (amortised): the monthly rate is the yearly rate ÷ 12. The fixed payment is the
 * annuity {@code P·r / (1 − (1+r)^−n)} rounded down to the yen; each month's interest is the
 * balance × r rounded down to the yen; the last payment settles what is left (balance plus its
 * interest). Oracle: ¥100,000 at 15.00 % in 10 is 10,700 × 9 and 10,699 (total 106,999); rounding
 * the payment up would give 10,701. A payment never exceeds what is owed that month (a tiny
 * principal over many months is paid off early, and the months after it pay 0).
 *
 * <p>アドオン方式 (add-on): the fee is principal × rate × n/12 years, rounded down to the yen;
 * principal plus fee is divided by n, rounded down, and the first payment takes the remainder.
 * Oracle (日専連 NICC's published example): ¥100,000 in 10 at 9.00 % a year (7.50 % for 10
 * months) is a fee of 7,500 and 10,750 × 10.
 */
public final class Instalments {
  private static final MathContext EXACT = new MathContext(40, RoundingMode.HALF_EVEN);
  private static final BigDecimal MONTHS_TIMES_PERCENT = BigDecimal.valueOf(1200);

  private Instalments() {}

  /** The schedule for {@code principal} yen (not negative) under {@code terms}. */
  public static Schedule schedule(long principal, Terms terms) {
    if (principal < 0) {
      throw new IllegalArgumentException("negative principal: " + principal);
    }
    return terms.method() == Repayment.AMORTISED ? amortised(principal, terms)
        : addon(principal, terms);
  }

  private static Schedule amortised(long principal, Terms t) {
    long fixed = payment(principal, t.count(), t.rate());
    List<Long> payments = new ArrayList<>(t.count());
    long interests = 0;
    long balance = principal;
    for (int k = 1; k <= t.count(); k++) {
      long interest = interest(balance, t.rate());
      long owed = Math.addExact(balance, interest);
      long pay = k == t.count() ? owed : Math.min(fixed, owed);
      payments.add(pay);
      interests = Math.addExact(interests, interest);
      balance = owed - pay;
    }
    return new Schedule(principal, t, payments, interests);
  }

  /** One month's interest on {@code balance} at {@code rate} % a year: balance × rate ÷ 1200, down. */
  static long interest(long balance, BigDecimal rate) {
    return BigDecimal.valueOf(balance).multiply(rate)
        .divide(MONTHS_TIMES_PERCENT, 0, RoundingMode.DOWN).longValueExact();
  }

  /**
   * The fixed monthly payment of the amortised method, rounded down to the yen: the annuity
   * {@code P·r·q / (q − 1)} with {@code q = (1+r)^n}, or {@code P / n} when the rate is 0.
   */
  public static long payment(long principal, int count, BigDecimal rate) {
    return annuity(BigDecimal.valueOf(principal), count, rate)
        .setScale(0, RoundingMode.DOWN).longValueExact();
  }

  /** The exact annuity (to 40 digits) of {@code principal} over {@code count} months. */
  private static BigDecimal annuity(BigDecimal principal, int count, BigDecimal rate) {
    if (rate.signum() == 0) {
      return principal.divide(BigDecimal.valueOf(count), EXACT);
    }
    BigDecimal r = rate.divide(MONTHS_TIMES_PERCENT, EXACT);
    BigDecimal q = BigDecimal.ONE.add(r).pow(count, EXACT);
    return principal.multiply(r).multiply(q).divide(q.subtract(BigDecimal.ONE), EXACT);
  }

  /**
   * The fee per ¥100 that card issuers publish for the amortised method (分割払手数料, 現金価格100円
   * 当たり): {@code (n × annuity of ¥100) − 100}, from the exact annuity (not a schedule in whole
   * yen), rounded half up to the sen. At 15.00 %: 2.51 in 3, 7.00 in 10, 24.80 in 36.
   */
  public static BigDecimal feePer100(int count, BigDecimal rate) {
    BigDecimal hundred = BigDecimal.valueOf(100);
    return annuity(hundred, count, rate).multiply(BigDecimal.valueOf(count)).subtract(hundred)
        .setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * {@code budget --monthly M --instalments N}: the schedule of the largest principal whose every
   * payment is at most {@code monthly}, so M a month under {@code t} pays for that much up front.
   * Every payment at most M means all of them at most M × N: the largest principal whose total paid
   * is at most M × N is found by halving (the total grows with the principal), then the principal
   * steps down a yen at a time until no payment exceeds M (a first or last payment can take a few
   * yen more than the others, so a total under M × N is not enough).
   */
  public static Schedule mostBorrowed(long monthly, Terms t) {
    long cap = Math.multiplyExact(monthly, t.count());
    long lo = 0;
    long hi = cap;
    while (lo < hi) {
      long mid = lo + (hi - lo + 1) / 2;
      if (schedule(mid, t).total() <= cap) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    Schedule s = schedule(lo, t);
    while (!fits(s, monthly)) {
      s = schedule(s.principal() - 1, t);
    }
    return s;
  }

  private static boolean fits(Schedule s, long monthly) {
    for (long p : s.payments()) {
      if (p > monthly) {
        return false;
      }
    }
    return true;
  }

  private static Schedule addon(long principal, Terms t) {
    long fee = BigDecimal.valueOf(principal).multiply(t.rate())
        .multiply(BigDecimal.valueOf(t.count()))
        .divide(MONTHS_TIMES_PERCENT, 0, RoundingMode.DOWN).longValueExact();
    long total = Math.addExact(principal, fee);
    long each = total / t.count();
    long first = total - each * (t.count() - 1);
    List<Long> payments = new ArrayList<>(t.count());
    payments.add(first);
    for (int k = 2; k <= t.count(); k++) {
      payments.add(each);
    }
    return new Schedule(principal, t, payments, fee);
  }
}
