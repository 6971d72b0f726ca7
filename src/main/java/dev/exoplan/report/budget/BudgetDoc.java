package dev.exoplan.report.budget;

import dev.exoplan.domain.budget.Budget;
import dev.exoplan.domain.budget.BudgetRequest;
import dev.exoplan.domain.budget.MarketBudget;
import dev.exoplan.domain.budget.ProtocolFit;
import dev.exoplan.domain.budget.Tried;
import dev.exoplan.domain.catalog.Protocol;
import dev.exoplan.domain.estimate.Estimate;
import dev.exoplan.domain.value.Money;
import dev.exoplan.report.Words;
import dev.exoplan.report.text.Doc;
import dev.exoplan.report.text.Grid;
import dev.exoplan.report.text.Grid.Align;
import dev.exoplan.report.text.Sections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A budget on the market tables as a document: the answer first, then per protocol and month. */
final class BudgetDoc {
  private final Words w;
  private final BudgetWords bw;
  private final Sections parts;

  BudgetDoc(Words words) {
    this.w = words;
    this.bw = new BudgetWords(words);
    this.parts = new Sections(words);
  }

  Doc build(BudgetReport r) {
    Budget b = r.budget();
    BudgetRequest q = b.request();
    Doc d = new Doc();
    d.title(w.get("budget.title", bw.amount(q), methods(b)));
    if (b.atClinics()) {
      new BudgetClinicsDoc(bw, r.rules()).build(d, b);
    } else {
      for (MarketBudget m : b.market()) {
        market(d, q, m, b.market().size() > 1);
      }
    }
    r.financed().ifPresent(s -> BudgetFinanced.doc(d, w, s, q.monthly().orElseThrow())); // issue 20
    notes(d, r);
    parts.sources(d, r.sources());
    parts.footer(d, r.taxNotes());
    return d;
  }

  private String methods(Budget b) {
    return b.request().method().map(m -> w.get("budget.method", w.method(m), m.id()))
        .orElseGet(() -> w.get("budget.methods.all"));
  }

  private void market(Doc d, BudgetRequest q, MarketBudget m, boolean heading) {
    if (heading) {
      d.heading(w.get("budget.method", w.method(m.method()), m.method().id()));
    } else {
      d.gap();
    }
    MarketBudget.Buys n = m.buys();
    d.strong(w.get("budget.answer", w.money(q.total()), count(n.low()),
        w.money(m.price().perSession().low()), count(n.typical()),
        w.money(m.price().perSession().typical()), count(n.high()),
        w.money(m.price().perSession().high())));
    if (!m.protocols().isEmpty()) {
      MarketBudget.PriceFits first = m.protocols().get(0);
      d.line(w.get("budget.answer.minimum", first.candidates().protocol().id(),
          bw.counts(first.candidates().protocol(), first.low().minimum().counts()), q.months(),
          atThree(first)));
    }
    d.line(w.get("plan.price", w.rangeWithTypical(m.price().perSession()), origin(m)));
    d.heading(w.get("budget.protocols", q.months()));
    Grid t = new Grid(List.of(w.get("budget.col.protocol"),
        w.get("budget.col.at.low", w.money(m.price().perSession().low())),
        w.get("budget.col.at.typical", w.money(m.price().perSession().typical())),
        w.get("budget.col.at.high", w.money(m.price().perSession().high()))),
        List.of(Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT));
    for (MarketBudget.PriceFits f : m.protocols()) {
      t.row(List.of(f.candidates().protocol().id(), bw.cell(f.low()), bw.cell(f.typical()),
          bw.cell(f.high())));
    }
    d.table(t);
    if (q.isMonthly() && !m.protocols().isEmpty()) {
      MarketBudget.PriceFits f = m.protocols().get(0);
      bw.dueTable(d, f.low().minimum().counts(), f.low(), List.of(
          w.get("budget.col.paid.low"), w.get("budget.col.paid.typical"),
          w.get("budget.col.paid.high")),
          List.of(f.low().minimum(), f.typical().minimum(), f.high().minimum()));
    }
    if (!m.months().isEmpty()) {
      d.heading(w.get("budget.months.heading", w.money(q.monthly().orElseThrow())));
      Grid mt = new Grid(List.of(w.get("budget.col.month"), w.get("budget.col.there"),
          w.get("budget.col.low"), w.get("budget.col.typical"), w.get("budget.col.high")),
          List.of(Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT));
      for (MarketBudget.MonthRow row : m.months()) {
        mt.row(List.of(Integer.toString(row.month()), w.money(row.available()),
            count(row.buys().low()), count(row.buys().typical()), count(row.buys().high())));
      }
      d.table(mt);
    }
  }

  /** The minimum plan at the low, typical and high price, one clause each. */
  private String atThree(MarketBudget.PriceFits f) {
    Map<String, Tried> at = new LinkedHashMap<>();
    at.put("budget.price.low", f.low().minimum());
    at.put("budget.price.typical", f.typical().minimum());
    at.put("budget.price.high", f.high().minimum());
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Tried> e : at.entrySet()) {
      parts.add(w.get("budget.at.price", w.get(e.getKey()), w.money(e.getValue().priced().total()),
          bw.verdict(e.getValue())));
    }
    return String.join(w.get("budget.clause.sep"), parts);
  }

  /** Where the price per session comes from: each source with its line, and the typical's basis. */
  private String origin(MarketBudget m) {
    List<String> cites = new ArrayList<>();
    for (Estimate.SourceRow row : m.estimate().rows()) {
      cites.add(w.firstCite(row.source().id(), row.price().cites()));
    }
    String origin = w.get("price.origin.market", String.join(w.get("list.sep"), cites));
    return m.price().perSession().isPoint() ? origin
        : w.get("plan.price.basis", origin, w.basis(m.price().perSession().basis()));
  }

  private String count(long n) {
    return n == Long.MAX_VALUE ? w.get("budget.any") : Long.toString(n);
  }

  private void notes(Doc d, BudgetReport r) {
    d.heading(w.get("budget.notes.heading"));
    List<Doc.Bullet> bullets = new ArrayList<>();
    for (Protocol p : r.protocols()) {
      bullets.add(new Doc.Bullet(w.get("budget.note.protocol", p.id(), p.name().in(w.lang())),
          "(" + parts.cites(p.cites()) + ")"));
    }
    bullets.add(new Doc.Bullet(w.get("budget.note.fits"), ""));
    if (r.budget().request().isMonthly()) {
      bullets.add(new Doc.Bullet(w.get("budget.note.monthly"), ""));
    }
    bullets.add(new Doc.Bullet(w.get(r.budget().atClinics() ? "budget.note.clinics"
        : "budget.note.market"), ""));
    if (r.rules().isPresent()) { // issue 23: stopping after the 3rd session
      bullets.add(new Doc.Bullet(w.get(r.budget().atClinics() ? "budget.note.act"
          : "budget.note.act.market"), ""));
    }
    d.bullets(bullets);
  }
}
