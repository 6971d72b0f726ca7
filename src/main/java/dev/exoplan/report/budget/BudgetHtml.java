package dev.exoplan.report.budget;

import dev.exoplan.report.Words;
import dev.exoplan.report.html.Templates;
import dev.exoplan.report.text.Doc;
import dev.exoplan.report.text.Grid;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The budget as one self-contained printable page (inline CSS, nothing fetched), from the
 * precompiled {@code budget.jte} template, which escapes every value. It shows what the text report
 * shows, part for part: the page is built from the same document.
 */
final class BudgetHtml {
  private BudgetHtml() {}

  static void render(Words w, String generator, BudgetReport r, Writer out) throws IOException {
    Templates.render("budget.jte", view(w, generator, r), out);
  }

  static BudgetView view(Words w, String generator, BudgetReport r) {
    Doc d = r.doc(w);
    String title = "";
    List<BudgetView.Part> parts = new ArrayList<>();
    for (Doc.Block b : d.blocks()) {
      if (b instanceof Doc.Title t) {
        title = t.text();
      } else if (b instanceof Doc.Line l) {
        parts.add(text(l.strong() ? "strong" : l.quiet() ? "quiet" : "line", l.text()));
      } else if (b instanceof Doc.Heading h) {
        parts.add(text("heading", h.text()));
      } else if (b instanceof Doc.Table t) {
        parts.add(table(t.grid()));
      } else if (b instanceof Doc.Bullets bs) {
        List<BudgetView.Note> notes = new ArrayList<>();
        for (Doc.Bullet x : bs.items()) {
          notes.add(new BudgetView.Note(x.text(), x.quietSuffix()));
        }
        parts.add(new BudgetView.Part("notes", "", List.of(), List.of(), List.of(), notes));
      }
    }
    return new BudgetView(w.lang().id(), title, parts, generator);
  }

  private static BudgetView.Part text(String kind, String text) {
    return new BudgetView.Part(kind, text, List.of(), List.of(), List.of(), List.of());
  }

  private static BudgetView.Part table(Grid g) {
    List<Boolean> right = new ArrayList<>();
    for (Grid.Align a : g.aligns()) {
      right.add(a == Grid.Align.RIGHT);
    }
    List<BudgetView.Row> rows = new ArrayList<>();
    for (int i = 0; i < g.rows().size(); i++) {
      rows.add(new BudgetView.Row(g.rows().get(i), g.strong(i)));
    }
    return new BudgetView.Part("table", "", g.headers(), right, rows, List.of());
  }
}
