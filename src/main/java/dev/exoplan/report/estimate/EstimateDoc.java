package dev.exoplan.report.estimate;

import dev.exoplan.domain.estimate.Estimate;
import dev.exoplan.domain.value.MoneyRange;
import dev.exoplan.report.Words;
import dev.exoplan.report.text.Doc;
import dev.exoplan.report.text.Grid;
import dev.exoplan.report.text.Grid.Align;
import dev.exoplan.report.text.Sections;
import java.util.ArrayList;
import java.util.List;

/** The estimate as a document: the overall range first, then each source's row. */
final class EstimateDoc {
  private final Words w;
  private final Sections parts;

  EstimateDoc(Words words) {
    this.w = words;
    this.parts = new Sections(words);
  }

  Doc build(EstimateReport r) {
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
    d.line(w.get("estimate.subtitle", w.currency(r.currency()),
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
            w.money(m.typical()), w.money(m.high()), w.basis(m.basis()), Sections.lines(row.price().cites())));
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
        clinics.add(new Doc.Bullet(parts.clinicLine(c.clinic(), parts.clinicPrice(c.price())), ""));
      }
      d.bullets(clinics);
    }
    parts.notes(d, e.notes());
    parts.sources(d, r.sources());
    parts.footer(d, r.taxNotes());
    return d;
  }
}
