package dev.exoplan.report.plan;

import dev.exoplan.domain.plan.Phase;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.plan.PriceChoice;
import dev.exoplan.domain.plan.ScheduledSession;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.MoneyRange;
import dev.exoplan.report.Words;
import dev.exoplan.report.text.Doc;
import dev.exoplan.report.text.Grid;
import dev.exoplan.report.text.Grid.Align;
import dev.exoplan.report.text.Sections;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The plan as a document: the total first, the phases, notes, chart and schedule. */
final class PlanDoc {
  private final Words w;
  private final Sections parts;

  PlanDoc(Words words) {
    this.w = words;
    this.parts = new Sections(words);
  }

  Doc build(PlanReport r) {
    Plan p = r.plan();
    Doc d = new Doc();
    d.title(w.get("plan.title", w.method(p.method()), p.method().id()));
    if (p.protocol().isPresent()) {
      d.line(p.asProtocolStates()
          ? w.get("plan.protocol", p.protocol().get().id(), p.protocol().get().name().in(w.lang()))
          : w.get("plan.protocol.changed", p.protocol().get().id()));
    }
    d.gap();
    d.strong(w.get(p.sessions().isSingle() && p.sessions().low() == 1
            ? "plan.total.one" : "plan.total",
        w.rangeWithTypical(p.total()),
        // issue 18: a list that does not state its basis is as listed, never called tax included
        PlanReport.notStated(p) ? w.get("plan.tax.not.stated") : w.tax(p.price().taxIncluded()),
        w.counts(p.sessions())));
    d.line(w.get("plan.price", w.rangeWithTypical(p.price().perSession()),
        priceOrigin(p.price())));
    d.gap();
    Grid t = new Grid(
        List.of(w.get("col.phase"), w.get("col.sessions"), w.get("col.every"), w.get("col.low"),
            w.get("col.typical"), w.get("col.high")),
        List.of(Align.LEFT, Align.RIGHT, Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT));
    for (Phase ph : p.phases()) {
      t.row(List.of(w.phase(ph.kind()), w.counts(ph.sessions()),
          ph.every().isPresent() ? w.interval(ph.every().get()) : "", w.money(ph.cost().low()),
          w.money(ph.cost().typical()), w.money(ph.cost().high())));
    }
    t.row(List.of(w.get("row.total"), w.counts(p.sessions()), "", w.money(p.total().low()),
        w.money(p.total().typical()), w.money(p.total().high())), true);
    d.table(t);
    if (r.payments().isPresent()) { // issue 20: beside the total, never in it
      dev.exoplan.report.instalment.PaymentsDoc.add(d,
          dev.exoplan.report.instalment.PaymentsDoc.plan(w, r.payments().get()));
    }
    d.gap();
    List<Doc.Bullet> planNotes = new ArrayList<>();
    for (String s : planNotes(p)) {
      planNotes.add(new Doc.Bullet(s, ""));
    }
    planNotes.addAll(PlanFacts.bullets(w, p));
    planNotes.add(FurtherYearText.bullet(w, dev.exoplan.domain.plan.FurtherYear.of(p)));
    d.bullets(planNotes);
    if (p.phases().size() > 1 && p.total().typical().minor() > 0) {
      d.heading(w.get("plan.chart"));
      List<Doc.Bar> bars = new ArrayList<>();
      MoneyRange running = null;
      for (Phase ph : p.phases()) {
        running = running == null ? ph.cost() : running.plus(ph.cost());
        bars.add(Doc.Bar.of(w.phase(ph.kind()), running.typical().minor(),
            w.money(running.typical())));
      }
      d.bars(bars);
    }
    if (p.start().isPresent()) {
      d.heading(w.get("schedule.heading", p.start().get()));
      Grid s = new Grid(
          List.of(w.get("col.number"), w.get("col.phase"), w.get("col.dates"), ""),
          List.of(Align.RIGHT, Align.LEFT, Align.LEFT, Align.LEFT));
      for (ScheduledSession ss : p.schedule()) {
        s.row(List.of(Integer.toString(ss.number()), w.phase(ss.phase()), sessionDate(ss),
            ss.optional() ? w.get("schedule.optional") : ""));
      }
      d.table(s);
    }
    parts.sources(d, r.sources());
    parts.footer(d, r.taxNotes());
    return d;
  }

  private String priceOrigin(PriceChoice c) {
    String origin = switch (c.origin()) {
      case OPTION -> w.get("price.origin.option");
      case SOURCE -> w.get("price.origin.source", c.sourceIds().get(0));
      case CLINIC -> w.get("price.origin.clinic", c.clinic().get().name().in(w.lang()));
      case MARKET -> w.get("price.origin.market", w.list(c.sourceIds()));
    };
    return c.perSession().isPoint()
        ? origin
        : w.get("plan.price.basis", origin, w.basis(c.perSession().basis()));
  }

  private List<String> planNotes(Plan p) {
    List<String> notes = new ArrayList<>();
    boolean opened = false;
    for (Phase ph : p.phases()) {
      if (ph.windowMonths().isPresent()) {
        String key = ph.fromMonth().isPresent() ? "plan.note.counted.from"
            : opened ? "plan.note.counted.after" : "plan.note.counted";
        notes.add(w.get(key, w.phase(ph.kind()), w.counts(ph.sessions()),
            w.interval(ph.every().get()), ph.windowMonths().get(), ph.fromMonth().orElse(1)));
      } else if (cut(p, ph).isPresent()) {
        notes.add(w.get("plan.note.cut", w.phase(ph.kind()), w.counts(cut(p, ph).get()),
            w.counts(ph.sessions()), p.phases().stream().flatMap(x -> x.windowMonths().stream())
                .findFirst().orElse(0)));
      } else if (ph.fromMonth().isPresent() && ph.sessions().high() > 0) {
        notes.add(w.get("plan.note.from", w.phase(ph.kind()), ph.fromMonth().get()));
      }
      opened |= ph.sessions().high() > 0;
    }
    if (p.total().basis() == dev.exoplan.domain.value.TypicalBasis.PURCHASE) {
      notes.add(w.get("plan.note.purchase",
          p.price().clinic().map(c -> c.name().in(w.lang())).orElse("")));
    } else if (!p.total().isPoint()) {
      notes.add(w.get("plan.note.typical"));
    }
    return notes;
  }

  /** The protocol's stated count of a phase the window cut short (issue 10), if it did. */
  private static Optional<CountRange> cut(Plan p, Phase ph) {
    if (ph.sessionsBasis() != Phase.SessionsBasis.PROTOCOL || p.protocol().isEmpty()) {
      return Optional.empty();
    }
    return p.protocol().get().phases().stream().filter(x -> x.kind() == ph.kind())
        .flatMap(x -> x.sessions().stream()).filter(c -> !c.equals(ph.sessions())).findFirst();
  }

  private String sessionDate(ScheduledSession s) {
    if (s.earliest().isEmpty() || s.latest().isEmpty()) {
      return w.get("schedule.undated");
    }
    return s.earliest().equals(s.latest())
        ? w.date(s.earliest().get())
        : w.get("schedule.between", s.earliest().get(), s.latest().get());
  }
}
