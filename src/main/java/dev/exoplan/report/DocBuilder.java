package dev.exoplan.report;

import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.compare.Comparison;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.estimate.Estimate;
import dev.exoplan.domain.catalog.MarketPrice;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.MoneyRange;
import dev.exoplan.domain.plan.Phase;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.plan.PriceChoice;
import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.domain.catalog.Protocol;
import dev.exoplan.domain.plan.ScheduledSession;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.catalog.SourceNote;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.catalog.Treatment;
import dev.exoplan.report.Grid.Align;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a report into a {@link Doc} in one language: the headline figure first, then tables,
 * notes, the sources cited, and the small print.
 */
public final class DocBuilder {
  private final Words w;

  public DocBuilder(Words words) {
    this.w = words;
  }

  public Doc build(Report report) {
    if (report instanceof EstimateReport r) {
      return estimate(r);
    }
    if (report instanceof PlanReport r) {
      return plan(r);
    }
    if (report instanceof CompareReport r) {
      return compare(r);
    }
    if (report instanceof QuoteReport r) {
      return dev.exoplan.report.quote.QuoteDoc.build(r, w);
    }
    if (report instanceof PricingCheckReport r) {
      return dev.exoplan.report.pricingcheck.PricingCheckDoc.build(r, w);
    }
    if (report instanceof ClinicsReport r) {
      return new dev.exoplan.report.clinics.ClinicsDoc(w).build(r);
    }
    if (report instanceof TablesReport r) {
      return tables(r);
    }
    if (report instanceof ValidationReport r) {
      return validation(r);
    }
    throw new IllegalArgumentException("no document for " + report.command());
  }

  // ---- estimate ----------------------------------------------------------------------------

  private Doc estimate(EstimateReport r) {
    Estimate e = r.estimate();
    Doc d = new Doc();
    if (e.overall().isPresent()) {
      // the answer first: the overall range and its typical price, then where they come from
      MoneyRange all = e.overall().get();
      d.title(w.get("estimate.headline", w.method(e.method()), e.method().id(),
          w.rangeWithTypical(all), w.tax(e.taxIncluded())));
      d.line(w.get(e.rows().size() == 1 ? "estimate.headline.basis.one" : "estimate.headline.basis",
          e.rows().size(), w.basis(all.basis())));
    } else {
      d.title(w.get("estimate.title", w.method(e.method()), e.method().id()));
    }
    d.line(w.get("estimate.subtitle", w.currency(dev.exoplan.domain.value.Currency.getInstance(currency(e))),
        w.tax(e.taxIncluded())));
    d.gap();
    if (!e.rows().isEmpty()) {
      Grid t = new Grid(
          List.of(w.get("col.source"), w.get("col.date"), w.get("col.low"), w.get("col.typical"),
              w.get("col.high"), w.get("col.basis"), w.get("col.line")),
          List.of(Align.LEFT, Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.LEFT,
              Align.LEFT));
      for (Estimate.SourceRow row : e.rows()) {
        MoneyRange m = row.range();
        t.row(List.of(row.source().id(), w.date(row.source().date()), w.money(m.low()),
            w.money(m.typical()), w.money(m.high()), w.basis(m.basis()), lines(row.price().cites())));
      }
      if (e.overall().isPresent()) {
        MoneyRange m = e.overall().get();
        t.row(List.of(w.get("overall.label"), w.get("overall.count", e.rows().size()),
            w.money(m.low()), w.money(m.typical()), w.money(m.high()), w.basis(m.basis()), ""), true);
      }
      d.table(t);
    }
    if (e.noOverall().isPresent()) {
      d.line(w.get("overall.missing." + Names.noOverall(e.noOverall().get())));
    }
    if (!e.clinics().isEmpty()) {
      d.heading(w.get("clinics.heading"));
      List<Doc.Bullet> clinics = new ArrayList<>();
      for (Estimate.ClinicRow c : e.clinics()) {
        clinics.add(new Doc.Bullet(clinicLine(c.clinic(), clinicPrice(c.price())), ""));
      }
      d.bullets(clinics);
    }
    notes(d, e.notes());
    sources(d, r.sources());
    footer(d, r.taxNotes());
    return d;
  }

