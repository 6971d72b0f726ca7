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

  /** "¥19,999 × 11, then ¥20,000": the regular payment and, where they differ, the first and last. */
  public static String monthly(Words w, dev.exoplan.domain.instalment.Schedule s) {
    String each = w.money(dev.exoplan.domain.value.Money.yen(s.regular()));
    String first = w.money(dev.exoplan.domain.value.Money.yen(s.first()));
    String last = w.money(dev.exoplan.domain.value.Money.yen(s.last()));
    if (s.firstDiffers()) {
      return w.get("instalment.first.then", first, each, s.count() - 1);
    }
    return s.lastDiffers() ? w.get("instalment.then.last", each, s.count() - 1, last)
        : w.get("instalment.times", each, s.count());
  }

  /** A plan's payments: one column for a single total, low, typical and high for a range. */
  public static PaymentSheet plan(Words w, Payments p) {
    return p.isPoint() ? PaymentSheet.of(w, List.of(w.get("quote.col.amount")), List.of(p.typical()))
        : PaymentSheet.of(w, List.of(w.get("col.low"), w.get("col.typical"), w.get("col.high")),
            List.of(p.low(), p.typical(), p.high()));
  }
}
