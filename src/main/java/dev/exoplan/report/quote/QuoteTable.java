package dev.exoplan.report.quote;

import dev.exoplan.domain.quote.Quote;
import dev.exoplan.domain.quote.QuoteLine;
import dev.exoplan.domain.quote.QuoteScenario;
import dev.exoplan.domain.menu.TaxBasis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The quote's table as a business document lays it out: the lines bought (the minimum and maximum
 * plans side by side for a range), then, for prices before tax, 小計 → 値引 → 消費税 → 合計, and for
 * prices with tax, 小計 → 値引 → 合計(税込) with (うち消費税) directly under it.
 */
final class QuoteTable {
  private QuoteTable() {}

  static QuoteSheet.Table table(Quote q, QuoteWords w) {
    boolean two = q.minimum().isPresent();
    List<String> headers = new ArrayList<>(List.of(w.get("quote.col.item"), w.unitHeader(q)));
    if (two) {
      headers.addAll(List.of(w.get("quote.col.minimum") + " " + w.get("quote.col.qty"),
          w.get("quote.col.minimum") + " " + w.get("quote.col.amount"),
          w.get("quote.col.full") + " " + w.get("quote.col.qty"),
          w.get("quote.col.full") + " " + w.get("quote.col.amount")));
    } else {
      headers.addAll(List.of(w.get("quote.col.qty"), w.get("quote.col.amount")));
    }
    return new QuoteSheet.Table(two, headers, rows(q, w), totals(q, w));
  }

  /**
   * The lines bought in both plans in the order of the first session each pays for (issue 18: a
   * maintenance session is never listed before the course of sessions 2–6 that precedes it), at one
   * session first visit, courses, single sessions; then fees.
   */
  private static List<QuoteSheet.Row> rows(Quote q, QuoteWords w) {
    Map<String, QuoteLine> min = lines(q.minimum());
    Map<String, QuoteLine> full = lines(Optional.of(q.full()));
    Map<String, QuoteLine> all = new LinkedHashMap<>(full);
    min.forEach(all::putIfAbsent);
    List<String> keys = new ArrayList<>(all.keySet());
    List<String> seen = List.copyOf(keys);
    // A plain lambda, not Comparator.comparing: the JDK's comparators are serializable lambdas,
    // which the start-up archive cannot hold, so each is spun at its first use (bench/startup.py).
    keys.sort((x, y) -> {
      QuoteLine a = all.get(x);
      QuoteLine b = all.get(y);
      int c = Integer.compare(firstSession(a), firstSession(b));
      if (c == 0) {
        c = Integer.compare(a.kind().ordinal(), b.kind().ordinal());
      }
      return c != 0 ? c : Integer.compare(seen.indexOf(x), seen.indexOf(y));
    });
    List<QuoteSheet.Row> rows = new ArrayList<>();
    for (String k : keys) {
      Optional<QuoteLine> a = Optional.ofNullable(min.get(k));
      Optional<QuoteLine> b = Optional.ofNullable(full.get(k));
      QuoteLine any = b.orElseGet(a::get);
      Optional<QuoteLine> other = b.isPresent() ? a : Optional.empty();
      String unit = w.floor(any, any.unit());
      if (a.isPresent() && b.isPresent() && !a.get().unit().equals(b.get().unit())) {
        unit = w.get("range", w.floor(a.get(), a.get().unit()), w.floor(b.get(), b.get().unit()));
      }
      rows.add(new QuoteSheet.Row(w.describe(q, any, other), unit, qty(a), amount(w, a), qty(b),
          amount(w, b), "item"));
    }
    // issue 19: a fee on request is listed as such, never with a figure, and in no total
    String asked = w.get("quote.on.request");
    for (dev.exoplan.domain.menu.Fee f : q.full().onRequest()) {
      rows.add(new QuoteSheet.Row(f.name().in(w.words().lang()), asked, "",
          q.minimum().isPresent() ? asked : "", "", asked, "item"));
    }
    return rows;
  }

  /** The first session a line pays for; a fee's line (and one paying for none) comes last. */
  private static int firstSession(QuoteLine l) {
    return l.kind() == QuoteLine.Kind.FEE || l.covers().isEmpty() ? Integer.MAX_VALUE
        : l.covers().get(0);
  }

