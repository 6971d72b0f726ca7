package dev.exoplan.domain.instalment;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;
import java.math.BigDecimal;
import dev.exoplan.domain.text.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * What a patient asks a lender for: {@code count} monthly payments under a method at a yearly
 * rate in percent (実質年率 for the amortised method, the add-on rate for アドオン方式).
 *
 * <p>The bounds: at least 2 payments and at most {@link #MAX_COUNT}; a rate from 0 to 20 % with
 * at most two decimals. 20 % is the highest ceiling of the Interest Rate Restriction Act (利息制限法
 * 第1条: 20 % a year below ¥100,000, 18 % up to ¥1,000,000, 15 % above; docs/instalments.md): no
 * lawful loan charges more, so a higher rate is a typing mistake. {@code loan} is the name of the
 * clinic's loan product the terms come from ({@code --loan ID}), if any.
 */
public record Terms(int count, Repayment method, BigDecimal rate, Optional<Text> loan) {
  /** The most payments accepted: 10 years of monthly payments. */
  public static final int MAX_COUNT = 120;

  /** The highest rate accepted, in percent a year. */
  public static final BigDecimal MAX_RATE = BigDecimal.valueOf(20);

  /** Terms typed on the command line, under no named loan. */
  public Terms(int count, Repayment method, BigDecimal rate) {
    this(count, method, rate, Optional.empty());
  }

  public Terms {
    Objects.requireNonNull(loan, "loan");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(rate, "rate");
    if (count < 2 || count > MAX_COUNT) {
      throw new DomainException(Message.of("instalment.count", count, MAX_COUNT));
    }
    if (rate.signum() < 0 || rate.compareTo(MAX_RATE) > 0 || rate.stripTrailingZeros().scale() > 2) {
      throw new DomainException(Message.of("instalment.rate", rate.toPlainString()));
    }
  }

  /**
   * A rate as typed: {@code 15}, {@code 15.00}, {@code 14.95} or {@code 15%}; a DomainException
   * for anything else or a rate out of bounds.
   */
  public static BigDecimal rate(String text) {
    String t = text.strip();
    if (t.endsWith("%") || t.endsWith("％")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (!t.matches("[0-9]{1,3}(\\.[0-9]{1,2})?")) {
      throw new DomainException(Message.of("instalment.rate", text));
    }
    BigDecimal r = new BigDecimal(t);
    if (r.compareTo(MAX_RATE) > 0) {
      throw new DomainException(Message.of("instalment.rate", text));
    }
    return r;
  }

  /** A count as typed: digits only, within bounds; a DomainException otherwise. */
  public static int count(String text) {
    String t = text.strip();
    if (!t.matches("[0-9]{1,4}")) {
      throw new DomainException(Message.of("instalment.count", text, MAX_COUNT));
    }
    int n = Integer.parseInt(t);
    if (n < 2 || n > MAX_COUNT) {
      throw new DomainException(Message.of("instalment.count", text, MAX_COUNT));
    }
    return n;
  }
}
