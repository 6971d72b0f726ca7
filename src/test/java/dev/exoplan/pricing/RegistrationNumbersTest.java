package dev.exoplan.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The registration number's check: T and 13 digits, and for a corporation the National Tax Agency's
 * check digit, tested on published corporate numbers and on every twelve base digits a fuzzer finds.
 */
class RegistrationNumbersTest {
  /** Published corporate numbers (法人番号), whose check digit holds. */
  @ParameterizedTest
  @ValueSource(strings = {
    "4011001098993", // a company's number, shown with the rule's worked check (qiita.com/mziyut)
    "2120901007402", // a tax accountant's worked example from a 会社法人等番号
    "7123456789012", // the worked example beside the rule (base 123456789012: sum 74, 9 − 2 = 7)
  })
  void aPublishedCorporateNumberIsValid(String digits) {
    assertThat(RegistrationNumbers.checkDigit(digits.substring(1)))
        .isEqualTo(digits.charAt(0) - '0');
    assertThat(RegistrationNumbers.problem("T" + digits, true)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "T5011001098993, data.registration.check",
    "T4011001098994, data.registration.check",
    "4011001098993, data.registration.shape",
    "T401100109899, data.registration.shape",
    "T40110010989930, data.registration.shape",
    "t4011001098993, data.registration.shape",
    "T4011001O98993, data.registration.shape",
    "T４011001098993, data.registration.shape",
  })
  void aWrongNumberIsRefusedWithItsReason(String number, String key) {
    assertThat(RegistrationNumbers.problem(number, true)).get()
        .satisfies(m -> assertThat(m.key()).isEqualTo(key));
  }

  @ParameterizedTest
  @ValueSource(strings = {"T5011001098993", "T4011001098994"})
  void aSoleProprietorsNumberIsNotACorporateNumber(String number) {
    assertThat(RegistrationNumbers.problem(number, false)).isEmpty();
  }

  /** For any twelve base digits the check digit is 1 to 9, it holds, and no other first digit does. */
  @FuzzTest(maxDuration = "5s")
  void theCheckDigitIsTheOnlyOneThatHolds(FuzzedDataProvider data) {
    StringBuilder base = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      base.append((char) ('0' + data.consumeInt(0, 9)));
    }
    int check = RegistrationNumbers.checkDigit(base.toString());
    assertThat(check).isBetween(1, 9);
    for (int first = 0; first <= 9; first++) {
      String number = "T" + first + base;
      assertThat(RegistrationNumbers.problem(number, true).isEmpty()).as(number)
          .isEqualTo(first == check);
    }
  }
}
