package dev.exoplan.cli;

import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.PriceRange;
import dev.exoplan.domain.value.TimeUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Parses the values of command-line options (and batch request fields, which use the same
 * syntax). A range is {@code A..B} ({@code 〜} and {@code ~} are accepted for {@code ..}) or a
 * single value. Every failure is a {@link UsageException} saying what was expected. Parsing is by
 * hand, in one pass: no regular expression, so no value, however long or hostile, takes more than
 * linear time.
 */
public final class Args {
  public static final int MAX_SESSIONS = 100_000;
  public static final int MAX_MONTHS = 1200;
  public static final int MAX_INTERVAL = 600;

  private Args() {}

  /**
   * The text with full-width digits, letters and signs as their ASCII forms (NFKC), as a Japanese
   * keyboard types them: ５, ３〜５ (〜 stays, ～ becomes ~), ２０２６－１２－０１. Plain ASCII is
   * returned as it is; normalisation is linear in the text's length.
   */
  static String ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
      }
    }
    return s;
  }

  public static Method method(String s) {
    Optional<Method> m = Method.parse(s);
    if (m.isEmpty()) {
      Object hint = Method.meant(s).<Object>map(x -> Message.of("usage.meant", x.id())).orElse("");
      throw new UsageException(Message.of("usage.method.unknown", shown(s), hint, Method.idList()));
    }
    return m.get();
  }

  /**
   * {@code 12345} or {@code 12..345} in plain digits: the two numbers (equal for one), or null
   * when the text has any other form (then the full parser reads it). Saves a regular expression
   * for the common case.
   */
  static long[] plainRange(String s) {
    int n = s.length();
    if (n == 0 || n > 37) {
      return null;
    }
    long a = 0;
    int i = 0;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      a = a * 10 + (s.charAt(i) - '0');
      i++;
    }
    if (i == 0 || i > 18) {
      return null;
    }
    if (i == n) {
      return new long[] {a, a};
    }
    if (i + 2 >= n || s.charAt(i) != '.' || s.charAt(i + 1) != '.') {
      return null;
    }
    int j = i + 2;
    long b = 0;
    while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
      b = b * 10 + (s.charAt(j) - '0');
      j++;
    }
    if (j != n || j - (i + 2) > 18) {
      return null;
    }
    return new long[] {a, b};
  }

  /** {@code 5} or {@code 3..5}, each from 0 to {@value #MAX_SESSIONS}. */
  public static CountRange count(String given) {
    String s = ascii(given);
    long[] plain = plainRange(s);
    if (plain != null && plain[0] <= plain[1] && plain[1] <= MAX_SESSIONS) {
      return new CountRange((int) plain[0], (int) plain[1]);
    }
    Message expected = Message.of("usage.count.expected", shown(given));
    String[] range = splitRange(s.trim());
    long low;
    long high;
    if (range != null) {
      low = wholeNumber(range[0], expected);
      high = wholeNumber(range[1], expected);
    } else {
      low = high = wholeNumber(s.trim(), expected);
    }
    if (high > MAX_SESSIONS) {
      throw new UsageException(Message.of("usage.count.too.many", MAX_SESSIONS, high));
    }
    if (low > high) {
      throw new UsageException(Message.of("usage.range.reversed", shown(given)));
    }
    return new CountRange((int) low, (int) high);
  }

  /**
   * A per-session price in yen: {@code 100000}, {@code 100,000}, {@code 10万}, {@code 100000円},
   * or a range of them ({@code 50000..200000}, {@code 5万〜20万}).
   */
  /**
   * A price or price range in yen, written as a Japanese reader writes it too: full-width digits
   * and commas, a leading ¥ or ￥, a trailing 円, 万, 〜 (all read after NFKC normalisation, which
   * is linear in the text's length).
   */
  public static PriceRange price(String given) {
    long[] plain = plainRange(given);
    if (plain != null && plain[0] <= plain[1]) {
      return PriceRange.of(Money.yen(plain[0]), Money.yen(plain[1]));
    }
    String s = ascii(given);
    Message expected = Message.of("usage.price.expected", shown(given));
    String[] range = splitRange(s.trim());
    long low;
    long high;
    if (range != null) {
      low = yen(range[0], expected);
      high = yen(range[1], expected);
    } else {
      low = high = yen(s.trim(), expected);
    }
    if (low > high) {
      throw new UsageException(Message.of("usage.range.reversed", shown(given)));
    }
    return PriceRange.of(Money.yen(low), Money.yen(high));
  }

  private static long yen(String s, Message expected) {
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
    return wholeNumber(t, expected);
  }

  /**
   * {@code 12} or {@code 1.5} (of 万, ten thousand yen) in yen; null if not of that form; refused
   * when it is less than one yen's precision or too large for an amount.
   */
  private static Long man(String number, String whole, Message expected) {
    int dot = number.indexOf('.');
    String integer = dot < 0 ? number : number.substring(0, dot);
    String fraction = dot < 0 ? "" : number.substring(dot + 1);
    if (integer.isEmpty() || !allDigits(integer) || (dot >= 0 && (fraction.isEmpty()
        || !allDigits(fraction)))) {
      return null;
    }
    int end = fraction.length();
    while (end > 0 && fraction.charAt(end - 1) == '0') {
      end--;
    }
    if (end > 4) {
      throw new UsageException(Message.of("usage.price.fraction", expected));
    }
    int start = 0;
    while (start < integer.length() - 1 && integer.charAt(start) == '0') {
      start++;
    }
    if (integer.length() - start > 15) {
      throw new UsageException(Message.of("usage.number.too.large", shortened(whole)));
    }
    BigDecimal v = new BigDecimal(integer.substring(start) + "." + fraction.substring(0, end) + "0")
        .movePointRight(4);
    try {
      return v.longValueExact();
    } catch (ArithmeticException e) {
      throw new UsageException(Message.of("usage.number.too.large", shortened(whole)));
    }
  }

  /** {@code 1,234,567}: one to three digits, then groups of a comma and three digits. */
  private static boolean grouped(String t) {
    int comma = t.indexOf(',');
    if (comma < 1 || comma > 3 || !allDigits(t.substring(0, comma))) {
      return false;
    }
    for (int i = comma; i < t.length(); i += 4) {
      if (t.charAt(i) != ',' || i + 4 > t.length() || !allDigits(t.substring(i + 1, i + 4))) {
        return false;
      }
    }
    return true;
  }

  private static boolean allDigits(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code A..B}, {@code A〜B} or {@code A~B} split at its first separator (A and B untrimmed, both
   * non-empty); null when there is none. No line breaks inside a range.
   */
  static String[] splitRange(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return null;
      }
    }
    for (int i = 1; i < t.length(); i++) {
      char c = t.charAt(i);
      int len = c == '〜' || c == '~' ? 1 : c == '.' && i + 1 < t.length() && t.charAt(i + 1) == '.' ? 2 : 0;
      if (len > 0 && i + len < t.length()) {
        return new String[] {t.substring(0, i), t.substring(i + len)};
      }
    }
    return null;
  }

  /** A value as a message shows it unquoted: at most 60 characters, the rest counted. */
  static Object shortened(String s) {
    return s.length() <= 60 ? s : Message.of("usage.value.long", s.substring(0, 50) + "…", s.length());
  }

  /** A value as a message quotes it: at most 60 characters, the rest counted. */
  static Object shown(String s) {
    if (s.length() <= 60) {
      return "'" + s + "'";
    }
    return Message.of("usage.value.long", "'" + s.substring(0, 50) + "…'", s.length());
  }

  private static long wholeNumber(String s, Message expected) {
    String t = s.trim();
    if (t.isEmpty() || !allDigits(t)) {
      throw new UsageException(expected);
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new UsageException(Message.of("usage.number.too.large", shortened(t)));
    }
  }

  /** {@code 6..12m} (months) or {@code 2..3w} (weeks); {@code 6m} for a single value. */
  public static Interval interval(String given) {
    String s = ascii(given);
    String t = s.trim();
    Message expected = Message.of("usage.interval.expected", shown(given));
    int n = t.length();
    char unit = n == 0 ? 0 : t.charAt(n - 1);
    if (unit != 'm' && unit != 'w') {
      throw new UsageException(expected);
    }
    String body = t.substring(0, n - 1);
    String[] range = splitRange(body);
    String first = range == null ? body : range[0].stripTrailing();
    if (!first.isEmpty() && (first.charAt(first.length() - 1) == 'm'
        || first.charAt(first.length() - 1) == 'w')) {
      if (range == null || first.charAt(first.length() - 1) != unit) {
        throw new UsageException(expected);
      }
      first = first.substring(0, first.length() - 1);
    }
    String second = range == null ? first : range[1].stripLeading();
    if (first.isEmpty() || !allDigits(first) || second.isEmpty() || !allDigits(second)) {
      throw new UsageException(expected);
    }
    long low = wholeNumber(first, expected);
    long high = wholeNumber(second, expected);
    if (low < 1 || high > MAX_INTERVAL) {
      throw new UsageException(Message.of("usage.interval.bounds", MAX_INTERVAL, shown(given)));
    }
    if (low > high) {
      throw new UsageException(Message.of("usage.range.reversed", shown(given)));
    }
    return new Interval((int) low, (int) high, unit == 'm' ? TimeUnit.MONTH : TimeUnit.WEEK);
  }

  /** The number in s[from, to) if it is all digits, else -1. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  public static int months(String given) {
    String s = ascii(given);
    Message expected = Message.of("usage.months.expected", MAX_MONTHS, shown(given));
    long v;
    try {
      v = wholeNumber(s, expected);
    } catch (UsageException e) {
      throw new UsageException(expected);
    }
    if (v < 1 || v > MAX_MONTHS) {
      throw new UsageException(expected);
    }
    return (int) v;
  }

  /** A name printed on a quote: not blank, at most 100 characters, no control characters. */
  public static String name(String option, String s) {
    String t = s.strip();
    if (dev.exoplan.util.Visible.blank(t)) { // issue 22: only zero-width spaces is empty too
      throw new UsageException(Message.of("usage.name.empty", option));
    }
    if (t.codePointCount(0, t.length()) > 100) {
      throw new UsageException(Message.of("usage.name.too.long", option));
    }
    if (dev.exoplan.util.Visible.hidden(t) >= 0) { // issue 22: and U+202E, as in files
      throw new UsageException(Message.of("usage.name.control", option));
    }
    return t;
  }

  public static LocalDate date(String given) {
    String s = ascii(given);
    String t = s.trim();
    if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
      // YYYY-MM-DD read directly: the ISO parser costs more to start than a whole plan
      int y = digits(t, 0, 4);
      int m = digits(t, 5, 7);
      int d = digits(t, 8, 10);
      if (y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= java.time.YearMonth.of(y, m).lengthOfMonth()) {
        return LocalDate.of(y, m, d);
      }
    }
    if (t.length() > 20) {
      throw new UsageException(Message.of("usage.date.expected", shown(given)));
    }
    LocalDate d;
    try {
      d = LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new UsageException(Message.of("usage.date.expected", shown(given)));
    }
    if (d.getYear() < 1 || d.getYear() > 9999) {
      throw new UsageException(Message.of("usage.date.range", shown(given)));
    }
    return d;
  }
}
