package dev.exoplan.domain.budget;

import dev.exoplan.domain.value.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tries a budget on a protocol's plans at one pricing. A plan fits when every session is paid for
 * by its due month (a course paid when bought counts in full at the session it is bought) and its
 * total is within the whole budget. The longest plan that fits has the most sessions; of two with
 * as many, the cheaper, then the one with more intensive sessions (it comes first in the list).
 */
final class Fits {
  private Fits() {}

  /** A plan's price at the pricing being tried. */
  interface Pricer {
    Priced price(Candidates.Plan plan);
  }

  static ProtocolFit fit(BudgetRequest req, Candidates c, Pricer pricer) {
    Tried minimum = tried(req, c.minimum(), pricer.price(c.minimum()));
    Optional<Tried> longest = Optional.empty();
    for (Candidates.Plan p : c.plans()) {
      Tried t = p == c.minimum() ? minimum : tried(req, p, pricer.price(p));
      if (t.fits() && (longest.isEmpty() || better(t, longest.get()))) {
        longest = Optional.of(t);
      }
    }
    return new ProtocolFit(c.protocol(), minimum, longest);
  }

  private static boolean better(Tried a, Tried b) {
    if (a.counts().sessions() != b.counts().sessions()) {
      return a.counts().sessions() > b.counts().sessions();
    }
    return a.priced().total().isLessThan(b.priced().total());
  }

  static Tried tried(BudgetRequest req, Candidates.Plan p, Priced priced) {
    List<Tried.Due> due = new ArrayList<>();
    boolean fits = !priced.total().isGreaterThan(req.total());
    for (int i = 0; i < p.months().size(); i++) {
      int month = p.months().get(i);
      Money paid = priced.paidBy().get(i);
      Tried.Due d = new Tried.Due(i + 1, month, paid, req.availableBy(month),
          req.coveredFrom(paid));
      fits &= d.onTime();
      due.add(d);
    }
    return new Tried(p.counts(), priced, due, fits, req.total().minus(priced.total()));
  }
}
