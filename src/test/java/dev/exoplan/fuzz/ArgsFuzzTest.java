package dev.exoplan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.exoplan.cli.Args;
import dev.exoplan.cli.UsageException;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.PriceRange;
import dev.exoplan.domain.value.TimeUnit;
import java.time.LocalDate;

/**
 * The argument parsers (session counts, prices in every accepted spelling, intervals, months,
 * dates, methods) on any text: a value within its limits, or a UsageException with a message — and
 * a value, written back in its plain form and in the other spellings exoplan accepts, reads back
 * as the same value (so the fast path for plain digits and the full parser agree).
 */
class ArgsFuzzTest {
  @FuzzTest(maxDuration = "10s")
  void argumentsParseToValidValuesOrAMessage(FuzzedDataProvider data) {
    int which = data.consumeInt(0, 5);
    String s = data.consumeRemainingAsString();
    try {
      switch (which) {
        case 0 -> count(s);
        case 1 -> price(s);
        case 2 -> interval(s);
        case 3 -> {
          int m = Args.months(s);
          assertThat(m).isBetween(1, Args.MAX_MONTHS);
          assertThat(Args.months(Integer.toString(m))).isEqualTo(m);
        }
        case 4 -> {
          LocalDate d = Args.date(s);
          if (d.getYear() >= 0 && d.getYear() <= 9999) {
            assertThat(Args.date(d.toString())).isEqualTo(d);
          }
        }
        default -> {
          Method m = Args.method(s);
          assertThat(Args.method(m.id())).isEqualTo(m);
        }
      }
    } catch (UsageException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  private static void count(String s) {
    CountRange c = Args.count(s);
    assertThat(c.low()).isBetween(0, c.high());
    assertThat(c.high()).isLessThanOrEqualTo(Args.MAX_SESSIONS);
    assertThat(Args.count(c.low() + ".." + c.high())).isEqualTo(c);
    assertThat(Args.count(" " + c.low() + " 〜 " + c.high() + " ")).isEqualTo(c);
    if (c.isSingle()) {
      assertThat(Args.count(Integer.toString(c.low()))).isEqualTo(c);
    }
  }

  private static void price(String s) {
    PriceRange p = Args.price(s);
    long low = p.low().minor();
    long high = p.high().minor();
    assertThat(low).isBetween(0L, high);
    assertThat(p.typical()).isEmpty();
    assertThat(Args.price(low + ".." + high)).isEqualTo(p);
    assertThat(Args.price(String.format(java.util.Locale.ROOT, "%,d円〜%,d円", low, high))).isEqualTo(p);
    if (low % 10_000 == 0 && high % 10_000 == 0) {
      assertThat(Args.price(low / 10_000 + "万~" + high / 10_000 + "万円")).isEqualTo(p);
    }
    if (low == high) {
      assertThat(Args.price(Long.toString(low))).isEqualTo(p);
    }
  }

  private static void interval(String s) {
    Interval i = Args.interval(s);
    assertThat(i.low()).isBetween(1, i.high());
    assertThat(i.high()).isLessThanOrEqualTo(Args.MAX_INTERVAL);
    String unit = i.unit() == TimeUnit.MONTH ? "m" : "w";
    assertThat(Args.interval(i.low() + ".." + i.high() + unit)).isEqualTo(i);
    assertThat(Args.interval(i.low() + unit + "〜" + i.high() + unit)).isEqualTo(i);
  }
}
