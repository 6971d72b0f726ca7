package dev.exoplan.domain.value;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;

/**
 * The pieces the value parsers share ({@link CountRange#parse}, {@link PriceRange#parse},
 * {@link Interval#parse}, {@link Months#parse}, {@link Dates#parse}). A range is {@code A..B}
 * ({@code 〜} and {@code ~} are accepted for {@code ..}) or a single value. Parsing is by hand, in
 * one pass: no regular expression, so no value, however long or hostile, takes more than linear
 * time.
 */
final class ValueText {
  private ValueText() {}

  /**
   * The text with full-width digits, letters and signs as their ASCII forms (NFKC), as a Japanese
   * keyboard types them: ５, ３〜５ (〜 stays, ～ becomes ~), ２０２６－１２－０１. Plain ASCII is
   * returned as it is; normalisation is linear in the text's length.
   */
  static String ascii(String s) {
    return dev.exoplan.domain.text.Nfkc.of(s);
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

  static boolean allDigits(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The number in s[from, to) if it is all digits, else -1. */
  static int digits(String s, int from, int to) {
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

  /** The trimmed text as a whole number, else {@code expected}; too large is said so. */
  static long wholeNumber(String s, Message expected) {
    String t = s.trim();
    if (t.isEmpty() || !allDigits(t)) {
      throw new DomainException(expected);
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new DomainException(Message.of("usage.number.too.large", shortened(t)));
    }
  }
}
