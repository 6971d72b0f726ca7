package dev.exoplan.domain.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exoplan.Said;
import dev.exoplan.domain.text.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, finding 9: {@code --cc} and {@code --dose} read an amount as a counselor types it
 * ({@code 2cc}, {@code ２ｃｃ}, {@code 1..3cc}) and speak of cc or of an amount, never of sessions.
 */
class AmountTest {

  @ParameterizedTest
  @ValueSource(strings = {"2", "2cc", "2 cc", "２ｃｃ", "2CC", " 2cc ", "２　ｃｃ", "2㏄"})
  void aSingleVolumeReadsWithOrWithoutItsUnit(String given) {
    assertThat(Amount.cc(given)).isEqualTo(CountRange.of(2));
    assertThat(Amount.dose(given)).isEqualTo(CountRange.of(2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1..3cc", "1cc..3cc", "1 cc .. 3 cc", "１〜３ｃｃ", "1cc~3", "1..3"})
  void aRangeReadsWithItsUnitAtEitherEnd(String given) {
    assertThat(Amount.cc(given)).isEqualTo(new CountRange(1, 3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2 ampoules", "2ampoule", "2アンプル", "２アンプル", "1..2 ampoules", "2本", "2 Ampoules"})
  void aDoseMayNameAmpoules(String given) {
    assertThat(Amount.dose(given).high()).isEqualTo(2);
    assertThatThrownBy(() -> Amount.cc(given)).isInstanceOf(DomainException.class)
        .satisfies(e -> assertThat(Said.en(e)).startsWith("expected a volume in cc like 2, 2cc"));
  }

  @Test
  void aDoseKeepsTheUnitItWasWrittenInAndRefusesTheOtherOne() {
    assertThat(Amount.doseAsTyped("2").unit()).isEmpty();
    assertThat(Amount.doseAsTyped("1..2cc").unit()).contains("cc");
    assertThat(Amount.doseAsTyped("2本").unit()).contains("ampoule");
    assertThat(Amount.doseAsTyped("1 ampoule..2").unit()).contains("ampoule");
    Amount.doseAsTyped("2cc").checkUnit("cc", "c", "i");
    Amount.doseAsTyped("2").checkUnit("ampoule", "c", "i");
    assertThatThrownBy(() -> Amount.doseAsTyped("2cc").checkUnit("ampoule", "c", "i"))
        .satisfies(e -> assertThat(Said.en(e)).isEqualTo("--dose '2cc' is in cc, but c prices i by"
            + " the ampoule: give the number of ampoules, e.g. --dose 2"));
    assertThatThrownBy(() -> Amount.doseAsTyped("2アンプル").checkUnit("cc", "c", "i"))
        .satisfies(e -> assertThat(Said.ja(e)).startsWith("--dose '2アンプル' はアンプル数ですが"));
  }

  @Test
  void theMessagesSpeakOfCcAndOfAnAmountNeverOfSessions() {
    assertThatThrownBy(() -> Amount.cc("1..1000000"))
        .satisfies(e -> assertThat(Said.en(e)).isEqualTo("at most 100000 cc per session, got 1000000"))
        .satisfies(e -> assertThat(Said.ja(e)).isEqualTo("1 回の量は 100000 cc までです(指定された値: 1000000)"));
    assertThatThrownBy(() -> Amount.cc("lots"))
        .satisfies(e -> assertThat(Said.en(e))
            .isEqualTo("expected a volume in cc like 2, 2cc or 1..3cc, got 'lots'"))
        .satisfies(e -> assertThat(Said.ja(e)).doesNotContain("回数"));
    assertThatThrownBy(() -> Amount.dose("2 pills"))
        .satisfies(e -> assertThat(Said.en(e)).isEqualTo("expected an amount per session in the"
            + " item's unit like 2, 2cc, 2 ampoules or 1..3, got '2 pills'"));
    assertThatThrownBy(() -> Amount.dose("1000001cc"))
        .satisfies(e -> assertThat(Said.en(e))
            .isEqualTo("an amount of at most 100000 per session, got 1000001"));
    assertThatThrownBy(() -> Amount.dose("1cc..2 ampoules")).isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> Amount.cc("cc")).isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> Amount.cc("3..1cc"))
        .satisfies(e -> assertThat(Said.en(e)).contains("low end is above the high end"));
    for (String bad : new String[] {"lots", "1..1000000", "2 pills", "1cc..2 ampoules"}) {
      for (java.util.function.Function<String, CountRange> p :
          java.util.List.<java.util.function.Function<String, CountRange>>of(Amount::cc, Amount::dose)) {
        assertThatThrownBy(() -> p.apply(bad)).satisfies(e -> {
          assertThat(Said.en(e)).doesNotContain("sessions");
          assertThat(Said.ja(e)).doesNotContain("回数");
        });
      }
    }
  }
}
