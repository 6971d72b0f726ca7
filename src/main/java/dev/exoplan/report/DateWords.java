package dev.exoplan.report;

import dev.exoplan.domain.text.Lang;
import java.time.LocalDate;

/**
 * How a date is written for a reader: the one place text, Markdown and HTML output format a
 * {@link LocalDate} (JSON and CSV keep ISO 2026-12-01). Japanese is always 2026年12月1日;
 * English is ISO in plans and tables, and 1 December 2026 on a quote, a document a patient signs.
 */
public final class DateWords {
  /**
   * The English months, written out rather than asked of {@code Month.getDisplayName}, whose
   * first call loads the JDK's CLDR locale data: about 12 ms of a 180 ms text quote (issue 21).
   * DateWordsTest checks them against the JDK's.
   */
  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };

  private DateWords() {}

  /** {@code 2026年12月1日}: no leading zeros, as Japanese documents write a date. */
  public static String japanese(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /** {@code 2026年12月1日} in Japanese, {@code 2026-12-01} in English. */
  public static String of(LocalDate d, Lang lang) {
    return lang == Lang.JA ? japanese(d) : d.toString();
  }

  /** {@code 2026年12月1日} in Japanese, {@code 1 December 2026} in English (a quote's dates). */
  public static String spelled(LocalDate d, Lang lang) {
    if (lang == Lang.JA) {
      return japanese(d);
    }
    return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
  }
}
