package dev.exoplan.report.quote;

import dev.exoplan.report.text.Doc;
import dev.exoplan.report.text.Grid;
import dev.exoplan.report.text.Grid.Align;
import dev.exoplan.report.Words;
import java.util.ArrayList;
import java.util.List;

/** The quote as a {@link Doc}, which the text and Markdown renderers print. */
public final class QuoteDoc {
  private QuoteDoc() {}

  public static Doc build(QuoteReport r, Words words) {
    QuoteSheet s = QuoteSheets.build(r, words);
    boolean endnotes = r.copy() == Copy.PATIENT;
    Doc d = new Doc();
    d.title(s.title() + "  " + s.number() + s.copyLabel().map(c -> "  [" + c + "]").orElse(""));
    s.example().ifPresent(d::strong);
    d.line(s.issued() + "  " + s.validUntil());
    d.line(s.subject());
    d.gap();
    d.line(s.issuer().name() + "  (" + s.issuer().seal() + ")");
    d.line(s.issuer().address() + "  " + s.issuer().phone());
    s.issuer().registration().ifPresent(d::line);
    s.issuer().counselor().ifPresent(d::line);
    d.gap();
    d.strong(s.patient());
    d.gap();
    for (QuoteSheet.Headline h : s.headline()) {
      d.strong(h.label() + ": " + h.amount());
      h.tax().ifPresent(d::line);
    }
    d.bullets(bullets(s.alternatives(), endnotes));
    d.line(s.plan());
    if (s.doctor().isPresent()) {
      d.heading("!! " + s.doctor().get().cited() + " !!");
      d.strong(s.doctor().get().text());
    }
    d.gap();
    d.table(table(s.table()));
    d.gap();
    d.bullets(bullets(s.facts(), endnotes));
    s.market().ifPresent(m -> {
      d.heading(m.heading());
      m.intro().ifPresent(d::line);
      d.bullets(bullets(m.notes(), false));
    });
    s.schedule().ifPresent(sc -> {
      d.heading(sc.heading());
      List<Align> aligns = new ArrayList<>(List.of(Align.RIGHT, Align.LEFT, Align.LEFT));
      while (aligns.size() < sc.headers().size()) {
        aligns.add(Align.LEFT);
      }
      Grid g = new Grid(sc.headers(), aligns);
      sc.rows().forEach(g::row);
      d.table(g);
    });
    QuotePayments.sheet(r, words).ifPresent(p -> // issue 20: after the totals, never in them
        dev.exoplan.report.instalment.PaymentsDoc.add(d, p));
    QuoteCreditSheet.build(r, words).ifPresent(c -> { // issue 23: the lender, under the Act
      d.bullets(c.lines().stream().map(l -> new Doc.Bullet(l, "")).toList());
      d.line(c.sources());
    });
    CancellationSheets.build(r, words).ifPresent(c -> CancellationDoc.add(d, c)); // issue 23
    d.heading(s.checklistHeading());
    for (QuoteSheet.CheckGroup g : s.checklist()) {
      d.line(g.heading());
      d.bullets(g.items().stream().map(c -> new Doc.Bullet("[" + (c.declared() ? "x" : " ") + "] "
          + c.text(), suffix(c.cited(), endnotes))).toList());
    }
    d.heading(s.disclosuresHeading());
    d.bullets(bullets(s.disclosures(), endnotes));
    d.line(s.validity());
    d.heading(s.signatures().heading());
    d.line(s.signatures().consent());
    d.line(s.signatures().patient() + ": ______________________  " + s.signatures().date()
        + ": ____________");
    d.line(s.signatures().counselor() + ": "
        + s.signatures().counselorName().orElse("______________________") + "  "
        + s.signatures().date() + ": ____________");
    if (!s.sources().isEmpty()) {
      d.heading(s.sourcesHeading());
      s.sources().forEach(endnotes ? d::quiet : d::line);
    }
    return d;
  }

  private static List<Doc.Bullet> bullets(List<QuoteSheet.Note> notes, boolean endnotes) {
    return notes.stream().map(n -> new Doc.Bullet(n.text(), suffix(n.cited(), endnotes))).toList();
  }

  /** "(003 85行目)" in the clinic copy, "[003,004]" (endnote marks) in the patient copy. */
  static String suffix(String cited, boolean endnotes) {
    if (cited.isEmpty()) {
      return "";
    }
    return endnotes ? "[" + cited + "]" : "(" + cited + ")";
  }

  private static Grid table(QuoteSheet.Table t) {
    List<String> headers = new ArrayList<>(t.headers().subList(0, 2));
    List<Align> aligns = new ArrayList<>(List.of(Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT));
    if (t.twoPlans()) {
      // the two plans' quantity and amount under one heading each
      String min = t.headers().get(3);
      String max = t.headers().get(5);
      headers.addAll(List.of(min.substring(0, min.lastIndexOf(' ')), "",
          max.substring(0, max.lastIndexOf(' ')), ""));
      aligns.addAll(List.of(Align.RIGHT, Align.RIGHT));
    } else {
      headers.addAll(t.headers().subList(2, 4));
    }
    Grid g = new Grid(headers, aligns);
    for (QuoteSheet.Row row : t.rows()) {
      g.row(cells(t, row));
    }
    for (QuoteSheet.Row row : t.totals()) {
      g.row(cells(t, row), row.kind().equals("total"));
    }
    return g;
  }

  private static List<String> cells(QuoteSheet.Table t, QuoteSheet.Row row) {
    List<String> cells = new ArrayList<>(List.of(row.description(), row.unit()));
    if (t.twoPlans()) {
      cells.addAll(List.of(row.minQty(), row.minAmount()));
    }
    cells.addAll(List.of(row.qty(), row.amount()));
    return cells;
  }
}
