package dev.exoplan.domain;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.value.Currency;
import dev.exoplan.domain.value.Money;

import dev.exoplan.Said;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MoneyTest {
  @Test
  void addsAndMultipliesExactly() {
    assertThat(Money.yen(100_000).times(5).plus(Money.yen(100_000).times(2)))
        .isEqualTo(Money.yen(700_000));
  }

  @Test
  void refusesToWrapAroundOnOverflow() {
    assertThatThrownBy(() -> Money.yen(Long.MAX_VALUE).plus(Money.yen(1)))
        .isInstanceOf(DomainException.class)
        .satisfies(e -> assertThat(Said.en(e)).contains("too large to compute exactly"));
    assertThatThrownBy(() -> Money.yen(9_000_000_000_000_000_000L).times(5))
        .isInstanceOf(DomainException.class)
        .satisfies(e -> assertThat(Said.en(e)).isEqualTo("the amount 9000000000000000000 × 5 is too large to compute exactly"
            + " (limit 9223372036854775807)"));
    assertThatThrownBy(() -> Money.yen(Long.MIN_VALUE).negate()).isInstanceOf(DomainException.class);
  }

  @Test
  void refusesToMixCurrenciesAndNamesBoth() {
    Money usd = Money.of(100, Currency.getInstance("USD"));
    assertThatThrownBy(() -> Money.yen(1).plus(usd))
        .isInstanceOf(DomainException.class)
        .satisfies(e -> assertThat(Said.en(e)).isEqualTo("cannot combine amounts in JPY and USD"));
    assertThatThrownBy(() -> Money.yen(1).compareTo(usd)).isInstanceOf(DomainException.class);
  }

  static Stream<Arguments> ratios() {
    return Stream.of(
        Arguments.of(50_000L, 1L, 11L, RoundingMode.DOWN, 4_545L),
        Arguments.of(50_000L, 1L, 11L, RoundingMode.HALF_UP, 4_545L),
        Arguments.of(50_000L, 1L, 11L, RoundingMode.UP, 4_546L),
        Arguments.of(3L, 1L, 2L, RoundingMode.DOWN, 1L),
        Arguments.of(3L, 1L, 2L, RoundingMode.HALF_UP, 2L),
        Arguments.of(125_000L, 3L, 2L, RoundingMode.DOWN, 187_500L),
        Arguments.of(Long.MAX_VALUE, 2L, 2L, RoundingMode.DOWN, Long.MAX_VALUE));
  }

  @ParameterizedTest
  @MethodSource("ratios")
  void scalesByARatioRoundingOnceAsTold(long minor, long num, long den, RoundingMode mode, long want) {
    assertThat(Money.yen(minor).times(num, den, mode)).isEqualTo(Money.yen(want));
  }

  @Test
  void aRatioWhoseResultOverflowsIsRefused() {
    assertThatThrownBy(() -> Money.yen(Long.MAX_VALUE).times(3, 2, RoundingMode.DOWN))
        .isInstanceOf(DomainException.class);
  }
}
