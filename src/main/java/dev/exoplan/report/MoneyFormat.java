package dev.exoplan.report;

import dev.exoplan.domain.text.Lang;
import dev.exoplan.domain.value.Money;
import java.math.BigDecimal;

/**
 * Money as a reader expects it: {@code 100,000円} in Japanese, {@code ¥100,000} in English; other
 * currencies with their minor digits and ISO code ({@code 1,234.50 USD}). With {@code man} set,
 * every Japanese yen amount is written in 億 and 万 the way a Japanese price list writes it, so that
 * one line never mixes styles: {@code 10万円}, {@code 106万2,500円}, {@code 1億2,000万円},
 * {@code 5,000円}.
 */
public final class MoneyFormat {
  private final Lang lang;
  private final boolean man;

  public MoneyFormat(Lang lang, boolean man) {
    this.lang = lang;
    this.man = man;
  }

  public MoneyFormat(Lang lang) {
    this(lang, false);
  }

  public String format(Money m) {
    String code = m.currency().getCurrencyCode();
    if (!man && code.equals("JPY") && m.minor() != Long.MIN_VALUE) {
      String digits = grouped(Math.abs(m.minor()));
      String sign = m.isNegative() ? "-" : "";
      return lang == Lang.JA ? sign + digits + "円" : sign + "¥" + digits;
    }
    int digits = Math.max(0, m.currency().getDefaultFractionDigits());
    boolean negative = m.isNegative();
    String sign = negative ? "-" : "";
    BigDecimal abs = BigDecimal.valueOf(m.minor()).abs().movePointLeft(digits);
    if (code.equals("JPY")) {
      if (man && lang == Lang.JA) {
        java.math.BigInteger whole = abs.toBigInteger();
        return sign + (whole.bitLength() <= 63 ? inJapaneseUnits(whole.longValue())
            : grouped(abs) + "円");
      }
      return lang == Lang.JA ? sign + grouped(abs) + "円" : sign + "¥" + grouped(abs);
    }
    return sign + grouped(abs) + " " + code;
  }

  /** A non-negative number of yen in 兆, 億, 万 and yen, each part grouped: 1億2,345万6,789円. */
  static String inJapaneseUnits(long yen) {
    long cho = yen / 1_000_000_000_000L;
    long oku = yen / 100_000_000L % 10_000L;
    long man = yen / 10_000L % 10_000L;
    long rest = yen % 10_000L;
    StringBuilder b = new StringBuilder();
    if (cho > 0) {
      b.append(grouped(cho)).append('兆');
    }
    if (oku > 0) {
      b.append(grouped(oku)).append('億');
    }
    if (man > 0) {
      b.append(grouped(man)).append('万');
    }
    if (rest > 0 || b.length() == 0) {
      b.append(grouped(rest));
    }
    return b.append('円').toString();
  }

  /** Digits grouped by thousands, fraction digits kept as they are. */
  static String grouped(BigDecimal value) {
    String plain = value.toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot);
    StringBuilder sb = new StringBuilder();
    int n = whole.length();
    for (int i = 0; i < n; i++) {
      sb.append(whole.charAt(i));
      int left = n - 1 - i;
      if (left > 0 && left % 3 == 0) {
        sb.append(',');
      }
    }
    return sb + fraction;
  }

  /** A plain grouped number, for counts: 1,234,567. */
  public static String grouped(long value) {
    if (value < 0) {
      return value == Long.MIN_VALUE ? grouped(BigDecimal.valueOf(value)) : "-" + grouped(-value);
    }
    String digits = Long.toString(value);
    int n = digits.length();
    StringBuilder sb = new StringBuilder(n + n / 3);
    for (int i = 0; i < n; i++) {
      if (i > 0 && (n - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(digits.charAt(i));
    }
    return sb.toString();
  }
}
