package dev.exoplan.report.quote;

import dev.exoplan.report.text.Doc;
import dev.exoplan.report.text.Grid;
import dev.exoplan.report.text.Grid.Align;
import java.util.List;

/** The quote's cooling-off and cancellation section (issue 23) in a {@link Doc}: text and Markdown. */
final class CancellationDoc {
  private CancellationDoc() {}

  static void add(Doc d, CancellationSheet s) {
    d.heading(s.heading());
    d.bullets(s.paragraphs().stream().map(p -> new Doc.Bullet(p, "")).toList());
    for (CancellationSheet.Table t : s.tables()) {
      d.line(t.caption());
      Grid g = new Grid(t.headers(),
          List.of(Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT));
      t.rows().forEach(g::row);
      d.table(g);
    }
    d.bullets(s.third().stream().map(p -> new Doc.Bullet(p, "")).toList());
    d.line(s.advice());
    d.line(s.sources());
  }
}