  /** ¥110,000, or ¥22,000 per cc; with the first-visit price when there is one. */
  public String clinicPrice(dev.exoplan.domain.clinic.ClinicPrice p) {
    String s = p.perSession().isPresent()
        ? w.money(p.perSession().get())
        : w.get("clinic.per.cc", w.money(p.perCc().orElseThrow()));
    return p.firstVisit().isPresent() ? w.get("clinic.first.visit", s, w.money(p.firstVisit().get())) : s;
  }

  private String clinicLine(Clinic c, String price) {
    String line = w.get("clinic.price", c.name().in(w.lang()), price, w.tax(c.taxIncluded()));
    return c.example() ? line + " [" + w.get("clinic.example") + "]" : line;
  }

  static String lines(List<Citation> cites) {
    List<String> lines = new ArrayList<>();
    for (Citation c : cites) {
      String l = Integer.toString(c.line());
      if (!lines.contains(l)) {
        lines.add(l);
      }
    }
    return String.join(", ", lines);
  }

  private static String currency(Estimate e) {
    if (!e.rows().isEmpty()) {
      return e.rows().get(0).range().currency().getCurrencyCode();
    }
    if (!e.clinics().isEmpty()) {
      return e.clinics().get(0).clinic().currency().getCurrencyCode();
    }
    return "JPY";
  }

  private void notes(Doc d, List<SourceNote> notes) {
    if (notes.isEmpty()) {
      return;
    }
    d.heading(w.get("notes.heading"));
    List<Doc.Bullet> bullets = new ArrayList<>();
    for (SourceNote n : notes) {
      bullets.add(new Doc.Bullet(n.text().in(w.lang()), "(" + cites(n.cites()) + ")"));
    }
    d.bullets(bullets);
  }

  private String cites(List<Citation> cites) {
    List<String> parts = new ArrayList<>();
    for (Citation c : cites) {
      parts.add(w.get("note.cite", c.source(), c.line()));
    }
    return String.join(w.get("list.sep"), parts);
  }

  private void sources(Doc d, List<Source> sources) {
    if (sources.isEmpty()) {
      return;
    }
    d.heading(w.get("sources.heading"));
    for (Source s : sources) {
      d.line(w.get("source.line", s.id(), s.summary().in(w.lang()), w.date(s.date()),
          "pricing/sources/" + s.file()));
    }
  }

  private void footer(Doc d, List<Text> taxNotes) {
    d.gap();
    for (Text t : taxNotes) {
      d.quiet(w.get("footer.tax", t.in(w.lang())));
    }
    d.quiet(w.get("footer.selfpay"));
  }

  // ---- plan --------------------------------------------------------------------------------

