package dev.exoplan.pricing;

import dev.exoplan.domain.text.Message;
import java.util.Optional;

/**
 * The invoice registration number (適格請求書発行事業者登録番号) a clinic file may give: "T" and 13
 * digits. For a corporation (a 医療法人, a company) the 13 digits are its corporate number (法人番号),
 * whose first digit is a check digit over the other twelve by the National Tax Agency's rule
 * (法人番号の指定等に関する省令 第二条): 9 − (Σ Pn × Qn mod 9), Pn the n-th of the twelve digits
 * counted from the lowest order, Qn 1 for odd n and 2 for even n. A sole proprietor's number is not a
 * corporate number, so its check digit is not verified.
 */
final class RegistrationNumbers {
  private RegistrationNumbers() {}

  /** The check digit of a corporate number's twelve base digits (1 to 9). */
  static int checkDigit(String base12) {
    int sum = 0;
    for (int n = 1; n <= 12; n++) {
      int p = base12.charAt(12 - n) - '0';
      sum += p * (n % 2 == 1 ? 1 : 2);
    }
    return 9 - sum % 9;
  }

  /**
   * What is wrong with {@code number}, or empty when it is valid: the shape (T and 13 digits), then,
   * for a corporation, the check digit.
   */
  static Optional<Message> problem(String number, boolean corporation) {
    if (!number.matches("T[0-9]{13}")) {
      return Optional.of(Message.of("data.registration.shape", number));
    }
    if (corporation) {
      int expected = checkDigit(number.substring(2));
      int given = number.charAt(1) - '0';
      if (given != expected) {
        return Optional.of(Message.of("data.registration.check", number, given, expected));
      }
    }
    return Optional.empty();
  }
}
