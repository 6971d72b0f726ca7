package dev.exoplan.report.pricingcheck;

import dev.exoplan.domain.quote.MarketSurvey;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.menu.Unit;
import dev.exoplan.report.text.Doc;
import dev.exoplan.report.Words;
import dev.exoplan.report.quote.QuoteMarket;
import dev.exoplan.report.quote.QuoteSheet;
import dev.exoplan.report.quote.QuoteWords;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pricing check} for the counselor, as text or Markdown: per method, the published range
 * and every price of the list, within it or with the finding, its sources and lines.
 */
public final class PricingCheckDoc {
  private PricingCheckDoc() {}

  public static Doc build(PricingCheckReport r, Words words) {
    QuoteWords w = new QuoteWords(words);
    Doc d = new Doc();
    d.title(w.get("pricing.check.title", r.clinic().name().in(words.lang()), r.file()));
    long findings = r.surveys().stream().flatMap(s -> s.entries().stream())
        .filter(e -> e.finding().isPresent()).count();
    long prices = r.surveys().stream().mapToLong(s -> s.entries().size()).sum();
    d.line(w.get("pricing.check.summary", prices, findings));
    if (r.surveys().isEmpty()) {
      d.line(w.get("pricing.check.none"));
    }
    for (MarketSurvey s : r.surveys()) {
      d.heading(words.method(s.method()));
      d.line(QuoteMarket.range(w, s));
      List<Doc.Bullet> bullets = new ArrayList<>();
      for (MarketSurvey.Entry e : s.entries()) {
        QuoteSheet.Note n = QuoteMarket.note(w, s, e);
        bullets.add(new Doc.Bullet(item(w, e) + ": " + n.text(),
            n.cited().isEmpty() ? "" : "(" + n.cited() + ")"));
      }
      d.bullets(bullets);
      if (!s.notChecked().isEmpty()) {
        d.line(w.get("pricing.check.not.checked", String.join(w.get("list.sep"), s.notChecked())));
      }
    }
    if (!r.sources().isEmpty()) {
      d.heading(w.get("sources.heading"));
      for (Source s : r.sources()) {
        d.line(w.get("source.line", s.id(), s.summary().in(words.lang()),
            s.date().map(w::date).orElse(w.get("date.none")), "pricing/sources/" + s.file()));
      }
    }
    return d;
  }

  /** The item by name, with its amount per session for an item priced by steps. */
  private static String item(QuoteWords w, MarketSurvey.Entry e) {
    String name = e.itemName().map(n -> n.in(w.words().lang())).orElse(e.itemId());
    if (e.amount().isEmpty()) {
      return name;
    }
    return w.get(e.unit().orElse(Unit.CC) == Unit.AMPOULE ? "pricing.check.ampoules"
        : "pricing.check.cc", name, e.amount().get());
  }
}
