package dev.exoplan.report.compare;

import dev.exoplan.domain.compare.Comparison;
import dev.exoplan.report.Words;
import dev.exoplan.report.text.Doc;
import dev.exoplan.report.text.Grid;
import dev.exoplan.report.text.Grid.Align;
import dev.exoplan.report.text.Sections;
import java.util.ArrayList;
import java.util.List;

/** The comparison as a document, and the words its HTML page shares with it. */
final class CompareDoc {
  private final Words w;
  private final Sections parts;

  CompareDoc(Words words) {
    this.w = words;
    this.parts = new Sections(words);
  }

  Doc build(CompareReport r) {
    Comparison c = r.comparison();
    Doc d = new Doc();
    d.title(w.get("compare.title", c.months()));
    d.line(w.get("estimate.subtitle", w.currency(r.currency()), w.tax(c.taxIncluded())));
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
        .map(n -> new Doc.Bullet(n.text().in(w.lang()), "(" + parts.cites(n.cites()) + ")"))
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
    parts.sources(d, r.sources());
    parts.footer(d, r.taxNotes());
    return d;
  }

  /** The row's name: the treatment's, or for exosome which of the two rows it is. */
  String rowName(Comparison.Row row) {
    return switch (row.kind()) {
      case EXOSOME_CONTINUOUS -> w.get("compare.row.continuous");
      case EXOSOME_PROTOCOL -> w.get("compare.row.protocol",
          row.id().substring(row.id().indexOf('-') + 1));
      case TREATMENT -> row.name().in(w.lang());
    };
  }

  /** How long the effect lasts, or unknown with what the source says instead. */
  String lasts(Comparison.Row row) {
    if (row.duration().isPresent()) {
      return w.duration(row.duration().get());
    }
    return row.durationNote()
        .map(n -> w.get("compare.unknown.duration", n.in(w.lang())))
        .orElse(w.get("unknown"));
  }

  /** Where the exosome price comes from. */
  String exosomePrice(Comparison c) {
    if (c.method().isEmpty()) {
      return w.get("compare.price.treatments");
    }
    Comparison.Row exo = c.rows().get(0);
    return w.get("compare.price.method", w.method(c.method().get()), c.method().get().id(),
        w.rangeWithTypical(exo.perSession()));
  }

  /** How the comparison was computed and what it leaves unknown. */
  List<String> compareNotes(CompareReport r) {
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
}
