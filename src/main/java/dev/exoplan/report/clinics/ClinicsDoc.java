package dev.exoplan.report.clinics;

import dev.exoplan.domain.clinics.ClinicComparison;
import dev.exoplan.domain.clinics.ClinicComparison.Row;
import dev.exoplan.report.text.Doc;
import dev.exoplan.report.text.Grid;
import dev.exoplan.report.text.Grid.Align;
import dev.exoplan.report.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison as a {@link Doc} (text and Markdown): the headline and plan, one table row per
 * clinic cheapest first, a bar chart of the totals, the market checks with their sources, the
 * clinics that cannot quote, the files that could not be read, notes and sources.
 */
public final class ClinicsDoc {
  /** Figures right; the up-front cell names its courses, so it wraps like the other texts. */
  private static final List<Align> ALIGNS = List.of(Align.LEFT, Align.RIGHT, Align.RIGHT,
      Align.LEFT, Align.RIGHT, Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT, Align.RIGHT);

  private final ClinicsWords cw;
  private final Words w;

  public ClinicsDoc(Words words) {
    this(words, java.util.Optional.empty());
  }

  /** With the course-contract column when {@code rules} are given (issue 23). */
  public ClinicsDoc(Words words, java.util.Optional<dev.exoplan.domain.contract.ContractRules> rules) {
    this.cw = new ClinicsWords(words, rules);
    this.w = words;
  }

  public Doc build(ClinicsReport r) {
    ClinicComparison c = r.comparison();
    Doc d = new Doc();
    d.title(cw.title(c));
    d.line(cw.plan(c));
    cw.options(c).ifPresent(d::line);
    if (!c.rows().isEmpty()) {
      d.gap();
      Grid g = new Grid(cw.headers(), ALIGNS.subList(0, cw.headers().size()));
      int rank = 1;
      for (Row row : c.rows()) {
        g.row(cw.cells(rank++, row));
      }
      d.table(g);
      d.heading(cw.chartTitle());
      List<Doc.Bar> bars = new ArrayList<>();
      for (Row row : c.rows()) {
        bars.add(new Doc.Bar(cw.name(row), row.total().low().minor(), row.total().high().minor(),
            cw.total(row)));
      }
      d.bars(bars);
      if (r.instalments().isPresent()) { // issue 20: after the totals, which it does not change
        ClinicsPayments.doc(d, w, cw, c.rows(), r.instalments().get());
      }
      d.heading(w.get("clinics.heading.market"));
      List<Doc.Bullet> checks = new ArrayList<>();
      for (Row row : c.rows()) {
        for (ClinicsWords.Check k : cw.checks(row)) {
          checks.add(new Doc.Bullet(w.get("clinics.check.line", cw.name(row), k.text()),
              k.cited().isEmpty() ? "" : "(" + k.cited() + ")"));
        }
      }
      d.bullets(checks);
    }
    if (!c.excluded().isEmpty()) {
      d.heading(w.get("clinics.heading.excluded"));
      d.bullets(c.excluded().stream().map(e -> new Doc.Bullet(cw.excluded(e), "")).toList());
    }
    if (!r.unreadable().isEmpty()) {
      d.heading(w.get("clinics.heading.unreadable"));
      d.bullets(r.unreadable().stream().map(u -> new Doc.Bullet(cw.unreadable(u), "")).toList());
    }
    d.heading(w.get("clinics.heading.notes"));
    d.bullets(cw.notes(c).stream().map(n -> new Doc.Bullet(n, "")).toList());
    if (!r.sources().isEmpty()) {
      d.heading(w.get("sources.heading"));
      cw.sources(r.sources()).forEach(d::line);
    }
    d.gap();
    d.quiet(w.get("footer.selfpay"));
    return d;
  }
}
