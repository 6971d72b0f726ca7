package dev.exoplan.domain.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates.iso gives LocalDate.parse's answer, a date or a refusal, for every form tried. */
class DatesIsoTest {
  private static String outcome(java.util.function.Function<String, LocalDate> f, String s) {
    try {
      return f.apply(s).toString();
    } catch (DateTimeException e) {
      return "refused";
    }
  }

  @Test
  void theJdksAnswerEveryTime() {
    List<String> tried = new ArrayList<>();
    for (String y : List.of("0000", "0001", "0999", "2026", "2024", "2100", "9999")) {
      for (int m = 0; m <= 13; m++) {
        for (int d = 0; d <= 32; d++) {
          tried.add(String.format("%s-%02d-%02d", y, m, d));
        }
      }
    }
    tried.addAll(List.of("2026-1-01", "2026-01-1", "+2026-01-01", "+12026-01-01", "-0001-01-01",
        "2026-01-01x", "2026/01/01", "2026-0a-01", "20260101", "", "2026-01-01 ",
        "\uff12\uff10\uff12\uff16-01-01", "2026-\u0661\u0662-01", "2026--1-01", "2026-+1-01"));
    int dates = 0;
    for (String s : tried) {
      String jdk = outcome(LocalDate::parse, s);
      assertThat(outcome(Dates::iso, s)).as(s).isEqualTo(jdk);
      dates += jdk.equals("refused") ? 0 : 1;
    }
    assertThat(dates).isGreaterThan(2000); // the valid days were among them
  }
}