  private Doc plan(PlanReport r) {
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
        w.rangeWithTypical(p.total()), w.tax(p.price().taxIncluded()), w.counts(p.sessions())));
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
    d.gap();
    List<Doc.Bullet> planNotes = new ArrayList<>();
    for (String s : planNotes(p)) {
      planNotes.add(new Doc.Bullet(s, ""));
    }
    planNotes.addAll(dev.exoplan.report.plan.PlanFacts.bullets(w, p));
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
    sources(d, r.sources());
    footer(d, r.taxNotes());
    return d;
  }

  String priceOrigin(PriceChoice c) {
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

  List<String> planNotes(Plan p) {
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

  public String sessionDate(ScheduledSession s) {
    if (s.earliest().isEmpty() || s.latest().isEmpty()) {
      return w.get("schedule.undated");
    }
    return s.earliest().equals(s.latest())
        ? s.earliest().get().toString()
        : w.get("schedule.between", s.earliest().get(), s.latest().get());
  }

  // ---- compare -----------------------------------------------------------------------------

  private Doc compare(CompareReport r) {
    Comparison c = r.comparison();
    Doc d = new Doc();
    d.title(w.get("compare.title", c.months()));
    d.line(w.get("estimate.subtitle", w.currency(currencyOf(c)), w.tax(c.taxIncluded())));
    d.line(exosomePrice(c));
    d.gap();
    Grid t = new Grid(
        List.of(w.get("col.treatment"), w.get("col.per.session"), w.get("col.lasts"),
            w.get("col.sessions"), w.get("col.low"), w.get("col.typical"), w.get("col.high")),
        List.of(Align.LEFT, Align.RIGHT, Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT,
            Align.RIGHT));
    for (Comparison.Row row : c.rows()) {
      t.row(List.of(rowName(row), w.range(row.perSession()),
          row.duration().map(w::duration).orElse(w.get("unknown")),
          row.sessions().map(w::counts).orElse(w.get("unknown")),
          row.cost().map(m -> w.money(m.low())).orElse(w.get("unknown")),
          row.cost().map(m -> w.money(m.typical())).orElse(w.get("unknown")),
          row.cost().map(m -> w.money(m.high())).orElse(w.get("unknown"))),
          row.kind() != Comparison.Kind.TREATMENT);
    }
    d.line(w.get("col.over", c.months()));
    d.table(t);
    d.gap();
    d.bullets(compareNotes(r).stream().map(n -> new Doc.Bullet(n, "")).toList());
    d.bullets(r.notes().stream()
        .map(n -> new Doc.Bullet(n.text().in(w.lang()), "(" + cites(n.cites()) + ")"))
        .toList());
    d.heading(w.get("compare.chart", c.months()));
    d.bars(c.rows().stream().map(row -> row.cost()
        .map(m -> new Doc.Bar(rowName(row), m.low().minor(), m.high().minor(), w.range(m)))
        .orElse(new Doc.Bar(rowName(row), -1, -1, w.get("unknown")))).toList());
    d.heading(w.get("compare.effects"));
    Grid e = new Grid(
        List.of(w.get("col.treatment"), w.get("col.effect"), w.get("col.downtime"),
            w.get("col.source")),
        List.of(Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT));
    for (Comparison.Row row : c.rows()) {
      if (row.kind() == Comparison.Kind.EXOSOME_PROTOCOL) {
        continue;
      }
      String name = row.kind() == Comparison.Kind.EXOSOME_CONTINUOUS
          ? row.name().in(w.lang()) : rowName(row);
      e.row(List.of(name, row.effect().in(w.lang()), row.downtime().in(w.lang()),
          w.firstCite(row.sourceId(), row.cites())));
    }
    d.table(e);
    sources(d, r.sources());
    footer(d, r.taxNotes());
    return d;
  }

  /** The row's name: the treatment's, or for exosome which of the two rows it is. */
  public String rowName(Comparison.Row row) {
    return switch (row.kind()) {
      case EXOSOME_CONTINUOUS -> w.get("compare.row.continuous");
      case EXOSOME_PROTOCOL -> w.get("compare.row.protocol",
          row.id().substring(row.id().indexOf('-') + 1));
      case TREATMENT -> row.name().in(w.lang());
    };
  }

  /** How long the effect lasts, or unknown with what the source says instead. */
  public String lasts(Comparison.Row row) {
    if (row.duration().isPresent()) {
      return w.duration(row.duration().get());
    }
    return row.durationNote()
        .map(n -> w.get("compare.unknown.duration", n.in(w.lang())))
        .orElse(w.get("unknown"));
  }

  /** Where the exosome price comes from. */
  public String exosomePrice(Comparison c) {
    if (c.method().isEmpty()) {
      return w.get("compare.price.treatments");
    }
    Comparison.Row exo = c.rows().get(0);
    return w.get("compare.price.method", w.method(c.method().get()), c.method().get().id(),
        w.rangeWithTypical(exo.perSession()));
  }

  /** How the comparison was computed and what it leaves unknown. */
  public List<String> compareNotes(CompareReport r) {
    Comparison c = r.comparison();
    List<String> notes = new ArrayList<>();
    notes.add(w.get("compare.note.sessions", c.months()));
    c.protocol().ifPresent(p -> notes.add(w.get("compare.note.protocol", p.id(), c.months())));
    for (Comparison.Row row : c.rows()) {
      if (row.duration().isEmpty()) {
        notes.add(w.get("compare.note.unknown", rowName(row),
            row.durationNote().map(n -> n.in(w.lang())).orElse(w.get("unknown")), c.months()));
      }
    }
    notes.add(w.get("compare.note.effects"));
    return notes;
  }

  private static dev.exoplan.domain.value.Currency currencyOf(Comparison c) {
    return c.rows().isEmpty() ? dev.exoplan.domain.value.Currency.getInstance("JPY")
        : c.rows().get(0).perSession().currency();
  }

  // ---- pricing show / validate --------------------------------------------------------------

  private Doc tables(TablesReport r) {
    var c = r.catalog();
    Doc d = new Doc();
    d.title(w.get("pricing.tables"));
    Grid files = new Grid(
        List.of(w.get("pricing.col.file"), w.get("pricing.col.kind"), w.get("pricing.col.id"),
            w.get("pricing.col.currency"), w.get("pricing.col.tax")),
        List.of(Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT));
    for (PriceTable t : c.tables()) {
      files.row(List.of(t.origin(), t.kind().id(), t.id(), t.currency().getCurrencyCode(),
          w.tax(t.taxIncluded())));
    }
    d.table(files);
    if (!c.prices().isEmpty()) {
      d.heading(w.get("pricing.prices"));
      Grid prices = new Grid(
          List.of(w.get("pricing.col.method"), w.get("col.source"), w.get("col.low"),
              w.get("col.typical"), w.get("col.high"), w.get("col.line")),
          List.of(Align.LEFT, Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.LEFT));
      for (MarketPrice p : c.prices()) {
        MoneyRange m = p.range().resolve();
        prices.row(List.of(p.method().id(), p.sourceId(), w.money(m.low()), w.money(m.typical()),
            w.money(m.high()), lines(p.cites())));
      }
      d.table(prices);
    }
    if (!c.protocols().isEmpty()) {
      d.heading(w.get("pricing.protocols"));
      d.bullets(c.protocols().stream()
          .map(p -> new Doc.Bullet(p.id() + "  " + p.name().in(w.lang()),
              "[" + p.methods().stream().map(Method::id).collect(Collectors.joining(", ")) + "]"))
          .toList());
    }
    if (!c.treatments().isEmpty()) {
      d.heading(w.get("pricing.treatments"));
      Grid tr = new Grid(
          List.of(w.get("pricing.col.id"), w.get("pricing.col.name"), w.get("col.low"),
              w.get("col.high"), w.get("pricing.col.duration"), w.get("col.source")),
          List.of(Align.LEFT, Align.LEFT, Align.RIGHT, Align.RIGHT, Align.LEFT, Align.LEFT));
      for (Treatment t : c.treatments()) {
        tr.row(List.of(t.id(), t.name().in(w.lang()), w.money(t.price().low()),
            w.money(t.price().high()),
            t.duration().map(w::duration).orElse(w.get("pricing.duration.unknown")), t.sourceId()));
      }
      d.table(tr);
    }
    if (!c.clinics().isEmpty()) {
      d.heading(w.get("pricing.clinics"));
      d.bullets(c.clinics().stream().map(cl -> new Doc.Bullet(clinicLine(cl,
          Arrays.stream(Method.values()).filter(m -> cl.priceOf(m).isPresent())
              .map(m -> m.id() + " " + clinicPrice(cl.priceOf(m).get()))
              .collect(Collectors.joining(", "))), "")).toList());
    }
    return d;
  }

  private Doc validation(ValidationReport r) {
    Doc d = new Doc();
    for (ValidationReport.Result res : r.results()) {
      if (res.table().isEmpty()) {
        continue; // problems go to stderr
      }
      PriceTable t = res.table().get();
      String counts = t.kind() == PriceTable.Kind.MARKET
          ? w.get("validate.counts.market", t.sources().size(), t.prices().size(),
              t.protocols().size(), t.treatments().size(), t.notes().size())
          : t.version() >= 2
              ? w.get("validate.counts.clinic.menu", t.clinic().get().menu().items().size(),
                  t.clinic().get().menu().fees().size(), t.clinic().get().menu().sets().size())
              : w.get("validate.counts.clinic", t.clinic().map(c -> c.prices().size()).orElse(0));
      d.line(w.get("validate.ok", res.file(), t.kind().id(), counts));
    }
    return d;
  }
}
