package dev.exoplan.report.text;

import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.catalog.SourceNote;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.clinic.ClinicPrice;
import dev.exoplan.domain.text.Text;
import dev.exoplan.report.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a document several reports print the same way: notes with where they are cited,
 * the sources, the small print, a clinic's price line.
 */
public final class Sections {
  private final Words w;

  public Sections(Words words) {
    this.w = words;
  }

  /** ¥110,000, or ¥22,000 per cc; with the first-visit price when there is one. */
  public String clinicPrice(ClinicPrice p) {
    String s = p.perSession().isPresent()
        ? w.money(p.perSession().get())
        : w.get("clinic.per.cc", w.money(p.perCc().orElseThrow()));
    return p.firstVisit().isPresent() ? w.get("clinic.first.visit", s, w.money(p.firstVisit().get())) : s;
  }

  public String clinicLine(Clinic c, String price) {
    String line = w.get("clinic.price", c.name().in(w.lang()), price, w.tax(c.taxIncluded()));
    return c.example() ? line + " [" + w.get("clinic.example") + "]" : line;
  }

  public static String lines(List<Citation> cites) {
    List<String> lines = new ArrayList<>();
    for (Citation c : cites) {
      String l = Integer.toString(c.line());
      if (!lines.contains(l)) {
        lines.add(l);
      }
    }
    return String.join(", ", lines);
  }

  public void notes(Doc d, List<SourceNote> notes) {
    if (notes.isEmpty()) {
      return;
    }
    d.heading(w.get("notes.heading"));
    List<Doc.Bullet> bullets = new ArrayList<>();
    for (SourceNote n : notes) {
      bullets.add(new Doc.Bullet(n.text().in(w.lang()), "(" + cites(n.cites()) + ")"));
    }
    d.bullets(bullets);
  }

  public String cites(List<Citation> cites) {
    List<String> parts = new ArrayList<>();
    for (Citation c : cites) {
      parts.add(w.get("note.cite", c.source(), c.line()));
    }
    return String.join(w.get("list.sep"), parts);
  }

  public void sources(Doc d, List<Source> sources) {
    if (sources.isEmpty()) {
      return;
    }
    d.heading(w.get("sources.heading"));
    for (Source s : sources) {
      d.line(w.get("source.line", s.id(), s.summary().in(w.lang()), w.date(s.date()),
          "pricing/sources/" + s.file()));
    }
  }

  public void footer(Doc d, List<Text> taxNotes) {
    d.gap();
    for (Text t : taxNotes) {
      d.quiet(w.get("footer.tax", t.in(w.lang())));
    }
    d.quiet(w.get("footer.selfpay"));
  }
}
