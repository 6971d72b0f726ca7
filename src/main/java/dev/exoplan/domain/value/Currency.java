package dev.exoplan.domain.value;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An ISO 4217 currency: its code and how many digits its minor unit has (yen: none). exoplan's own
 * rather than {@link java.util.Currency}, whose initialisation reads the JDK's currency data
 * through the module system: a cost every short command would pay for one yen. Codes outside the
 * common ones are checked against {@link java.util.Currency} when first used. One instance per
 * code.
 */
public final class Currency {
  private static final Map<String, Currency> BY_CODE = new ConcurrentHashMap<>();

  public static final Currency JPY = put("JPY", 0);

  static {
    for (String code : new String[] {"USD", "EUR", "GBP", "CNY", "TWD", "HKD", "SGD", "AUD",
        "CAD", "CHF", "THB"}) {
      put(code, 2);
    }
    put("KRW", 0);
    put("VND", 0);
  }

  private final String code;
  private final int digits;

  private Currency(String code, int digits) {
    this.code = code;
    this.digits = digits;
  }

  private static Currency put(String code, int digits) {
    Currency c = new Currency(code, digits);
    BY_CODE.put(code, c);
    return c;
  }

  /** The currency of an ISO 4217 code; an unknown code throws {@link IllegalArgumentException}. */
  public static Currency getInstance(String code) {
    Currency c = BY_CODE.get(code);
    if (c != null) {
      return c;
    }
    int digits = java.util.Currency.getInstance(code).getDefaultFractionDigits();
    Currency fresh = new Currency(code, Math.max(0, digits));
    Currency known = BY_CODE.putIfAbsent(code, fresh);
    return known == null ? fresh : known;
  }

  public String getCurrencyCode() {
    return code;
  }

  public int getDefaultFractionDigits() {
    return digits;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Currency c && c.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
