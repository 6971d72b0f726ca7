package dev.exoplan.report.instalment;

import dev.exoplan.domain.instalment.Payments;
import dev.exoplan.report.Words;
import dev.exoplan.report.text.Doc;
import dev.exoplan.report.text.Grid;
import dev.exoplan.report.text.Grid.Align;
import java.util.ArrayList;
import java.util.List;

/** The payment section (issue 20) into a text or Markdown document. */
public final class PaymentsDoc {
  private PaymentsDoc() {}

  /** The sheet: its heading, its table and its note. */
  public static void add(Doc d, PaymentSheet s) {
    d.heading(s.heading());
    List<Align> aligns = new ArrayList<>(List.of(Align.LEFT));
    while (aligns.size() < s.headers().size()) {
      aligns.add(Align.RIGHT);
    }
    Grid g = new Grid(s.headers(), aligns);
    s.rows().forEach(g::row);
    d.table(g);
    d.quiet(s.note());
  }

  /** A plan's payments: one column for a single total, low, typical and high for a range. */
  public static PaymentSheet plan(Words w, Payments p) {
    return p.isPoint() ? PaymentSheet.of(w, List.of(w.get("quote.col.amount")), List.of(p.typical()))
        : PaymentSheet.of(w, List.of(w.get("col.low"), w.get("col.typical"), w.get("col.high")),
            List.of(p.low(), p.typical(), p.high()));
  }
}
