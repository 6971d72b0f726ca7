package dev.exoplan.report.html;

import dev.exoplan.domain.compare.Comparison;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.text.Text;
import dev.exoplan.report.CompareReport;
import dev.exoplan.report.QuoteReport;
import dev.exoplan.report.quote.QuoteHtml;
import dev.exoplan.report.DocBuilder;
import dev.exoplan.report.MoneyFormat;
import dev.exoplan.report.Report;
import dev.exoplan.report.Words;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * HTML pages: one self-contained file each (inline CSS and SVG, nothing fetched), printable on A4,
 * from precompiled jte templates that escape every value for its context.
 */
public final class HtmlRenderer {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private final Words w;
  private final String generator;

  public HtmlRenderer(Words words, String generator) {
    this.w = words;
    this.generator = generator;
  }

  /**
   * Renders the page; a write that fails is the {@link IOException} it was (jte wraps it in a
   * TemplateException), so the caller reports it as an output failure, not a bug.
   */
  public void render(Report report, Writer out) throws IOException {
    try {
      page(report, out);
    } catch (gg.jte.TemplateException e) {
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof IOException io) {
          throw io;
        }
      }
      throw e;
    }
  }

  private void page(Report report, Writer out) {
    if (report instanceof CompareReport r) {
      ENGINE.render("compare.jte", compareView(r), new WriterOutput(out));
    } else if (report instanceof QuoteReport r) {
      ENGINE.render("quote.jte", QuoteHtml.params(r, w, generator), new WriterOutput(out));
    } else if (report instanceof dev.exoplan.report.ClinicsReport r) {
      dev.exoplan.report.clinics.ClinicsHtml.render(w, generator, r, out);
    } else {
      throw new IllegalArgumentException("no HTML for " + report.command());
    }
  }

  CompareView compareView(CompareReport r) {
    Comparison c = r.comparison();
    DocBuilder doc = new DocBuilder(w);
    List<String> subtitle = new ArrayList<>();
    subtitle.add(w.get("estimate.subtitle",
        w.currency(c.rows().isEmpty() ? dev.exoplan.domain.value.Currency.getInstance("JPY")
            : c.rows().get(0).perSession().currency()),
        w.tax(c.taxIncluded())));
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
        series.add(new Charts.Input(row.id(), name, row.cumulative()));
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
