package dev.exoplan.domain.value;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;
import java.time.LocalDate;

/**
 * A calendar date as a user writes it: {@code 2026-12-01}, {@code 2026/12/01} or
 * {@code 2026年12月1日} (full-width digits too, month and day with or without a leading zero).
 * The one parser of dates given on the command line, in batch requests and by the fast path.
 */
public final class Dates {
  private Dates() {}

  /**
   * The date, from 0001-01-01 to 9999-12-31; a DomainException saying what was expected
   * otherwise: a bad form ({@code usage.date.expected}), a day the calendar does not have such as
   * 2026-02-30 ({@code usage.date.nonexistent}), or a year out of range.
   */
  public static LocalDate parse(String given) {
    String t = ValueText.ascii(given).trim();
    int[] ymd = t.length() > 20 ? null : fields(t);
    if (ymd == null) {
      throw new DomainException(Message.of("usage.date.expected", ValueText.shown(given)));
    }
    int y = ymd[0];
    int m = ymd[1];
    int d = ymd[2];
    if (y < 1 || y > 9999) {
      throw new DomainException(Message.of("usage.date.range", ValueText.shown(given)));
    }
    // Month.length rather than YearMonth's: YearMonth builds a DateTimeFormatter when first used,
    // and with it the JDK's method-handle machinery (issue 21, start-up)
    boolean leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; // IsoChronology.isLeapYear
    if (m < 1 || m > 12 || d < 1 || d > java.time.Month.of(m).length(leap)) {
      throw new DomainException(Message.of("usage.date.nonexistent", ValueText.shown(given)));
    }
    return LocalDate.of(y, m, d);
  }

  /**
   * {@code LocalDate.parse(s)}: the common 2026-12-01 taken apart here, since the JDK's parser
   * compiles java.time.Period's regular expression on first use (a few ms of a quote's start-up,
   * issue 21); anything else (a signed year, a mistake) goes to the JDK's parser. A pricing file's
   * dates are read so; DatesTest proves it the JDK's answer.
   */
  public static LocalDate iso(String s) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int y = ValueText.digits(s, 0, 4);
      int m = ValueText.digits(s, 5, 7);
      int d = ValueText.digits(s, 8, 10);
      if (y >= 0 && m >= 0 && d >= 0) {
        return LocalDate.of(y, m, d); // STRICT, as ISO_LOCAL_DATE: 2026-02-30 is refused
      }
    }
    return LocalDate.parse(s);
  }

  /**
   * Year, month and day of {@code YYYY-MM-DD}, {@code YYYY/MM/DD} or {@code YYYY年M月D日} (month
   * and day of one or two digits, the year of four; a signed or longer year is read as year 0, out
   * of range), or null for any other form.
   */
  private static int[] fields(String t) {
    int[] out = new int[3];
    int at = 0;
    char sep = 0;
    boolean signed = !t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-');
    if (signed) {
      at++;
    }
    for (int f = 0; f < 3; f++) {
      int from = at;
      while (at < t.length() && t.charAt(at) >= '0' && t.charAt(at) <= '9') {
        at++;
      }
      int len = at - from;
      if (f == 0 ? len < 4 || len > 9 : len < 1 || len > 2) {
        return null;
      }
      // a signed year or one of more than four digits is a date, out of the range we take
      out[f] = f == 0 && (signed || len > 4) ? 0 : ValueText.digits(t, from, at);
      if (f == 0) {
        if (at >= t.length()) {
          return null;
        }
        sep = t.charAt(at);
        if (sep != '-' && sep != '/' && sep != '年') {
          return null;
        }
        at++;
      } else if (sep == '年') {
        if (at >= t.length() || t.charAt(at) != (f == 1 ? '月' : '日')) {
          return null;
        }
        at++;
      } else if (f == 1) {
        if (at >= t.length() || t.charAt(at) != sep) {
          return null;
        }
        at++;
      }
    }
    return at == t.length() ? out : null;
  }
}
