package dev.exoplan.domain.value;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A calendar date as a user writes it: {@code 2026-12-01} (full-width digits too). */
public final class Dates {
  private Dates() {}

  /** The date, from 0001-01-01 to 9999-12-31; a DomainException saying what was expected otherwise. */
  public static LocalDate parse(String given) {
    String t = ValueText.ascii(given).trim();
    if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
      // YYYY-MM-DD read directly: the ISO parser costs more to start than a whole plan
      int y = ValueText.digits(t, 0, 4);
      int m = ValueText.digits(t, 5, 7);
      int d = ValueText.digits(t, 8, 10);
      if (y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= java.time.YearMonth.of(y, m).lengthOfMonth()) {
        return LocalDate.of(y, m, d);
      }
    }
    if (t.length() > 20) {
      throw new DomainException(Message.of("usage.date.expected", ValueText.shown(given)));
    }
    LocalDate d;
    try {
      d = LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new DomainException(Message.of("usage.date.expected", ValueText.shown(given)));
    }
    if (d.getYear() < 1 || d.getYear() > 9999) {
      throw new DomainException(Message.of("usage.date.range", ValueText.shown(given)));
    }
    return d;
  }
}
