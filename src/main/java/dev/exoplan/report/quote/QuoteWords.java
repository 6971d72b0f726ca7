package dev.exoplan.report.quote;

import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.text.Lang;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.quote.Quote;
import dev.exoplan.domain.quote.QuoteLine;
import dev.exoplan.domain.menu.TaxBasis;
import dev.exoplan.domain.menu.Unit;
import dev.exoplan.report.Words;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A quote's words in one language, shared by every rendering: what a line is, dates as a business
 * letter writes them (2026年12月1日, 1 December 2026), the plan, the total's label and where a
 * statement is cited.
 */
public final class QuoteWords {
  private final Words w;

  public QuoteWords(Words words) {
    this.w = words;
  }

  public Words words() {
    return w;
  }

  public String get(String key, Object... args) {
    return w.get(key, args);
  }

  public String money(Money m) {
    return w.money(m);
  }

  /** 2026年12月1日, or 1 December 2026. */
  public String date(LocalDate d) {
    if (w.lang() == Lang.JA) {
      return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
    String month = d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    return d.getDayOfMonth() + " " + month + " " + d.getYear();
  }

  /** What a line is, as the patient reads it; {@code other} is the same line in the other plan. */
  public String describe(Quote q, QuoteLine l, Optional<QuoteLine> other) {
    String method = l.name().map(n -> n.in(w.lang())).orElse(w.method(q.method()));
    String item = switch (l.kind()) {
      case SESSION -> l.cc().map(cc -> w.get(q.item().unit().orElse(Unit.CC) == Unit.AMPOULE
              ? "quote.line.session.ampoule" : "quote.line.session.cc", method,
              amount(cc, other.flatMap(QuoteLine::cc))))
          .orElse(w.get("quote.line.session", method));
      case FIRST_VISIT -> w.get("quote.line.first.visit", method);
      case COURSE -> {
        String name = l.course().orElseThrow().name().in(w.lang());
        yield l.phase().isEmpty() ? w.get("quote.line.course.covers", name, sessions(l)) : name;
      }
      case FEE -> l.name().orElseThrow().in(w.lang());
      case DISCOUNT -> {
        var d = l.discount().orElseThrow();
        yield d.percent().map(p -> w.get("quote.line.percent", d.name().in(w.lang()), p))
            .orElse(d.name().in(w.lang()));
      }
      case TAX -> w.get("quote.line.tax", q.clinic().taxRatePercent());
    };
    return l.phase().map(p -> w.phase(p) + ": " + item).orElse(item);
  }

  /** The line alone, as the JSON's description gives it. */
  public String describe(Quote q, QuoteLine l) {
    return describe(q, l, Optional.empty());
  }

  /** 6, or 2〜6 when the minimum and maximum plans' lines differ in volume. */
  private String amount(int cc, Optional<Integer> other) {
    if (other.isEmpty() || other.get() == cc) {
      return Integer.toString(cc);
    }
    return w.get("range.tight", Math.min(cc, other.get()), Math.max(cc, other.get()));
  }

  /** The sessions a line covers, 1–5 or 1, 3, 4. */
  private String sessions(QuoteLine l) {
    List<Integer> c = l.covers();
    boolean run = !c.isEmpty() && c.get(c.size() - 1) - c.get(0) == c.size() - 1;
    if (run && c.size() > 1) {
      return c.get(0) + "–" + c.get(c.size() - 1);
    }
    return String.join(w.get("list.sep"), c.stream().map(String::valueOf).toList());
  }

  /** The total's label: 合計(税込), or that the clinic does not state its tax basis. */
  public String totalLabel(Quote q) {
    return q.clinic().taxBasis() == TaxBasis.NOT_STATED ? w.get("quote.total.not.stated")
        : w.get("quote.total");
  }

  /** (うち消費税10% 56,520円), printed directly under the total it is part of. */
  public Optional<String> taxContained(Quote q, Money tax) {
    if (q.clinic().taxBasis() == TaxBasis.NOT_STATED) {
      return Optional.empty();
    }
    return Optional.of(w.get("quote.tax.within", q.clinic().taxRatePercent(), w.money(tax)));
  }

  /** 単価(税込), 単価(税抜), or 単価 when the clinic does not say. */
  public String unitHeader(Quote q) {
    return switch (q.clinic().taxBasis()) {
      case INCLUDED -> w.get("quote.col.unit.included");
      case EXCLUDED -> w.get("quote.col.unit.excluded");
      default -> w.get("quote.col.unit");
    };
  }

  public String taxNote(Quote q) {
    String rule = w.get("quote.rounding." + switch (q.clinic().rounding()) {
      case HALF_UP -> "half-up";
      case UP -> "up";
      default -> "down";
    });
    return w.get("quote.tax.note", rule);
  }

  /** The sessions quoted, phase by phase: 初期集中3〜5回・維持1〜2回. */
  public String phases(Quote q) {
    return String.join(w.get("list.sep"), q.plan().phases().stream()
        .filter(p -> p.sessions().high() > 0)
        .map(p -> w.get("quote.plan.phase", w.phase(p.kind()), w.counts(p.sessions())))
        .toList());
  }

  /** The item quoted, by its name (else the method's), as a heading writes it. */
  private String itemName(Quote q) {
    String item = q.item().name().map(n -> n.in(w.lang())).orElse(w.method(q.method()));
    return item.isEmpty() ? item : item.substring(0, 1).toUpperCase(Locale.ROOT) + item.substring(1);
  }

  /** What is quoted, by the item's and the protocol's names (never their ids). */
  public String plan(Quote q) {
    String item = itemName(q);
    return q.plan().protocol()
        .map(p -> w.get("quote.plan.named", item, phases(q), p.name().in(w.lang())))
        .orElseGet(() -> w.get("quote.plan.plain", item, phases(q)));
  }

  /** 件名: the treatment and its sessions. */
  public String subject(Quote q) {
    String item = itemName(q);
    return w.get("quote.subject.text", item, phases(q));
  }

  /** 003 85行目・001 105行目: where a statement is cited, for the clinic copy. */
  public String cites(List<Citation> cites) {
    return String.join(w.get("list.sep"), cites.stream()
        .map(c -> w.get("note.cite", c.source(), c.line())).distinct().toList());
  }

  public String flagged(Quote q) {
    return w.get("quote.doctor.text", String.join(w.get("list.sep"),
        q.flagged().stream().map(c -> c.text().in(w.lang())).toList()));
  }
}
