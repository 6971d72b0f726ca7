package dev.exoplan;

import dev.exoplan.domain.text.Lang;
import dev.exoplan.domain.text.Message;
import dev.exoplan.report.Words;

/**
 * An exception's message as the user reads it: a keyed message said in English (or Japanese), a
 * legacy English text as it is. Tests assert on this rather than {@code getMessage()}, which for a
 * keyed message is its key and arguments.
 */
public final class Said {
  private Said() {}

  public static String en(Throwable e) {
    return in(Lang.EN, e);
  }

  public static String ja(Throwable e) {
    return in(Lang.JA, e);
  }

  /**
   * A pricing error with its {@code file:line:col: } and an unreadable file with its name, as the
   * command line prints them.
   */
  private static String in(Lang lang, Throwable e) {
    if (e instanceof Message.Carrier c && c.message().isPresent()) {
      String said = new Words(lang, false).say(c.message().get());
      if (e instanceof dev.exoplan.pricing.PricingException p) {
        return p.position() + ": " + said;
      } else if (e instanceof dev.exoplan.pricing.UnreadableFileException u) {
        return u.file() + ": " + said;
      }
      return said;
    }
    return e.getMessage();
  }
}
