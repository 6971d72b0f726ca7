package dev.exoplan.domain.quote;

import dev.exoplan.domain.menu.Fee;
import dev.exoplan.domain.menu.Price;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.text.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 19, gap 5: how much of an add-on is asked for with {@code --add}: {@code ID} (one),
 * {@code ID=2} (a count, 1 to 100) or, for an add-on priced per N minutes started,
 * {@code ID=60min} (60分; 1 to 1,440 minutes, charged ⌈60 ÷ N⌉ times N's price). The add-on is
 * priced at that amount, per visit or once as the clinic says, and named with it.
 */
final class AddOnAmounts {
  static final int MAX_COUNT = 100;
  static final int MAX_MINUTES = 1440;
  /** Compiled when an add-on amount is first read, not whenever a quote is made. */
  private static final class Patterns {
    static final Pattern COUNT = Pattern.compile("\\d{1,9}");
    static final Pattern TIME = Pattern.compile("(\\d{1,9})\\s*(?:min|minutes|分)");
  }

  private AddOnAmounts() {}

  /** Each {@code --add} value's id and what follows its {@code =} ("" when none), each id once. */
  static Map<String, String> split(List<String> add) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String a : add) {
      int eq = a.indexOf('=');
      out.put(eq < 0 ? a : a.substring(0, eq).strip(), eq < 0 ? "" : a.substring(eq + 1).strip());
    }
    return out;
  }

  /** The fee at the amount asked ({@code ""}: as listed, one; a timed add-on needs its time). */
  static Fee apply(Fee f, String amount) {
    if (f.minutes().isEmpty() && amount.isEmpty()) {
      return f;
    }
    String norm = dev.exoplan.domain.text.Nfkc.of(amount)
        .strip().toLowerCase(java.util.Locale.ROOT);
    int times;
    Text name;
    if (f.minutes().isPresent()) {
      if (norm.isEmpty()) {
        throw new DomainException(Message.of("domain.addon.time.missing", f.id(),
            f.minutes().get()));
      }
      Matcher m = Patterns.TIME.matcher(norm);
      int t = m.matches() ? bounded(m.group(1), MAX_MINUTES) : 0;
      if (t == 0) {
        throw bad(f, amount);
      }
      times = (t + f.minutes().get() - 1) / f.minutes().get();
      name = new Text(f.name().ja() + "(" + t + "分)", f.name().en() + " (" + t + " min)");
    } else {
      int n = Patterns.COUNT.matcher(norm).matches() ? bounded(norm, MAX_COUNT) : 0;
      if (n == 0) {
        throw bad(f, amount);
      }
      times = n;
      name = new Text(f.name().ja() + "×" + n, f.name().en() + " ×" + n);
    }
    if (f.onRequest()) {
      return new Fee(f.id(), name, null, f.perVisit(), f.mandatory(), f.items(), f.revisit(),
          f.lapseMonths(), true, Optional.empty());
    }
    Price p = f.price();
    return new Fee(f.id(), name, new Price(p.amount().times(times), p.from()), f.perVisit(),
        f.mandatory(), f.items(), f.revisit(), f.lapseMonths(), false, Optional.empty());
  }

  /** The number, when from 1 to {@code max}; else 0. */
  private static int bounded(String digits, int max) {
    long v = Long.parseLong(digits);
    return v >= 1 && v <= max ? (int) v : 0;
  }

  private static DomainException bad(Fee f, String amount) {
    return new DomainException(f.minutes().isPresent()
        ? Message.of("domain.addon.time.bad", f.id(), amount, f.minutes().get(), MAX_MINUTES)
        : Message.of("domain.addon.count.bad", f.id(), amount, MAX_COUNT));
  }
}
