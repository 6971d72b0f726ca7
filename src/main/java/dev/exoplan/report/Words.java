package dev.exoplan.report;

import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.text.Lang;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.MoneyRange;
import dev.exoplan.domain.value.PhaseKind;
import dev.exoplan.domain.value.TimeUnit;
import dev.exoplan.domain.value.TypicalBasis;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Figures and names as words in one language: the shared vocabulary of text, Markdown and HTML. */
public final class Words {
  private final Lang lang;
  private final Messages messages;
  private final MoneyFormat money;

  public Words(Lang lang, boolean man) {
    this.lang = lang;
    this.messages = Messages.of(lang);
    this.money = new MoneyFormat(lang, man);
  }

  public Lang lang() {
    return lang;
  }

  public String get(String key, Object... args) {
    return messages.get(key, args);
  }

  /**
   * Where a figure comes from: {@code 003 line 187} for its first citation, or the source alone
   * when it cites no line (a layered table need not).
   */
  public String firstCite(String sourceId, List<Citation> cites) {
    return cites.isEmpty() ? sourceId : get("note.cite", sourceId, cites.get(0).line());
  }

  public String money(Money m) {
    return money.format(m);
  }

  /** {@code ¥30,000 – ¥500,000}, or one amount when low equals high. */
  public String range(MoneyRange r) {
    return r.isPoint() ? money(r.low()) : get("range", money(r.low()), money(r.high()));
  }

  /** {@code ¥30,000 – ¥500,000 (typical ¥125,000)}. */
  public String rangeWithTypical(MoneyRange r) {
    return r.isPoint() ? money(r.low()) : get("range.typical", range(r), money(r.typical()));
  }

  public String counts(CountRange c) {
    return c.isSingle() ? Integer.toString(c.low()) : get("range.tight", c.low(), c.high());
  }

  /** The currency as a reader names it: 円 in Japanese, the ISO code otherwise. */
  public String currency(dev.exoplan.domain.value.Currency c) {
    String key = "currency." + c.getCurrencyCode();
    return c.getCurrencyCode().equals("JPY") ? get(key) : c.getCurrencyCode();
  }

  /** {@code 6–12 months}, {@code 1 month}; {@code 6〜12か月}. */
  public String interval(Interval i) {
    String amount = i.isSingle() ? Integer.toString(i.low()) : get("range.tight", i.low(), i.high());
    boolean one = i.isSingle() && i.low() == 1;
    String unit =
        i.unit() == TimeUnit.WEEK
            ? get(one ? "unit.week.one" : "unit.week.many")
            : get(one ? "unit.month.one" : "unit.month.many");
    return get("interval", amount, unit);
  }

  /** How long an effect lasts: {@code 1–2 months}, {@code 2〜4週間} (an interval says "every"). */
  public String duration(Interval i) {
    String amount = i.isSingle() ? Integer.toString(i.low()) : get("range.tight", i.low(), i.high());
    boolean one = i.isSingle() && i.low() == 1;
    String unit = get("duration." + i.unit().id() + (one ? ".one" : ""));
    return get("duration", amount, unit);
  }

  public String method(Method m) {
    return get("method." + m.id());
  }

  public String phase(PhaseKind k) {
    return get("phase." + k.id());
  }

  public String basis(TypicalBasis b) {
    return get("basis." + b.id());
  }

  public String tax(boolean included) {
    return get(included ? "tax.included" : "tax.excluded");
  }

  public String date(Optional<LocalDate> d) {
    return d.isPresent() ? date(d.get()) : get("date.none");
  }

  /** 2026年12月1日 in Japanese, 2026-12-01 in English ({@link DateWords}). */
  public String date(LocalDate d) {
    return DateWords.of(d, lang);
  }

  /**
   * A message in this reader's language, each argument written as the reader writes it: amounts
   * and ranges in this run's money style, methods and phases by name, counts and intervals as
   * elsewhere in the output, a nested message in turn; anything else as its string.
   */
  public String say(dev.exoplan.domain.text.Message m) {
    Object[] args = new Object[m.args().size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = word(m.args().get(i));
    }
    return get(m.key(), args);
  }

  private String word(Object a) {
    if (a instanceof dev.exoplan.domain.text.Message nested) {
      return say(nested);
    } else if (a instanceof Money m) {
      return money(m);
    } else if (a instanceof MoneyRange r) {
      return range(r);
    } else if (a instanceof Method m) {
      return method(m);
    } else if (a instanceof PhaseKind k) {
      return phase(k);
    } else if (a instanceof CountRange c) {
      return counts(c);
    } else if (a instanceof Interval i) {
      return interval(i);
    } else if (a instanceof LocalDate d) {
      return date(d);
    }
    return String.valueOf(a);
  }

  public String list(List<String> items) {
    return String.join(get("list.sep"), items);
  }
}
