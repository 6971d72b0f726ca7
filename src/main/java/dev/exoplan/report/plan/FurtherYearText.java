package dev.exoplan.report.plan;

import dev.exoplan.domain.plan.FurtherYear;
import dev.exoplan.report.Words;
import dev.exoplan.report.text.Doc;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentence on what each further year of maintenance costs (issue 18, finding 12), for a plan and
 * a quote alike: the figure is exoplan's (the year's sessions at the price per session), and the
 * sentences cited say what 003 line 195 and 000 line 89 say.
 */
public final class FurtherYearText {
  private FurtherYearText() {}

  /** At the plan's price per session. */
  public static String sentence(Words w, FurtherYear y) {
    return sentence(w, y, "plan.further.price.plan");
  }

  /**
   * At a clinic's price of one session (fees not included); {@code from}: that price is a "from"
   * price, so the figure is a lower bound.
   */
  public static String sentence(Words w, FurtherYear y, boolean from) {
    return sentence(w, y, from ? "plan.further.price.clinic.from" : "plan.further.price.clinic");
  }

  private static String sentence(Words w, FurtherYear y, String price) {
    return w.get(y.planInterval() ? "plan.further.plan" : "plan.further.source",
        w.interval(y.every()), w.counts(y.sessions()), w.rangeWithTypical(y.cost()), w.get(price));
  }

  /** "(003 line 195, 000 line 89)". */
  public static String cites(Words w) {
    List<String> parts = new ArrayList<>();
    for (String[] c : FurtherYear.CITES) {
      parts.add(w.get("note.cite", c[0], Integer.parseInt(c[1])));
    }
    return "(" + String.join(w.get("list.sep"), parts) + ")";
  }

  public static Doc.Bullet bullet(Words w, FurtherYear y) {
    return new Doc.Bullet(sentence(w, y), cites(w));
  }
}
