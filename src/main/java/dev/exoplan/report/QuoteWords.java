package dev.exoplan.report;

import dev.exoplan.domain.Contraindication;
import dev.exoplan.domain.MarketCheck;
import dev.exoplan.domain.Money;
import dev.exoplan.domain.Quote;
import dev.exoplan.domain.QuoteLine;
import dev.exoplan.domain.QuoteScenario;
import dev.exoplan.domain.menu.TaxBasis;
import dev.exoplan.domain.menu.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A quote's words and rows in one language, shared by the text, Markdown, HTML and PDF renderings:
 * line descriptions, the rows of the table (the minimum and full plans side by side when they
 * differ), the market checks and the safety blocks.
 */
public final class QuoteWords {
  private final Words w;

  public QuoteWords(Words words) {
    this.w = words;
  }

  public Words words() {
    return w;
  }

  /** What a line is, as the patient reads it. */
  public String describe(Quote q, QuoteLine l) {
    String method = l.name().map(n -> n.in(w.lang())).orElse(w.method(q.method()));
    String item = switch (l.kind()) {
      case SESSION -> l.cc().map(cc -> w.get(q.item().unit().orElse(Unit.CC) == Unit.AMPOULE
              ? "quote.line.session.ampoule" : "quote.line.session.cc", method, cc))
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

  /** The sessions a line covers, 1–5 or 1, 3, 4. */
  private String sessions(QuoteLine l) {
    List<Integer> c = l.covers();
    boolean run = !c.isEmpty() && c.get(c.size() - 1) - c.get(0) == c.size() - 1;
    if (run && c.size() > 1) {
      return c.get(0) + "–" + c.get(c.size() - 1);
    }
    return String.join(w.get("list.sep"), c.stream().map(String::valueOf).toList());
  }

  /**
   * The notes under the quote table: how tax was computed (or that the clinic does not say), what
   * courses and trial prices saved, what is paid by the third session, what is paid in advance for
   * courses, a cheaper purchase with unused course sessions, "from" prices, member prices and the
   * price list's effective date.
   */
  public List<String> facts(Quote q) {
    List<String> out = new ArrayList<>();
    QuoteScenario full = q.full();
    out.add(q.clinic().taxBasis() == TaxBasis.NOT_STATED ? w.get("quote.tax.not.stated")
        : taxNote(q));
    if (!full.saving().isZero()) {
      out.add(w.get("quote.saving", w.money(full.saving())));
    }
    Optional<Money> third = full.purchase().paidByThird();
    if (third.isPresent()) {
      Optional<Money> low = q.minimum().flatMap(m -> m.purchase().paidByThird());
      String amount = low.isPresent() && !low.get().equals(third.get())
          ? w.get("quote.paid.third.both", w.money(low.get()), w.money(third.get()))
          : w.money(third.get());
      boolean adjusted = !full.discounts().isZero() || q.minimum().map(m -> !m.discounts().isZero())
          .orElse(false) || q.clinic().taxBasis() == TaxBasis.EXCLUDED;
      out.add(w.get("quote.paid.third", adjusted ? w.get("quote.paid.before", amount) : amount));
    }
    Money upFront = full.purchase().committedUpFront();
    if (!upFront.isZero()) {
      out.add(w.get("quote.committed", w.money(upFront)));
    }
    full.purchase().unused().ifPresent(u -> out.add(w.get("quote.unused",
        courseName(q, u.courseId()), u.unusedSessions(), w.money(u.total()), w.money(u.quoted()))));
    if (full.from() || q.minimum().map(QuoteScenario::from).orElse(false)) {
      out.add(w.get("quote.from"));
    }
    if (q.member()) {
      out.add(w.get("quote.member"));
    }
    q.clinic().menu().effective().ifPresent(d -> out.add(w.get("quote.effective", d)));
    return out;
  }

  private String courseName(Quote q, String id) {
    return q.item().courses().stream().filter(c -> c.id().equals(id)).findFirst()
        .map(c -> c.name().in(w.lang())).orElse(id);
  }

  /** A row of the quote table: the line in the minimum plan (if any) and in the full plan. */
  public record Row(String key, String description, String unit, Optional<QuoteLine> minimum,
      Optional<QuoteLine> full, boolean discount, boolean tax) {}

  /**
   * The rows of both plans: by phase (intensive, maintenance), within a phase first visit, courses,
   * single sessions; then discounts and tax.
   */
  public List<Row> rows(Quote q) {
    Map<String, QuoteLine> min = new LinkedHashMap<>();
    q.minimum().ifPresent(m -> m.lines().forEach(l -> min.put(l.key(), l)));
    Map<String, QuoteLine> full = new LinkedHashMap<>();
    q.full().lines().forEach(l -> full.put(l.key(), l));
    Map<String, QuoteLine> all = new LinkedHashMap<>(full);
    min.forEach(all::putIfAbsent);
    List<String> keys = new ArrayList<>(all.keySet());
    List<String> seen = List.copyOf(keys);
    keys.sort(java.util.Comparator
        .comparingInt((String k) -> all.get(k).phase().map(Enum::ordinal).orElse(99))
        .thenComparingInt(k -> all.get(k).kind().ordinal())
        .thenComparingInt(seen::indexOf));
    List<Row> rows = new ArrayList<>();
    for (String k : keys) {
      Optional<QuoteLine> a = Optional.ofNullable(min.get(k));
      Optional<QuoteLine> b = Optional.ofNullable(full.get(k));
      QuoteLine any = b.orElseGet(a::get);
      boolean unitShown = any.kind() != QuoteLine.Kind.DISCOUNT && any.kind() != QuoteLine.Kind.TAX;
      String unit = unitShown ? w.money(any.unit()) : "";
      if (unitShown && a.isPresent() && b.isPresent() && !a.get().unit().equals(b.get().unit())) {
        unit = w.get("range", w.money(a.get().unit()), w.money(b.get().unit()));
      }
      rows.add(new Row(k, describe(q, any), unit, a, b,
          any.kind() == QuoteLine.Kind.DISCOUNT, any.kind() == QuoteLine.Kind.TAX));
    }
    return rows;
  }

  public String money(Money m) {
    return w.money(m);
  }

  public String qty(Optional<QuoteLine> l) {
    return l.map(x -> x.kind() == QuoteLine.Kind.DISCOUNT || x.kind() == QuoteLine.Kind.TAX
        ? "" : Integer.toString(x.quantity())).orElse("");
  }

  public String amount(Optional<QuoteLine> l) {
    return l.map(x -> w.money(x.amount())).orElse("—");
  }

  public String totalLabel(Quote q) {
    if (q.clinic().taxBasis() == TaxBasis.NOT_STATED) {
      return w.get("quote.total.not.stated");
    }
    return q.clinic().taxIncluded() ? w.get("quote.total")
        : w.get("quote.total.excluded", q.clinic().taxRatePercent());
  }

  public String taxContained(Quote q, QuoteScenario s) {
    return w.get("quote.tax.contained", q.clinic().taxRatePercent()) + " " + w.money(s.tax());
  }

  public String taxNote(Quote q) {
    String rule = w.get("quote.rounding." + switch (q.clinic().rounding()) {
      case HALF_UP -> "half-up";
      case UP -> "up";
      default -> "down";
    });
    return w.get("quote.tax.note", rule);
  }

  /** The sessions quoted, phase by phase, and the protocol they follow. */
  public String plan(Quote q) {
    String phases = String.join(w.get("list.sep"), q.plan().phases().stream()
        .filter(p -> p.sessions().high() > 0)
        .map(p -> w.get("quote.plan.phase", w.phase(p.kind()), w.counts(p.sessions())))
        .toList());
    String protocol = q.plan().protocol().map(dev.exoplan.domain.Protocol::id).orElse("");
    return w.get("quote.plan", w.method(q.method()), phases, protocol);
  }

  public List<String> market(Quote q) {
    List<String> out = new ArrayList<>();
    for (MarketCheck c : q.checks()) {
      String item = switch (c.item()) {
        case COURSE -> w.get("quote.market.item.course", c.course().orElseThrow().name().in(w.lang()));
        case FIRST_VISIT -> w.get("quote.market.item.first-visit");
        default -> w.get("quote.market.item.session");
      };
      out.add(w.get("quote.market." + c.level().id(), item, w.money(c.unit()), w.money(c.bound()),
          c.boundSource(), MarketCheck.BELOW_TOLERANCE_PERCENT));
    }
    if (out.isEmpty()) {
      out.add(q.item().method().isEmpty() ? w.get("quote.market.none", q.item().name()
              .map(n -> n.in(w.lang())).orElse(q.item().id()))
          : w.get("quote.market.ok", w.method(q.method()), MarketCheck.BELOW_TOLERANCE_PERCENT));
    }
    return out;
  }

  public String cites(List<dev.exoplan.domain.Citation> cites) {
    return String.join(w.get("list.sep"), cites.stream()
        .map(c -> w.get("note.cite", c.source(), c.line())).distinct().toList());
  }

  public String flagged(Quote q) {
    return w.get("quote.doctor.text", String.join(w.get("list.sep"),
        q.flagged().stream().map(c -> c.text().in(w.lang())).toList()));
  }

  public List<Contraindication> checklist(Quote q, Contraindication.Level level) {
    return q.checklist().stream().filter(c -> c.level() == level).toList();
  }
}