  private static Map<String, QuoteLine> lines(Optional<QuoteScenario> s) {
    Map<String, QuoteLine> out = new LinkedHashMap<>();
    s.ifPresent(x -> x.lines().stream()
        .filter(l -> l.kind() != QuoteLine.Kind.DISCOUNT && l.kind() != QuoteLine.Kind.TAX
            && l.kind() != QuoteLine.Kind.SURCHARGE)
        .forEach(l -> out.put(l.key(), l)));
    return out;
  }

  private static List<QuoteSheet.Row> totals(Quote q, QuoteWords w) {
    List<QuoteSheet.Row> out = new ArrayList<>();
    QuoteScenario full = q.full();
    Optional<QuoteScenario> min = q.minimum();
    boolean excluded = q.clinic().taxBasis() == TaxBasis.EXCLUDED;
    boolean discounted = !full.discounts().isZero()
        || min.map(m -> !m.discounts().isZero()).orElse(false)
        || !full.surcharges().isZero() || min.map(m -> !m.surcharges().isZero()).orElse(false);
    if (excluded || discounted) {
      out.add(sum(w, w.get(excluded ? "quote.subtotal.excluded" : "quote.subtotal"), min, full,
          QuoteScenario::subtotal, "subtotal"));
    }
    adjustments(q, w, QuoteLine.Kind.SURCHARGE, "quote.surcharge.label", out); // issue 19
    adjustments(q, w, QuoteLine.Kind.DISCOUNT, "quote.discount.label", out);
    if (excluded) {
      out.add(sum(w, w.get("quote.line.tax", q.clinic().taxRatePercent()), min, full,
          QuoteScenario::tax, "tax"));
    }
    boolean floor = full.from() || min.map(QuoteScenario::from).orElse(false);
    String total = w.totalLabel(q);
    out.add(sum(w, floor ? w.get("quote.floor.label", total) : total, min, full,
        QuoteScenario::total, "total"));
    if (q.clinic().taxBasis() == TaxBasis.INCLUDED) {
      out.add(sum(w, w.get("quote.tax.within.row", q.clinic().taxRatePercent()), min, full,
          QuoteScenario::tax, "within"));
    }
    return out;
  }

  /** The surcharge or discount rows, each plan's amount side by side, in the file's order. */
  private static void adjustments(Quote q, QuoteWords w, QuoteLine.Kind kind, String label,
      List<QuoteSheet.Row> out) {
    QuoteScenario full = q.full();
    Map<String, QuoteLine> minLines = new LinkedHashMap<>();
    q.minimum().ifPresent(m -> m.lines().stream().filter(l -> l.kind() == kind)
        .forEach(l -> minLines.put(l.key(), l)));
    Map<String, QuoteLine> lines = new LinkedHashMap<>();
    full.lines().stream().filter(l -> l.kind() == kind).forEach(l -> lines.put(l.key(), l));
    minLines.forEach(lines::putIfAbsent);
    for (Map.Entry<String, QuoteLine> e : lines.entrySet()) {
      Optional<QuoteLine> a = Optional.ofNullable(minLines.get(e.getKey()));
      Optional<QuoteLine> b = full.lines().stream().filter(l -> l.key().equals(e.getKey()))
          .findFirst();
      out.add(new QuoteSheet.Row(w.get(label, w.describe(q, e.getValue())), "",
          "", amount(w, a), "", amount(w, b),
          kind == QuoteLine.Kind.SURCHARGE ? "surcharge" : "discount"));
    }
  }

  private static QuoteSheet.Row sum(QuoteWords w, String label, Optional<QuoteScenario> min,
      QuoteScenario full, Function<QuoteScenario, dev.exoplan.domain.value.Money> f, String kind) {
    // issue 18: a plan with a "from" price has floors for sums, marked 〜 / from
    return new QuoteSheet.Row(label, "", "", min.map(m -> w.floor(m, w.money(f.apply(m))))
        .orElse(""), "", w.floor(full, w.money(f.apply(full))), kind);
  }

  private static String qty(Optional<QuoteLine> l) {
    return l.map(x -> Integer.toString(x.quantity())).orElse("");
  }

  private static String amount(QuoteWords w, Optional<QuoteLine> l) {
    return l.map(x -> w.floor(x, x.amount())).orElse("—");
  }
}
