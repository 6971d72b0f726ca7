package dev.exoplan.batch;

import dev.exoplan.domain.text.Lang;
import dev.exoplan.domain.text.Message;
import dev.exoplan.report.Words;

/**
 * The messages of batch error lines: English, whatever the locale, since their readers are
 * scripts and the lines are a stable contract (SPEC.md).
 */
final class English {
  private English() {}

  private static final class Holder {
    static final Words WORDS = new Words(Lang.EN, false);
  }

  static String said(RuntimeException e) {
    if (e instanceof Message.Carrier c && c.message().isPresent()) {
      return Holder.WORDS.say(c.message().get());
    }
    return e.getMessage();
  }
}
