package dev.exoplan.domain.value;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;
import java.math.BigDecimal;

/** One amount of yen as a user writes it, for {@link PriceRange#parse}. */
final class YenText {
  private YenText() {}

  /** {@code 100000}, {@code 100,000}, {@code 10万}, {@code 1.5万円}, {@code 100000円}, {@code ¥100000}. */
  static long yen(String s, Message expected) {
    String t = s.trim();
    if (t.length() > 1 && t.charAt(0) == '¥') {
      t = t.substring(1).trim();
    }
    int n = t.length();
    if (n > 1 && (t.endsWith("万") || t.endsWith("万円"))) {
      String number = t.substring(0, t.endsWith("万") ? n - 1 : n - 2);
      Long man = man(number, t, expected);
      if (man != null) {
        return man;
      }
    }
    if (n > 1 && t.endsWith("円")) {
      t = t.substring(0, n - 1).trim();
    }
    if (grouped(t)) {
      t = t.replace(",", "");
    }
    return ValueText.wholeNumber(t, expected);
  }

  /**
   * {@code 12} or {@code 1.5} (of 万, ten thousand yen) in yen; null if not of that form; refused
   * when it is less than one yen's precision or too large for an amount.
   */
  private static Long man(String number, String whole, Message expected) {
    int dot = number.indexOf('.');
    String integer = dot < 0 ? number : number.substring(0, dot);
    String fraction = dot < 0 ? "" : number.substring(dot + 1);
    if (integer.isEmpty() || !ValueText.allDigits(integer) || (dot >= 0 && (fraction.isEmpty()
        || !ValueText.allDigits(fraction)))) {
      return null;
    }
    int end = fraction.length();
    while (end > 0 && fraction.charAt(end - 1) == '0') {
      end--;
    }
    if (end > 4) {
      throw new DomainException(Message.of("usage.price.fraction", expected));
    }
    int start = 0;
    while (start < integer.length() - 1 && integer.charAt(start) == '0') {
      start++;
    }
    if (integer.length() - start > 15) {
      throw new DomainException(Message.of("usage.number.too.large", ValueText.shortened(whole)));
    }
    BigDecimal v = new BigDecimal(integer.substring(start) + "." + fraction.substring(0, end) + "0")
        .movePointRight(4);
    try {
      return v.longValueExact();
    } catch (ArithmeticException e) {
      throw new DomainException(Message.of("usage.number.too.large", ValueText.shortened(whole)));
    }
  }

  /** {@code 1,234,567}: one to three digits, then groups of a comma and three digits. */
  private static boolean grouped(String t) {
    int comma = t.indexOf(',');
    if (comma < 1 || comma > 3 || !ValueText.allDigits(t.substring(0, comma))) {
      return false;
    }
    for (int i = comma; i < t.length(); i += 4) {
      if (t.charAt(i) != ',' || i + 4 > t.length() || !ValueText.allDigits(t.substring(i + 1, i + 4))) {
        return false;
      }
    }
    return true;
  }
}
