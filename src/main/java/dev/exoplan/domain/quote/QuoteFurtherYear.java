package dev.exoplan.domain.quote;

import dev.exoplan.domain.menu.Price;
import dev.exoplan.domain.plan.FurtherYear;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.MoneyRange;
import dev.exoplan.domain.value.TypicalBasis;
import java.math.RoundingMode;

/**
 * A quote's further year of maintenance (issue 18, finding 12): the plan's further year at the
 * clinic's price of one session of the quoted item (at the low and high amount of a volume range,
 * as a member when the quote is a member's), as the patient pays it (tax added to a tax-excluded
 * list, as the totals have it); fees per visit are not included.
 */
public final class QuoteFurtherYear {
  private QuoteFurtherYear() {}

  public static FurtherYear of(Quote q) {
    return FurtherYear.of(q.plan(), unit(q));
  }

  /**
   * The clinic's price of one session of the quoted item as the patient pays it, fees not
   * included (also each session's price in the quote's calendar, issue 20).
   */
  public static MoneyRange unit(Quote q) {
    Money high = shown(q, q.cc().map(CountRange::high));
    Money low = shown(q, q.cc().map(CountRange::low));
    return low.equals(high)
        ? new MoneyRange(low, low, low, TypicalBasis.FIXED)
        : new MoneyRange(low, low.plus(high).times(1, 2, RoundingMode.DOWN), high,
            TypicalBasis.MIDPOINT);
  }

  /** Whether the item's price of one session is a "from" price: the figure is then a floor. */
  public static boolean from(Quote q) {
    return price(q, q.cc().map(CountRange::high)).from();
  }

  private static Money shown(Quote q, java.util.Optional<Integer> amount) {
    return PatientAmounts.shown(q.clinic(), price(q, amount).amount());
  }

  private static Price price(Quote q, java.util.Optional<Integer> amount) {
    return q.item().session(amount, q.member());
  }
}
