package dev.exoplan.cli;

import dev.exoplan.Said;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Dates;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Months;
import dev.exoplan.domain.value.PriceRange;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14, finding 4: option and batch values are parsed in linear time. A megabyte of "1",
 * spaces and "x" took the backtracking range expression hours (20,000 spaces took a minute); each
 * parser must now refuse it well within a few seconds, and its message shows the value shortened.
 */
class LinearParsingTest {
  static final String HOSTILE = "1" + " ".repeat(1_000_000) + "x";

  static Stream<Object[]> parsers() {
    return Stream.of(
        new Object[] {"count", (Function<String, Object>) CountRange::parse},
        new Object[] {"price", (Function<String, Object>) PriceRange::parse},
        new Object[] {"interval", (Function<String, Object>) Interval::parse},
        new Object[] {"months", (Function<String, Object>) Months::parse},
        new Object[] {"date", (Function<String, Object>) Dates::parse},
        new Object[] {"method", (Function<String, Object>) Method::of},
        new Object[] {"cc", (Function<String, Object>) dev.exoplan.domain.value.Amount::cc},
        new Object[] {"dose", (Function<String, Object>) dev.exoplan.domain.value.Amount::dose});
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void aMegabyteOfHostileInputFailsQuickly(String name, Function<String, Object> parse) {
    for (String v : new String[] {HOSTILE, "1" + " ".repeat(1_000_000) + "..x",
        "1" + "..".repeat(500_000), "1".repeat(1_000_000) + "万", "1,".repeat(500_000) + "円"}) {
      assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
          assertThatThrownBy(() -> parse.apply(v))
              .isInstanceOf(dev.exoplan.domain.text.DomainException.class)
              .satisfies(e -> assertThat(Said.en(e).length()).isLessThan(400)));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void theHandWrittenParsersReadWhatTheExpressionsRead(String name, Function<String, Object> parse) {
    switch (name) {
      case "count" -> {
        assertThat(CountRange.parse(" 3 .. 5 ").toString()).isEqualTo(CountRange.parse("3..5").toString());
        assertThat(CountRange.parse("3〜5").toString()).isEqualTo(CountRange.parse("3~5").toString());
      }
      case "price" -> {
        assertThat(PriceRange.parse("5万〜20万円")).isEqualTo(PriceRange.parse("50000..200000"));
        assertThat(PriceRange.parse("1.5万")).isEqualTo(PriceRange.parse("15000"));
        assertThat(PriceRange.parse("100,000円")).isEqualTo(PriceRange.parse("100000"));
        assertThat(PriceRange.parse("1,234,567 .. 2,000,000")).isEqualTo(PriceRange.parse("1234567..2000000"));
        assertThatThrownBy(() -> PriceRange.parse("1,23")).isInstanceOf(dev.exoplan.domain.text.DomainException.class);
        assertThatThrownBy(() -> PriceRange.parse("円")).isInstanceOf(dev.exoplan.domain.text.DomainException.class);
      }
      case "interval" -> {
        assertThat(Interval.parse("6m..12m")).isEqualTo(Interval.parse("6..12m"));
        assertThat(Interval.parse("2 ~ 3w")).isEqualTo(Interval.parse("2..3w"));
        assertThat(Interval.parse("6m")).isEqualTo(Interval.parse("6..6m"));
        assertThatThrownBy(() -> Interval.parse("6w..12m")).isInstanceOf(dev.exoplan.domain.text.DomainException.class);
        assertThatThrownBy(() -> Interval.parse("6..12 m")).isInstanceOf(dev.exoplan.domain.text.DomainException.class);
      }
      case "date" -> {
        assertThatThrownBy(() -> Dates.parse("0000-01-01"))
            .satisfies(e -> assertThat(Said.en(e))
                .isEqualTo("expected a date from 0001-01-01 to 9999-12-31, got '0000-01-01'"));
        assertThat(parse.apply("２０２６－１２－０１")).isEqualTo(java.time.LocalDate.of(2026, 12, 1));
      }
      case "months" -> {
        assertThat(parse.apply(" ２４ ")).isEqualTo(24);
        assertThatThrownBy(() -> parse.apply("1201"))
            .satisfies(e -> assertThat(Said.en(e)).contains("1200").contains("'1201'"));
      }
      case "method" -> {
        assertThat(parse.apply("ＩＶ")).isEqualTo(Method.IV);
        assertThatThrownBy(() -> parse.apply("drip"))
            .satisfies(e -> assertThat(Said.en(e)).contains("'drip'").contains("iv"));
      }
      case "cc", "dose" -> { // issue 22, finding 9
        assertThat(parse.apply(" 1 .. 3 cc ")).isEqualTo(parse.apply("1..3"));
        assertThat(parse.apply("１ｃｃ〜３ｃｃ")).isEqualTo(parse.apply("1..3"));
      }
      default -> throw new AssertionError("no check for parser " + name);
    }
  }
}
