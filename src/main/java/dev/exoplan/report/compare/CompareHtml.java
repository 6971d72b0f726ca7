package dev.exoplan.report.compare;

import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.compare.Comparison;
import dev.exoplan.domain.text.Text;
import dev.exoplan.report.MoneyFormat;
import dev.exoplan.report.Words;
import dev.exoplan.report.html.ChartView;
import dev.exoplan.report.html.Charts;
import dev.exoplan.report.html.Templates;
import java.io.IOException;
import java.io.Writer;
import dev.exoplan.domain.value.MoneyRange;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The comparison as a printable page ({@code compare.jte}): the table, the cumulative charts, the effects. */
final class CompareHtml {
  private final Words w;
  private final String generator;

  CompareHtml(Words words, String generator) {
    this.w = words;
    this.generator = generator;
  }

  void render(CompareReport r, Writer out) throws IOException {
    Templates.render("compare.jte", view(r), out);
  }

  CompareView view(CompareReport r) {
    Comparison c = r.comparison();
    CompareDoc doc = new CompareDoc(w);
    List<String> subtitle = new ArrayList<>();
    subtitle.add(w.get("estimate.subtitle",
        w.currency(r.currency()), w.tax(c.taxIncluded())));
    subtitle.add(doc.exosomePrice(c));
    List<CompareView.Row> rows = new ArrayList<>();
    List<Charts.Input> series = new ArrayList<>();
    List<String> notDrawn = new ArrayList<>();
    for (Comparison.Row row : c.rows()) {
      String name = doc.rowName(row);
      String unknown = w.get("unknown");
      rows.add(new CompareView.Row(row.id(), row.kind().id(), name, w.range(row.perSession()),
          doc.lasts(row), row.sessions().map(w::counts).orElse(unknown),
          row.cost().map(m -> w.money(m.low())).orElse(unknown),
          row.cost().map(m -> w.money(m.typical())).orElse(unknown),
          row.cost().map(m -> w.money(m.high())).orElse(unknown),
          row.cost().isEmpty()));
      if (row.cumulative().isEmpty()) {
        notDrawn.add(name + ": " + unknown);
      } else {
        // issue 18: the typical line in whole sessions, each band named in the legend
        List<dev.exoplan.domain.value.Money> line = WholeSessions.line(row.perSession(),
            row.cumulative());
        MoneyRange end = row.cumulative().get(row.cumulative().size() - 1);
        series.add(new Charts.Input(row.id(), name, row.cumulative(), line,
            w.get("compare.chart.legend", name, w.get("range", w.money(end.low()),
                w.money(end.high())), c.months(), w.money(line.get(line.size() - 1)))));
      }
    }
    List<CompareView.Note> notes = new ArrayList<>();
    for (String n : doc.compareNotes(r)) {
      notes.add(new CompareView.Note(n, ""));
    }
    r.notes().forEach(n -> notes.add(new CompareView.Note(n.text().in(w.lang()),
        n.cites().stream().map(x -> w.get("note.cite", x.source(), x.line()))
            .collect(Collectors.joining(w.get("list.sep"))))));
    MoneyFormat axis = new MoneyFormat(w.lang(), true);
    java.util.function.LongFunction<String> money =
        v -> axis.format(dev.exoplan.domain.value.Money.of(v, c.rows().get(0).perSession().currency()));
    List<ChartView> charts = new ArrayList<>();
    charts.add(Charts.cumulative("full", c.months(), series, notDrawn, money, w.get("chart.months"),
        w.get("chart.cumulative"), w.get("compare.chart.title", c.months()), 0));
    long zoom = Charts.zoomTop(series);
    if (zoom > 0) {
      charts.add(Charts.cumulative("zoom", c.months(), series, notDrawn, money,
          w.get("chart.months"), w.get("chart.cumulative.zoom"),
          w.get("compare.chart.zoom.title", c.months(), money.apply(Charts.axisTop(zoom))), zoom));
    }
    List<List<String>> effects = new ArrayList<>();
    for (Comparison.Row row : c.rows()) {
      if (row.kind() == Comparison.Kind.EXOSOME_PROTOCOL) {
        continue;
      }
      String name = row.kind() == Comparison.Kind.EXOSOME_CONTINUOUS
          ? row.name().in(w.lang()) : doc.rowName(row);
      effects.add(List.of(name, row.effect().in(w.lang()), row.downtime().in(w.lang()),
          w.firstCite(row.sourceId(), row.cites())));
    }
    return new CompareView(
        w.lang().id(),
        w.get("compare.title", c.months()),
        subtitle,
        w.get("col.over", c.months()),
        List.of(w.get("col.treatment"), w.get("col.per.session"), w.get("col.lasts"),
            w.get("col.sessions"), w.get("col.low"), w.get("col.typical"), w.get("col.high")),
        rows,
        notes,
        charts,
        w.get("compare.effects"),
        List.of(w.get("col.treatment"), w.get("col.effect"), w.get("col.downtime"),
            w.get("col.source")),
        effects,
        w.get("sources.heading"),
        sources(r.sources()),
        smallPrint(r.taxNotes()),
        generator);
  }

  private List<String> sources(List<Source> sources) {
    return sources.stream().map(s -> w.get("source.line", s.id(), s.summary().in(w.lang()),
        w.date(s.date()), s.title())).toList();
  }

  private List<String> smallPrint(List<Text> taxNotes) {
    List<String> out = new ArrayList<>();
    taxNotes.forEach(t -> out.add(w.get("footer.tax", t.in(w.lang()))));
    out.add(w.get("footer.selfpay"));
    return out;
  }
}
