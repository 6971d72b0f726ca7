package dev.exoplan.domain.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** The quote number's date is BASIC_ISO_DATE's, for every year a quote takes. */
class QuotesBasicIsoTest {
  @Test
  void asTheJdkWritesIt() {
    for (int y : new int[] {1, 9, 10, 99, 999, 1000, 2026, 9999}) {
      for (LocalDate d : new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31),
          LocalDate.of(y, 2, 28), LocalDate.of(y, 10, 9)}) {
        assertThat(Quotes.basicIso(d)).as(d.toString())
            .isEqualTo(d.format(DateTimeFormatter.BASIC_ISO_DATE));
      }
    }
  }
}
