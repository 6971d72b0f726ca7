package dev.exoplan.cli;

import dev.exoplan.Said;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
        new Object[] {"count", (Function<String, Object>) Args::count},
        new Object[] {"price", (Function<String, Object>) Args::price},
        new Object[] {"interval", (Function<String, Object>) Args::interval},
        new Object[] {"months", (Function<String, Object>) Args::months},
        new Object[] {"date", (Function<String, Object>) Args::date},
        new Object[] {"method", (Function<String, Object>) Args::method});
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void aMegabyteOfHostileInputFailsQuickly(String name, Function<String, Object> parse) {
    for (String v : new String[] {HOSTILE, "1" + " ".repeat(1_000_000) + "..x",
        "1" + "..".repeat(500_000), "1".repeat(1_000_000) + "万", "1,".repeat(500_000) + "円"}) {
      assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
          assertThatThrownBy(() -> parse.apply(v))
              .isInstanceOf(UsageException.class)
              .satisfies(e -> assertThat(Said.en(e).length()).isLessThan(400)));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void theHandWrittenParsersReadWhatTheExpressionsRead(String name, Function<String, Object> parse) {
    switch (name) {
      case "count" -> {
        assertThat(Args.count(" 3 .. 5 ").toString()).isEqualTo(Args.count("3..5").toString());
        assertThat(Args.count("3〜5").toString()).isEqualTo(Args.count("3~5").toString());
      }
      case "price" -> {
        assertThat(Args.price("5万〜20万円")).isEqualTo(Args.price("50000..200000"));
        assertThat(Args.price("1.5万")).isEqualTo(Args.price("15000"));
        assertThat(Args.price("100,000円")).isEqualTo(Args.price("100000"));
        assertThat(Args.price("1,234,567 .. 2,000,000")).isEqualTo(Args.price("1234567..2000000"));
        assertThatThrownBy(() -> Args.price("1,23")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> Args.price("円")).isInstanceOf(UsageException.class);
      }
      case "interval" -> {
        assertThat(Args.interval("6m..12m")).isEqualTo(Args.interval("6..12m"));
        assertThat(Args.interval("2 ~ 3w")).isEqualTo(Args.interval("2..3w"));
        assertThat(Args.interval("6m")).isEqualTo(Args.interval("6..6m"));
        assertThatThrownBy(() -> Args.interval("6w..12m")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> Args.interval("6..12 m")).isInstanceOf(UsageException.class);
      }
      case "date" -> assertThatThrownBy(() -> Args.date("0000-01-01"))
          .satisfies(e -> assertThat(Said.en(e))
              .isEqualTo("expected a date from 0001-01-01 to 9999-12-31, got '0000-01-01'"));
      default -> assertThat(parse).isNotNull();
    }
  }
}
