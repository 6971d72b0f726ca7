package dev.exoplan.report;

import dev.exoplan.domain.Lang;
import dev.exoplan.domain.Money;
import java.math.BigDecimal;

/**
 * Money as a reader expects it: {@code 100,000円} in Japanese, {@code ¥100,000} in English; other
 * currencies with their minor digits and ISO code ({@code 1,234.50 USD}). With {@code man} set,
 * Japanese yen use 万 for round amounts: {@code 10万円}, {@code 12.5万円}.
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
      if (man && lang == Lang.JA && abs.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
        BigDecimal inMan = abs.movePointLeft(4).stripTrailingZeros();
        if (inMan.scale() <= 1) {
          return sign + grouped(inMan) + "万円";
        }
      }
      return lang == Lang.JA ? sign + grouped(abs) + "円" : sign + "¥" + grouped(abs);
    }
    return sign + grouped(abs) + " " + code;
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
