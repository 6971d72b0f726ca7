package dev.exoplan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Dates;
import dev.exoplan.domain.value.Months;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.PriceRange;
import dev.exoplan.domain.value.TimeUnit;
import java.time.LocalDate;

/**
 * The argument parsers (session counts, prices in every accepted spelling, intervals, months,
 * dates, methods) on any text: a value within its limits, or a DomainException with a message — and
 * a value, written back in its plain form and in the other spellings exoplan accepts, reads back
 * as the same value (so the fast path for plain digits and the full parser agree).
 */
class ArgsFuzzTest {
  @FuzzTest(maxDuration = "10s")
  void argumentsParseToValidValuesOrAMessage(FuzzedDataProvider data) {
    int which = data.consumeInt(0, 5);
    String s = data.consumeRemainingAsString();
    Object parsed;
    try {
      parsed = switch (which) {
        case 0 -> CountRange.parse(s);
        case 1 -> PriceRange.parse(s);
        case 2 -> Interval.parse(s);
        case 3 -> Months.parse(s);
        case 4 -> Dates.parse(s);
        default -> Method.of(s);
      };
    } catch (DomainException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    // Outside the try: a round trip that throws fails the test, it is not a refused input.
    roundTrip(parsed);
  }

  /** The value written back in its plain form and the other accepted spellings reads back the same. */
  static void roundTrip(Object parsed) {
    if (parsed instanceof CountRange c) {
      count(c);
    } else if (parsed instanceof PriceRange p) {
      price(p);
    } else if (parsed instanceof Interval i) {
      interval(i);
    } else if (parsed instanceof Integer m) {
      assertThat(m).isBetween(1, Months.MAX);
      assertThat(Months.parse(Integer.toString(m))).isEqualTo(m);
    } else if (parsed instanceof LocalDate d) {
      assertThat(Dates.parse(d.toString())).isEqualTo(d);
    } else {
      Method m = (Method) parsed;
      assertThat(Method.of(m.id())).isEqualTo(m);
    }
  }

  private static void count(CountRange c) {
    assertThat(c.low()).isBetween(0, c.high());
    assertThat(c.high()).isLessThanOrEqualTo(CountRange.MAX_PARSED);
    assertThat(CountRange.parse(c.low() + ".." + c.high())).isEqualTo(c);
    assertThat(CountRange.parse(" " + c.low() + " 〜 " + c.high() + " ")).isEqualTo(c);
    if (c.isSingle()) {
      assertThat(CountRange.parse(Integer.toString(c.low()))).isEqualTo(c);
    }
  }

  private static void price(PriceRange p) {
    long low = p.low().minor();
    long high = p.high().minor();
    assertThat(low).isBetween(0L, high);
    assertThat(p.typical()).isEmpty();
    assertThat(PriceRange.parse(low + ".." + high)).isEqualTo(p);
    assertThat(PriceRange.parse(String.format(java.util.Locale.ROOT, "%,d円〜%,d円", low, high))).isEqualTo(p);
    if (low % 10_000 == 0 && high % 10_000 == 0) {
      assertThat(PriceRange.parse(low / 10_000 + "万~" + high / 10_000 + "万円")).isEqualTo(p);
    }
    if (low == high) {
      assertThat(PriceRange.parse(Long.toString(low))).isEqualTo(p);
    }
  }

  private static void interval(Interval i) {
    assertThat(i.low()).isBetween(1, i.high());
    assertThat(i.high()).isLessThanOrEqualTo(Interval.MAX_PARSED);
    String unit = i.unit() == TimeUnit.MONTH ? "m" : "w";
    assertThat(Interval.parse(i.low() + ".." + i.high() + unit)).isEqualTo(i);
    assertThat(Interval.parse(i.low() + unit + "〜" + i.high() + unit)).isEqualTo(i);
  }
}
