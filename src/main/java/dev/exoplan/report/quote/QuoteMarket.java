package dev.exoplan.report.quote;

import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.quote.MarketCheck;
import dev.exoplan.domain.quote.MarketSurvey;
import dev.exoplan.domain.quote.Quote;
import java.util.ArrayList;
import java.util.List;

/**
 * The market check as the counselor reads it (the clinic copy, and {@code pricing check}): the
 * published range for the method with its sources and lines, then every price used, within the
 * range or with the finding.
 */
public final class QuoteMarket {
  private QuoteMarket() {}

  static QuoteSheet.Section section(Quote q, QuoteWords w) {
    if (q.survey().isEmpty()) {
      String name = q.item().name().map(n -> n.in(w.words().lang())).orElse(q.item().id());
      return new QuoteSheet.Section(w.get("quote.market.heading"), java.util.Optional.empty(),
          List.of(QuoteSheet.Note.plain(w.get("quote.market.none", name))));
    }
    MarketSurvey s = q.survey().get();
    List<QuoteSheet.Note> notes = new ArrayList<>();
    for (MarketSurvey.Entry e : s.entries()) {
      notes.add(note(w, s, e));
    }
    return new QuoteSheet.Section(w.get("quote.market.heading"),
        java.util.Optional.of(range(w, s)), notes);
  }

  /** The published range for the method, with the sources of its two ends. */
  public static String range(QuoteWords w, MarketSurvey s) {
    MarketCheck.Bounds b = s.bounds();
    return w.get("quote.market.range" + asListed(s), w.words().method(s.method()), w.money(b.low()),
        w.money(b.high()), cite(w, b.lowest().sourceId(), b.lowest().cites()),
        cite(w, b.highest().sourceId(), b.highest().cites()),
        MarketCheck.BELOW_TOLERANCE_PERCENT);
  }

  /**
   * Issue 18: a list that does not state its tax basis is compared as listed, and its sentences say
   * so instead of "with tax" (docs/market-check.md).
   */
  public static String asListed(MarketSurvey s) {
    return s.taxBasis() == dev.exoplan.domain.menu.TaxBasis.NOT_STATED ? ".as-listed" : "";
  }

  private static String cite(QuoteWords w, String source, List<Citation> cites) {
    return cites.isEmpty() ? source : w.cites(cites);
  }

  /** What the price is, as the counselor reads it: a session, the first visit, a course. */
  public static String item(QuoteWords w, MarketSurvey.Entry e) {
    String what = switch (e.kind()) {
      case COURSE -> w.get("quote.market.item.course",
          e.course().orElseThrow().name().in(w.words().lang()));
      case FIRST_VISIT -> w.get("quote.market.item.first-visit");
      default -> w.get("quote.market.item.session");
    };
    return e.member() ? w.get("quote.market.member", what) : what;
  }

  /** One price: within the range, or the finding with its sources and lines. */
  public static QuoteSheet.Note note(QuoteWords w, MarketSurvey s, MarketSurvey.Entry e) {
    if (e.finding().isEmpty()) {
      return new QuoteSheet.Note(w.get("quote.market.within" + asListed(s), item(w, e),
          w.money(e.taxed())),
          "", "within");
    }
    MarketCheck c = e.finding().get();
    return new QuoteSheet.Note(w.get("quote.market." + c.level().id() + asListed(s), item(w, e),
        w.money(c.unit()), w.money(c.bound()), c.boundSource(),
        MarketCheck.BELOW_TOLERANCE_PERCENT), w.cites(c.cites()), c.level().id());
  }
}
