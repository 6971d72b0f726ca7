package dev.exoplan.report.tables;

import dev.exoplan.domain.catalog.MarketPrice;
import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.domain.catalog.Treatment;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.MoneyRange;
import dev.exoplan.report.Words;
import dev.exoplan.report.text.Doc;
import dev.exoplan.report.text.Grid;
import dev.exoplan.report.text.Grid.Align;
import dev.exoplan.report.text.Sections;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Everything loaded, as a document: the files, then each layer. */
final class TablesDoc {
  private final Words w;
  private final Sections parts;

  TablesDoc(Words words) {
    this.w = words;
    this.parts = new Sections(words);
  }

  Doc build(TablesReport r) {
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
            w.money(m.high()), Sections.lines(p.cites())));
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
      d.bullets(c.clinics().stream().map(cl -> new Doc.Bullet(parts.clinicLine(cl,
          Arrays.stream(Method.values()).filter(m -> cl.priceOf(m).isPresent())
              .map(m -> m.id() + " " + parts.clinicPrice(cl.priceOf(m).get()))
              .collect(Collectors.joining(", "))), "")).toList());
    }
    return d;
  }
}
