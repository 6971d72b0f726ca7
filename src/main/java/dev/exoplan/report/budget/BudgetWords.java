package dev.exoplan.report.budget;

import dev.exoplan.domain.budget.BudgetRequest;
import dev.exoplan.domain.budget.Counts;
import dev.exoplan.domain.budget.ProtocolFit;
import dev.exoplan.domain.budget.Tried;
import dev.exoplan.domain.catalog.Protocol;
import dev.exoplan.domain.value.Money;
import dev.exoplan.report.Words;

/** The phrases of a budget report that every format with sentences shares (text, md, html). */
final class BudgetWords {
  private final Words w;

  BudgetWords(Words words) {
    this.w = words;
  }

  Words words() {
    return w;
  }

  /** ¥300,000, or ¥20,000 a month for 12 months (¥240,000 in all). */
  String amount(BudgetRequest r) {
    return r.monthly().isPresent()
        ? w.get("budget.amount.monthly", w.money(r.monthly().get()), r.months(), w.money(r.total()))
        : w.money(r.total());
  }

  /** 3 intensive + 1 maintenance; 6 intensive; 17 maintenance. */
  String counts(Protocol p, Counts c) {
    boolean in = p.phases().stream().anyMatch(x -> x.kind().id().equals("intensive"));
    boolean mt = p.phases().stream().anyMatch(x -> x.kind().id().equals("maintenance"));
    if (in && mt) {
      return w.get("budget.counts.both", c.intensive(), c.maintenance());
    }
    return in ? w.get("budget.counts.intensive", c.intensive())
        : w.get("budget.counts.maintenance", c.maintenance());
  }

  /** A total, marked as a floor when a "from" price is in it. */
  String total(Tried t) {
    String m = w.money(t.priced().total());
    return t.priced().floor() ? w.get("quote.floor", m) : m;
  }

  /** ¥90,000 left, or short by ¥200,000. */
  String left(Money left) {
    return left.isNegative() ? w.get("budget.short", w.money(left.negate()))
        : w.get("budget.left", w.money(left));
  }

  /**
   * Why a plan does not fit: short of the whole budget, or (monthly) a session due before the money
   * for it is there.
   */
  String why(Tried t) {
    if (t.left().isNegative()) {
      return left(t.left());
    }
    Tried.Due d = t.late().orElseThrow();
    return w.get("budget.late", d.session(), d.month(), d.coveredFrom());
  }

  /**
   * The longest plan that fits with its total and what is left; or none, with the minimum plan's
   * total and why it does not fit.
   */
  String cell(ProtocolFit f) {
    if (f.longest().isPresent()) {
      Tried t = f.longest().get();
      return w.get("budget.cell.fits", counts(f.protocol(), t.counts()), total(t), left(t.left()));
    }
    Tried m = f.minimum();
    return w.get("budget.cell.none", counts(f.protocol(), m.counts()), total(m), why(m));
  }

  /** The minimum plan's verdict: fits with what left, or why not. */
  String verdict(Tried min) {
    return min.fits() ? w.get("budget.fits", left(min.left())) : why(min);
  }

  /**
   * A monthly budget: when each session of a minimum plan falls due, the money there by then, and
   * at each price (or clinic) given what has been paid by it and whether the money is there.
   */
  void dueTable(dev.exoplan.report.text.Doc d, Counts counts, ProtocolFit f,
      java.util.List<String> headers, java.util.List<Tried> at) {
    d.heading(w.get("budget.due.heading", f.protocol().id(), counts(f.protocol(), counts)));
    // the money saved by then is one column when there is room (one price), else month × sum
    boolean saved = at.size() == 1;
    java.util.List<String> cols = new java.util.ArrayList<>(java.util.List.of(
        w.get("col.number"), w.get("budget.col.month")));
    if (saved) {
      cols.add(w.get("budget.col.there"));
    }
    cols.addAll(headers);
    java.util.List<dev.exoplan.report.text.Grid.Align> aligns = new java.util.ArrayList<>();
    for (int i = 0; i < cols.size(); i++) {
      aligns.add(dev.exoplan.report.text.Grid.Align.RIGHT);
    }
    dev.exoplan.report.text.Grid g = new dev.exoplan.report.text.Grid(cols, aligns);
    Tried first = at.get(0);
    for (int i = 0; i < first.due().size(); i++) {
      Tried.Due due = first.due().get(i);
      java.util.List<String> row = new java.util.ArrayList<>(java.util.List.of(
          Integer.toString(due.session()), Integer.toString(due.month())));
      if (saved) {
        row.add(w.money(due.available()));
      }
      for (Tried t : at) {
        Tried.Due x = t.due().get(i);
        row.add(x.onTime() ? w.get("budget.due.on.time", w.money(x.paid()))
            : w.get("budget.due.from", w.money(x.paid()), x.coveredFrom()));
      }
      g.row(row);
    }
    d.table(g);
  }
}
