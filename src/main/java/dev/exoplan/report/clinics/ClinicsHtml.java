package dev.exoplan.report.clinics;

import dev.exoplan.domain.clinics.ClinicComparison;
import dev.exoplan.domain.clinics.ClinicComparison.Row;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.menu.TaxBasis;
import dev.exoplan.report.MoneyFormat;
import dev.exoplan.report.Words;
import dev.exoplan.report.html.Templates;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison as one self-contained printable page (inline CSS and SVG, nothing fetched), from
 * the precompiled {@code clinics.jte} template, which escapes every value.
 */
public final class ClinicsHtml {
  private ClinicsHtml() {}

  static void render(Words w, String generator, ClinicsReport r, Writer out) throws IOException {
    Templates.render("clinics.jte", view(w, generator, r), out);
  }

  static ClinicsView view(Words w, String generator, ClinicsReport r) {
    ClinicsWords cw = new ClinicsWords(w, r.rules());
    ClinicComparison c = r.comparison();
    List<String> subtitle = new ArrayList<>();
    subtitle.add(cw.plan(c));
    cw.options(c).ifPresent(subtitle::add);
    List<ClinicsView.Row> rows = new ArrayList<>();
    List<ClinicsChart.Input> bars = new ArrayList<>();
    List<ClinicsView.Check> checks = new ArrayList<>();
    int rank = 1;
    for (Row row : c.rows()) {
      rows.add(new ClinicsView.Row(row.clinic().id(), cw.cells(rank++, row),
          row.clinic().taxBasis() == TaxBasis.NOT_STATED, row.lowerBound()));
      bars.add(new ClinicsChart.Input(row.clinic().id(), cw.name(row),
          row.total().low().minor(), row.total().high().minor(), cw.total(row)));
      for (ClinicsWords.Check k : cw.checks(row)) {
        checks.add(new ClinicsView.Check(cw.name(row),
            w.get("clinics.check.line", cw.name(row), k.text()), k.cited(), k.level()));
      }
    }
    MoneyFormat axis = new MoneyFormat(w.lang(), true);
    dev.exoplan.domain.value.Currency currency = c.rows().isEmpty()
        ? dev.exoplan.domain.value.Currency.getInstance("JPY") : c.rows().get(0).clinic().currency();
    ClinicsChart.View chart = ClinicsChart.layout(bars,
        v -> axis.format(Money.of(v, currency)), cw.chartTitle());
    return new ClinicsView(
        w.lang().id(),
        cw.title(c),
        subtitle,
        cw.headers(),
        rows,
        chart,
        w.get("clinics.heading.market"),
        checks,
        w.get("clinics.heading.excluded"),
        c.excluded().stream().map(cw::excluded).toList(),
        w.get("clinics.heading.unreadable"),
        r.unreadable().stream().map(cw::unreadable).toList(),
        w.get("clinics.heading.notes"),
        cw.notes(c),
        w.get("sources.heading"),
        cw.sources(r.sources()),
        w.get("footer.selfpay"),
        generator);
  }
}
