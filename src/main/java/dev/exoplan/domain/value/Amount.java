package dev.exoplan.domain.value;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;

/**
 * The amount per session a counselor types for an item priced by volume or by the ampoule (issue
 * 22): {@code --cc} in cc, {@code --dose} in the item's unit. A number or a range as {@link
 * CountRange#parse} reads it, each end optionally followed by its unit, with or without a space:
 * {@code 2}, {@code 2cc}, {@code 2 cc}, {@code ２ｃｃ}, {@code 1..3cc}, {@code 1cc..3cc}; for
 * {@code --dose} also {@code 2 ampoules}, {@code 2アンプル} or {@code 2本}, refused for an item in the
 * other unit ({@link Dose#checkUnit}). Its messages speak of cc or of an
 * amount, never of sessions.
 */
public final class Amount {
  private Amount() {}

  /** At most this much per session, in any unit. */
  public static final int MAX = 100_000;

  /** {@code --cc}: a volume per session in cc. */
  public static CountRange cc(String given) {
    return parse(given, false, "usage.cc.expected", "usage.cc.too.many").amount();
  }

  /** {@code --dose}: an amount per session in the item's unit, which is not known here. */
  public static CountRange dose(String given) {
    return doseAsTyped(given).amount();
  }

  /**
   * {@code --dose} as typed: its amount and the unit written after it, if any ({@code cc} or
   * {@code ampoule}, as {@code unit:} in a price list), for {@link Dose#checkUnit} once the item
   * is known.
   */
  public static Dose doseAsTyped(String given) {
    return parse(given, true, "usage.dose.expected", "usage.dose.too.many");
  }

  /** A {@code --dose} as typed: the amount, the unit written with it, the text for messages. */
  public record Dose(CountRange amount, java.util.Optional<String> unit, String given) {
    /**
     * Refuses a unit that is not the item's ({@code --dose 2cc} for an item priced by the
     * ampoule): the amount would be read in the other unit.
     */
    public void checkUnit(String itemUnit, String clinicId, String itemId) {
      if (unit.isPresent() && !unit.get().equals(itemUnit)) {
        Object shown = ValueText.shown(given);
        throw new DomainException(unit.get().equals("cc")
            ? Message.of("domain.dose.unit.cc", shown, clinicId, itemId)
            : Message.of("domain.dose.unit.ampoule", shown, clinicId, itemId));
      }
    }
  }

  private static Dose parse(String given, boolean ampoules, String expectedKey,
      String tooManyKey) {
    String s = ValueText.ascii(given);
    long[] plain = ValueText.plainRange(s);
    if (plain != null && plain[0] <= plain[1] && plain[1] <= MAX) {
      return new Dose(new CountRange((int) plain[0], (int) plain[1]), java.util.Optional.empty(),
          given);
    }
    Message expected = Message.of(expectedKey, ValueText.shown(given));
    String[] range = ValueText.splitRange(s.trim());
    long low;
    long high;
    int unit;
    if (range != null) {
      String lowText = number(range[0], ampoules);
      String highText = number(range[1], ampoules);
      int lowUnit = unit(range[0], ampoules);
      int highUnit = unit(range[1], ampoules);
      if (lowUnit != 0 && highUnit != 0 && lowUnit != highUnit) {
        throw new DomainException(expected); // 1cc..3 ampoules
      }
      unit = Math.max(lowUnit, highUnit);
      low = ValueText.wholeNumber(lowText, expected);
      high = ValueText.wholeNumber(highText, expected);
    } else {
      unit = unit(s, ampoules);
      low = high = ValueText.wholeNumber(number(s, ampoules), expected);
    }
    if (high > MAX) {
      throw new DomainException(Message.of(tooManyKey, MAX, high));
    }
    if (low > high) {
      throw new DomainException(Message.of("usage.range.reversed", ValueText.shown(given)));
    }
    return new Dose(new CountRange((int) low, (int) high), java.util.Optional.ofNullable(
        unit == 1 ? "cc" : unit == 2 ? "ampoule" : null), given);
  }

  /** Ampoules as a counselor writes them; 本 is how Japanese counts them. */
  private static final String[] AMPOULE_WORDS = {"ampoules", "ampoule", "アンプル", "本"};

  /** The text without its unit word at the end: 'cc' (any case) or, for a dose, an ampoule word. */
  private static String number(String text, boolean ampoules) {
    String t = text.trim();
    int unit = unit(t, ampoules);
    return unit == 0 ? t : t.substring(0, t.length() - unitLength(t, unit));
  }

  /** 0 for no unit, 1 for cc, 2 for ampoules. */
  private static int unit(String text, boolean ampoules) {
    String t = text.trim();
    if (t.regionMatches(true, t.length() - 2, "cc", 0, 2)) {
      return 1;
    }
    if (ampoules) {
      for (String w : AMPOULE_WORDS) {
        if (t.regionMatches(true, t.length() - w.length(), w, 0, w.length())) {
          return 2;
        }
      }
    }
    return 0;
  }

  private static int unitLength(String t, int unit) {
    if (unit == 1) {
      return 2;
    }
    for (String w : AMPOULE_WORDS) {
      if (t.regionMatches(true, t.length() - w.length(), w, 0, w.length())) {
        return w.length();
      }
    }
    return 0;
  }
}
