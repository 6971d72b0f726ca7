package dev.exoplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.domain.text.Lang;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateWordsTest {
  /** The months DateWords writes out are the JDK's English full names, every one. */
  @Test
  void spelledMonthsAreTheJdksEnglishNames() {
    for (Month m : Month.values()) {
      LocalDate d = LocalDate.of(2026, m, 9);
      assertThat(DateWords.spelled(d, Lang.EN))
          .isEqualTo("9 " + m.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " 2026");
    }
  }

  @Test
  void japaneseHasNoLeadingZeros() {
    assertThat(DateWords.spelled(LocalDate.of(2026, 1, 5), Lang.JA)).isEqualTo("2026年1月5日");
  }
}
