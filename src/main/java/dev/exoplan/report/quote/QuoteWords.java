package dev.exoplan.report.quote;

import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.text.Lang;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.quote.Quote;
import dev.exoplan.domain.quote.QuoteLine;
import dev.exoplan.domain.quote.QuoteScenario;
import dev.exoplan.domain.quote.PatientAmounts;
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
    return dev.exoplan.report.DateWords.spelled(d, w.lang());
  }

  /**
   * What a line is, as the patient reads it; {@code other} is the same line in the minimum plan when
   * {@code l} is the maximum plan's.
   */
  public String describe(Quote q, QuoteLine l, Optional<QuoteLine> other) {
    String method = l.name().map(n -> n.in(w.lang())).orElse(w.method(q.method()));
    String item = switch (l.kind()) {
      case SESSION -> l.cc().map(cc -> w.get(q.item().unit().orElse(Unit.CC) == Unit.AMPOULE
              ? "quote.line.session.ampoule" : "quote.line.session.cc", method,
              amount(cc, other.flatMap(QuoteLine::cc))))
          .orElse(w.get("quote.line.session", method));
      case FIRST_VISIT -> w.get("quote.line.first.visit", method);
      case COURSE -> {
        String name = rangeCourse(q, l, l.course().orElseThrow().name().in(w.lang()));
        if (!l.phase().isEmpty()) {
          yield name;
        }
        // issue 18: a row both plans share names each plan's sessions when they differ
        Optional<QuoteLine> differs = other.filter(o -> !o.covers().equals(l.covers()));
        yield differs.map(o -> w.get("quote.line.course.covers.both", name, planName(true),
                sessions(o), planName(false), sessions(l)))
            .orElseGet(() -> w.get("quote.line.course.covers", name, sessions(l)));
      }
      case FEE -> l.name().orElseThrow().in(w.lang());
      case SURCHARGE -> { // issue 19: its name, with its percentage when it is one
        String name = l.name().orElseThrow().in(w.lang());
        yield q.clinic().menu().surcharges().stream()
            .filter(s -> l.item().equals(Optional.of(s.id()))).findFirst()
            .flatMap(s -> s.percent()).map(p -> w.get("quote.line.percent", name, p)).orElse(name);
      }
      case DISCOUNT -> {
        var d = l.discount().orElseThrow();
        yield d.percent().map(p -> w.get("quote.line.percent", d.name().in(w.lang()), p))
            .orElse(d.name().in(w.lang()));
      }
      case TAX -> w.get("quote.line.tax", q.clinic().taxRatePercent());
    };
    return l.phase().map(p -> w.phase(p) + ": " + item).orElse(item);
  }

  /**
   * Issue 19: a course for a range of sessions says so, and that the clinic decides how many:
   * 点滴2〜3回コース(2〜3回・回数はクリニックが決定).
   */
  private String rangeCourse(Quote q, QuoteLine l, String name) {
    return q.item().courses().stream().filter(c -> c.id().equals(l.course().get().id()))
        .filter(dev.exoplan.domain.menu.ItemCourse::range).findFirst()
        .map(c -> w.get("quote.line.course.range", name,
            w.get("range.tight", c.least(), c.sessions())))
        .orElse(name);
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

  /** The sessions a line covers, 1–5 (1〜5 in Japanese, issue 18) or 1, 3, 4. */
  private String sessions(QuoteLine l) {
    List<Integer> c = l.covers();
    boolean run = !c.isEmpty() && c.get(c.size() - 1) - c.get(0) == c.size() - 1;
    if (run && c.size() > 1) {
      return w.get("range.tight", c.get(0), c.get(c.size() - 1));
    }
    return String.join(w.get("list.sep"), c.stream().map(String::valueOf).toList());
  }

  /** The total's label: 合計(税込), or that the clinic does not state its tax basis. */
  public String totalLabel(Quote q) {
    String label = q.clinic().taxBasis() == TaxBasis.NOT_STATED ? w.get("quote.total.not.stated")
        : w.get("quote.total");
    return onRequest(q.full(), label);
  }

  /**
   * Issue 19: a total's label marked as excluding the plan's fees on request (要問合せ), by name;
   * the label alone when it has none.
   */
  public String onRequest(QuoteScenario s, String label) {
    if (!s.excludesOnRequest()) {
      return label;
    }
    return w.get("quote.on.request.label", label, String.join(w.get("list.sep"),
        s.onRequest().stream().map(f -> f.name().in(w.lang())).toList()));
  }

  /** (うち消費税10% 56,520円), printed directly under the total it is part of. */
  public Optional<String> taxContained(Quote q, QuoteScenario s) {
    if (q.clinic().taxBasis() == TaxBasis.NOT_STATED) {
      return Optional.empty();
    }
    return Optional.of(w.get("quote.tax.within", q.clinic().taxRatePercent(),
        floor(s, w.money(s.tax()))));
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

  /**
   * The item quoted, by its name as the clinic writes it (issue 18: a brand's casing, "maxNFC", is
   * never changed), else the method's word, capitalised as a heading writes it.
   */
  private String itemName(Quote q) {
    if (q.item().name().isPresent()) {
      return q.item().name().get().in(w.lang());
    }
    String item = w.method(q.method());
    return item.isEmpty() ? item : item.substring(0, 1).toUpperCase(Locale.ROOT) + item.substring(1);
  }

  /** What is quoted, by the item's and the protocol's names (never their ids). */
  public String plan(Quote q) {
    String item = itemName(q);
    // issue 18: a protocol phase the plan leaves out (--maintenance 0) is said, not implied followed
    List<String> left = q.plan().phases().stream().filter(p -> p.sessions().high() == 0)
        .map(p -> w.phase(p.kind())).toList();
    return q.plan().protocol()
        .map(p -> left.isEmpty()
            ? w.get("quote.plan.named", item, phases(q), p.name().in(w.lang()))
            : w.get("quote.plan.named.without", item, phases(q), p.name().in(w.lang()),
                String.join(w.get("list.sep"), left)))
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

  // issue 18: words derived from the figures they state, per plan and on the total's tax basis

  /** 最小プラン or 最大プラン, as the table's columns name them. */
  public String planName(boolean minimum) {
    return w.get(minimum ? "quote.col.minimum" : "quote.col.full");
  }

  /**
   * An amount from a plan's purchase with the basis it is stated on: 454,300円(税込), or with the
   * tax added to a tax-excluded list's figure, as listed when the list does not say, and 割引前 when
   * that plan has a discount (purchase figures come before discounts).
   */
  public String purchaseAmount(Quote q, QuoteScenario s, Money shown) {
    List<String> basis = new java.util.ArrayList<>();
    basis.add(w.get("quote.basis." + PatientAmounts.basis(q.clinic()).id(),
        q.clinic().taxRatePercent()));
    if (!s.surcharges().isZero()) { // issue 19
      basis.add(w.get("quote.basis.before.surcharges"));
    }
    if (PatientAmounts.beforeDiscounts(s)) {
      basis.add(w.get("quote.basis.before.discounts"));
    }
    if (s.excludesOnRequest()) {
      basis.add(w.get("quote.basis.without.on.request", String.join(w.get("list.sep"),
          s.onRequest().stream().map(f -> f.name().in(w.lang())).toList())));
    }
    return w.get("quote.basis", floor(s, money(shown)), String.join(w.get("list.sep"), basis));
  }

  /** An amount of a plan that uses a "from" price: a floor, 112,200円〜 or from ¥112,200. */
  public String floor(QuoteScenario s, String amount) {
    return s.from() ? w.get("quote.floor", amount) : amount;
  }

  /** A line's amount or unit price, marked as a floor when the line is a "from" price. */
  public String floor(QuoteLine l, Money m) {
    return l.from() ? w.get("quote.floor", money(m)) : money(m);
  }

  /** One figure per plan: 最小プラン X、最大プラン Y; one figure when the quote has one plan. */
  public String perPlan(Optional<String> minimum, String maximum) {
    return minimum.map(m -> w.get("quote.per.plan", planName(true), m, planName(false), maximum))
        .orElse(maximum);
  }

  public String flagged(Quote q) {
    return w.get("quote.doctor.text", String.join(w.get("list.sep"),
        q.flagged().stream().map(c -> c.text().in(w.lang())).toList()));
  }
}
