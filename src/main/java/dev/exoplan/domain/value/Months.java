package dev.exoplan.domain.value;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;

/** A window in whole months, as a user writes it: {@code 12}, from 1 to {@value #MAX}. */
public final class Months {
  public static final int MAX = 1200;

  private Months() {}

  /** {@code 24} (full-width digits too); a DomainException saying what was expected otherwise. */
  public static int parse(String given) {
    String s = ValueText.ascii(given);
    Message expected = Message.of("usage.months.expected", MAX, ValueText.shown(given));
    long v;
    try {
      v = ValueText.wholeNumber(s, expected);
    } catch (DomainException e) {
      throw new DomainException(expected);
    }
    if (v < 1 || v > MAX) {
      throw new DomainException(expected);
    }
    return (int) v;
  }
}
