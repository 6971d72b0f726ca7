package dev.exoplan.domain.quote;

import dev.exoplan.domain.contract.CreditRules;
import dev.exoplan.domain.contract.CreditTerms;
import dev.exoplan.domain.contract.CreditTerms.Lender;
import dev.exoplan.domain.instalment.Schedule;
import dev.exoplan.domain.quote.QuoteCancellation.PlanStops;
import dev.exoplan.domain.value.Money;
import java.util.Optional;

/**
 * A quote paid through a lender (issues 20 and 23): per plan (minimum and full), whether a patient
 * who cancels the plan's course under the Act may also stop paying the lender and cool off the loan
 * ({@link CreditTerms}). Whether the Act applies is the quote's own cancellation verdict for the
 * courses the plan buys ({@link PlanStops#verdict()}), never computed again here; the total is all
 * the plan's payments to the lender (price plus interest or fee). Not legal advice.
 */
public record QuoteCredit(Lender lender, Optional<PlanCredit> minimum, PlanCredit full) {

  /** One plan: whether it buys a course, all it pays the lender, in how many payments, the terms. */
  public record PlanCredit(boolean buysCourse, Money totalPaid, int instalments,
      CreditTerms terms) {}

  /**
   * The terms of each plan whose payments are {@code full} and, for a range, {@code minimum}. A plan
   * that buys no course has no contract under the Act (its verdict is false).
   */
  public static QuoteCredit of(QuoteCancellation c, Optional<Schedule> minimum, Schedule full,
      Lender lender, CreditRules r) {
    if (c.minimum().isPresent() != minimum.isPresent()) {
      throw new IllegalArgumentException("the minimum plan's payments and its stops differ");
    }
    Optional<PlanCredit> min = c.minimum().map(m -> plan(m, minimum.get(), lender, r));
    return new QuoteCredit(lender, min, plan(c.full(), full, lender, r));
  }

  private static PlanCredit plan(PlanStops p, Schedule s, Lender lender, CreditRules r) {
    Money total = Money.yen(s.total());
    return new PlanCredit(!p.courses().isEmpty(), total, s.count(),
        CreditTerms.of(lender, s.count(), total, p.verdict(), r));
  }
}
