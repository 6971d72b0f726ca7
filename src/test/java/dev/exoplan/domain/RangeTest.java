package dev.exoplan.domain;

import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.MoneyRange;
import dev.exoplan.domain.value.PriceRange;
import dev.exoplan.domain.value.TimeUnit;
import dev.exoplan.domain.value.TypicalBasis;

import dev.exoplan.Said;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RangeTest {
  @Test
  void typicalIsTheTablesWhenGivenElseTheMidpointRoundedDown() {
    assertThat(PriceRange.of(Money.yen(50_000), Money.yen(200_000)).resolve())
        .isEqualTo(new MoneyRange(Money.yen(50_000), Money.yen(125_000), Money.yen(200_000),
            TypicalBasis.MIDPOINT));
    assertThat(PriceRange.of(Money.yen(3), Money.yen(4)).resolve().typical()).isEqualTo(Money.yen(3));
    assertThat(new PriceRange(Money.yen(80_000), Money.yen(120_000), Optional.of(Money.yen(90_000)))
        .resolve().basis()).isEqualTo(TypicalBasis.TABLE);
    assertThat(PriceRange.point(Money.yen(1)).resolve().basis()).isEqualTo(TypicalBasis.FIXED);
  }

  @Test
  void rangesRefuseLowAboveHighAndNegativePrices() {
    assertThatThrownBy(() -> PriceRange.of(Money.yen(2), Money.yen(1)))
        .satisfies(e -> assertThat(Said.en(e)).isEqualTo("low (2) is greater than high (1)"));
    assertThatThrownBy(() -> PriceRange.of(Money.yen(-1), Money.yen(1)))
        .satisfies(e -> assertThat(Said.en(e)).isEqualTo("a price cannot be negative: -1"));
    assertThatThrownBy(() -> new CountRange(3, 2)).satisfies(e -> assertThat(Said.en(e)).isEqualTo("low (3) is greater than high (2)"));
    assertThatThrownBy(() -> new CountRange(-1, 2)).satisfies(e -> assertThat(Said.en(e)).isEqualTo("a count cannot be negative: -1"));
    assertThatThrownBy(() -> new Interval(0, 2, TimeUnit.MONTH))
        .satisfies(e -> assertThat(Said.en(e)).isEqualTo("an interval must be at least 1 month: 0"));
  }

  @Test
  void countTypicalIsTheMidpointAndMayBeAHalf() {
    assertThat(new CountRange(3, 5).typical()).isEqualByComparingTo(BigDecimal.valueOf(4));
    assertThat(new CountRange(1, 2).typical()).isEqualByComparingTo(new BigDecimal("1.5"));
    assertThat(new CountRange(10, 10).typical().toString()).isEqualTo("10");
    assertThat(new CountRange(19, 20).typical().toString()).isEqualTo("19.5");
    assertThat(new CountRange(0, 0).typical().toString()).isEqualTo("0");
  }

  @Test
  void theEnvelopeTakesTheExtremesAndTheMedianTypical() {
    MoneyRange a = PriceRange.of(Money.yen(100_000), Money.yen(500_000)).resolve(); // 300,000
    MoneyRange b = PriceRange.of(Money.yen(50_000), Money.yen(200_000)).resolve(); // 125,000
    MoneyRange c = PriceRange.of(Money.yen(30_000), Money.yen(100_000)).resolve(); // 65,000
    assertThat(MoneyRange.envelope(List.of(a, b, c)))
        .isEqualTo(new MoneyRange(Money.yen(30_000), Money.yen(125_000), Money.yen(500_000),
            TypicalBasis.MEDIAN));
    assertThat(MoneyRange.envelope(List.of(b, c)).typical()).isEqualTo(Money.yen(95_000));
    assertThat(MoneyRange.envelope(List.of(b))).isEqualTo(b);
  }

  @Test
  void intervalsCountSessionsInAWindowExactly() {
    Interval monthly6to12 = new Interval(6, 12, TimeUnit.MONTH);
    // 003: maintenance every 6-12 months over the 12 months after the intensive phase
    assertThat(monthly6to12.sessionsAfterOpening(12)).isEqualTo(new CountRange(1, 2));
    // effect lasting 3-6 months kept continuous over 12 months: 2..4 sessions
    assertThat(new Interval(3, 6, TimeUnit.MONTH).sessionsStartingAtOpening(12))
        .isEqualTo(new CountRange(2, 4));
    // weeks against months: 12 months = 365.2425 days; /14 = 26.09 -> 27, /28 = 13.04 -> 14
    assertThat(new Interval(2, 4, TimeUnit.WEEK).sessionsStartingAtOpening(12))
        .isEqualTo(new CountRange(14, 27));
    assertThat(new Interval(2, 4, TimeUnit.WEEK).sessionsAfterOpening(12))
        .isEqualTo(new CountRange(13, 26));
    // 52 weeks is shorter than 12 months: a yearly-in-weeks session falls inside 12 months
    assertThat(Interval.of(52, TimeUnit.WEEK).sessionsAfterOpening(12)).isEqualTo(CountRange.of(1));
    assertThat(Interval.of(53, TimeUnit.WEEK).sessionsAfterOpening(12)).isEqualTo(CountRange.of(0));
  }
}
