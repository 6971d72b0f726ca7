package dev.exoplan.cli;

import dev.exoplan.domain.CountRange;
import dev.exoplan.domain.Interval;
import dev.exoplan.domain.Method;
import dev.exoplan.domain.Money;
import dev.exoplan.domain.PriceRange;
import dev.exoplan.domain.TimeUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the values of command-line options (and batch request fields, which use the same
 * syntax). A range is {@code A..B} ({@code 〜} and {@code ~} are accepted for {@code ..}) or a
 * single value. Every failure is a {@link UsageException} saying what was expected.
 */
public final class Args {
  public static final int MAX_SESSIONS = 100_000;
  public static final int MAX_MONTHS = 1200;
  public static final int MAX_INTERVAL = 600;

  /** The regular expressions, compiled on first use: a plain 5 or 3..5 never needs them. */
  private static final class Patterns {
    static final Pattern RANGE = Pattern.compile("(.+?)\\s*(?:\\.\\.|〜|~)\\s*(.+)");
    static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(,[0-9]{3})+");
    static final Pattern MAN = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)万(?:円)?");
    static final Pattern YEN = Pattern.compile("(.+?)円");
    static final Pattern INTERVAL =
        Pattern.compile("([0-9]+)([mw])?(?:\\s*(?:\\.\\.|〜|~)\\s*([0-9]+))?([mw])");
  }

  private Args() {}

  public static Method method(String s) {
    Optional<Method> m = Method.parse(s);
    if (m.isEmpty()) {
      String hint = Method.meant(s).map(x -> " (did you mean " + x.id() + "?)").orElse("");
      throw new UsageException("unknown method '" + s + "'" + hint + ": expected one of "
          + Method.idList() + ", or 点滴, 注射, 頭皮, 水光");
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
  public static CountRange count(String s) {
    long[] plain = plainRange(s);
    if (plain != null && plain[0] <= plain[1] && plain[1] <= MAX_SESSIONS) {
      return new CountRange((int) plain[0], (int) plain[1]);
    }
    String expected = "expected a number of sessions like 5 or 3..5, got '" + s + "'";
    Matcher m = Patterns.RANGE.matcher(s.trim());
    long low;
    long high;
    if (m.matches()) {
      low = wholeNumber(m.group(1), expected);
      high = wholeNumber(m.group(2), expected);
    } else {
      low = high = wholeNumber(s.trim(), expected);
    }
    if (high > MAX_SESSIONS) {
      throw new UsageException("at most " + MAX_SESSIONS + " sessions, got " + high);
    }
    if (low > high) {
      throw new UsageException("the low end is above the high end in '" + s + "'");
    }
    return new CountRange((int) low, (int) high);
  }

  /**
   * A per-session price in yen: {@code 100000}, {@code 100,000}, {@code 10万}, {@code 100000円},
   * or a range of them ({@code 50000..200000}, {@code 5万〜20万}).
   */
  public static PriceRange price(String s) {
    long[] plain = plainRange(s);
    if (plain != null && plain[0] <= plain[1]) {
      return PriceRange.of(Money.yen(plain[0]), Money.yen(plain[1]));
    }
    String expected =
        "expected a price in yen like 100000, 100,000, 10万 or 50000..200000, got '" + s + "'";
    Matcher m = Patterns.RANGE.matcher(s.trim());
    long low;
    long high;
    if (m.matches()) {
      low = yen(m.group(1), expected);
      high = yen(m.group(2), expected);
    } else {
      low = high = yen(s.trim(), expected);
    }
    if (low > high) {
      throw new UsageException("the low end is above the high end in '" + s + "'");
    }
    return PriceRange.of(Money.yen(low), Money.yen(high));
  }

  private static long yen(String s, String expected) {
    String t = s.trim();
    Matcher man = Patterns.MAN.matcher(t);
    if (man.matches()) {
      BigDecimal v = new BigDecimal(man.group(1)).movePointRight(4);
      try {
        return v.longValueExact();
      } catch (ArithmeticException e) {
        throw new UsageException(expected + " (less than one yen is not a price)");
      }
    }
    Matcher yen = Patterns.YEN.matcher(t);
    if (yen.matches()) {
      t = yen.group(1).trim();
    }
    if (Patterns.GROUPED.matcher(t).matches()) {
      t = t.replace(",", "");
    }
    return wholeNumber(t, expected);
  }

  private static long wholeNumber(String s, String expected) {
    String t = s.trim();
    if (t.isEmpty() || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new UsageException(expected);
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new UsageException("number too large: " + t);
    }
  }

  /** {@code 6..12m} (months) or {@code 2..3w} (weeks); {@code 6m} for a single value. */
  public static Interval interval(String s) {
    Matcher m = Patterns.INTERVAL.matcher(s.trim());
    if (!m.matches() || (m.group(2) != null && !m.group(2).equals(m.group(4)))) {
      throw new UsageException(
          "expected an interval like 6..12m (months) or 2..3w (weeks), got '" + s + "'");
    }
    long low = wholeNumber(m.group(1), "");
    long high = m.group(3) == null ? low : wholeNumber(m.group(3), "");
    if (low < 1 || high > MAX_INTERVAL) {
      throw new UsageException("an interval is from 1 to " + MAX_INTERVAL + ", got '" + s + "'");
    }
    if (low > high) {
      throw new UsageException("the low end is above the high end in '" + s + "'");
    }
    return new Interval((int) low, (int) high, m.group(4).equals("m") ? TimeUnit.MONTH : TimeUnit.WEEK);
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

  public static int months(String s) {
    String expected = "expected a number of months from 1 to " + MAX_MONTHS + ", got '" + s + "'";
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
    if (t.isEmpty()) {
      throw new UsageException(option + ": expected a name, got an empty one");
    }
    if (t.codePointCount(0, t.length()) > 100) {
      throw new UsageException(option + ": at most 100 characters");
    }
    if (t.chars().anyMatch(Character::isISOControl)) {
      throw new UsageException(option + ": control characters (tabs, newlines…) are not allowed");
    }
    return t;
  }

  public static LocalDate date(String s) {
    String t = s.trim();
    if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
      // YYYY-MM-DD read directly: the ISO parser costs more to start than a whole plan
      int y = digits(t, 0, 4);
      int m = digits(t, 5, 7);
      int d = digits(t, 8, 10);
      if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= java.time.YearMonth.of(y, m).lengthOfMonth()) {
        return LocalDate.of(y, m, d);
      }
    }
    LocalDate d;
    try {
      d = LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new UsageException("expected a date like 2026-12-01, got '" + s + "'");
    }
    if (d.getYear() < 1 || d.getYear() > 9999) {
      throw new UsageException("expected a date from 0001-01-01 to 9999-12-31, got '" + s + "'");
    }
    return d;
  }
}
