package dev.exoplan.domain.quote;

import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.menu.TaxBasis;
import dev.exoplan.domain.purchase.Purchase;
import dev.exoplan.domain.value.Money;
import java.util.Optional;

/**
 * The one tax rule (issue 18, docs/tax.md) applied to a plan's purchase figures, so that every
 * amount a patient reads is on the basis of the total printed beside it: a tax-included list's
 * amounts as listed; a tax-excluded list's with the consumption tax added at the clinic's rate and
 * rounding (as {@link Quotes} adds it to the total); a list that does not state its basis as listed,
 * never converted. Purchase figures (paid by the 3rd session, paid up front, an unused course) come
 * before discounts: {@link #beforeDiscounts} says whether that plan has any.
 */
public final class PatientAmounts {
  private PatientAmounts() {}

  /** The basis an amount is shown on: tax included as listed, tax added, or as listed (not stated). */
  public enum Basis {
    TAX_INCLUDED("tax-included"),
    TAX_ADDED("tax-added"),
    AS_LISTED("as-listed");

    private final String id;

    Basis(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  public static Basis basis(Clinic c) {
    return switch (c.taxBasis()) {
      case INCLUDED -> Basis.TAX_INCLUDED;
      case EXCLUDED -> Basis.TAX_ADDED;
      default -> Basis.AS_LISTED;
    };
  }

  /** A listed amount as the patient pays it: tax added when the list excludes it. */
  public static Money shown(Clinic c, Money listed) {
    if (c.taxBasis() != TaxBasis.EXCLUDED) {
      return listed;
    }
    int rate = c.taxRatePercent();
    return listed.plus(listed.times(rate, 100, c.rounding()));
  }

  /** What is paid by the third session, on the patient's basis (before discounts). */
  public static Optional<Money> paidByThird(Clinic c, QuoteScenario s) {
    return s.purchase().paidByThird().map(m -> shown(c, m));
  }

  /** What is paid in advance for courses, on the patient's basis (before discounts). */
  public static Money committedUpFront(Clinic c, QuoteScenario s) {
    return shown(c, s.purchase().committedUpFront());
  }

  /** A cheaper purchase leaving course sessions unused, its two totals on the patient's basis. */
  public static Optional<Purchase.Unused> unused(Clinic c, QuoteScenario s) {
    return s.purchase().unused().map(u -> new Purchase.Unused(u.courseId(), u.unusedSessions(),
        shown(c, u.total()), shown(c, u.quoted())));
  }

  /** Issue 19: a fee charged again after a lapse, its total on the earliest dates, patient's basis. */
  public static Optional<Purchase.Lapse> lapse(Clinic c, QuoteScenario s) {
    return s.purchase().lapse().map(l -> new Purchase.Lapse(l.charged(), l.earliest(),
        shown(c, l.total())));
  }

  /** Whether the plan has a discount, so that a purchase figure (before discounts) says so. */
  public static boolean beforeDiscounts(QuoteScenario s) {
    return !s.discounts().isZero();
  }

  /** Whether the plan buys a course up front. */
  public static boolean buysCourse(QuoteScenario s) {
    return !s.purchase().committedUpFront().isZero();
  }
}
