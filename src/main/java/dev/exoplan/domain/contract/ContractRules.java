package dev.exoplan.domain.contract;

import dev.exoplan.domain.value.Money;
import java.util.List;

/**
 * The rule for a course contract of cosmetic medical services under the Act on Specified Commercial
 * Transactions (特定商取引法), as the shipped table {@code pricing/course-contracts.yaml} states it with
 * its sources: a contract falls under it when its period is more than {@code periodOverMonths}
 * months, its amount more than {@code amountOver} and its service designated; then cooling-off
 * within {@code coolingOffDays} days counting the day the contract document is received as day 1,
 * and on a mid-course cancellation the clinic may claim no more than {@code capBeforeStart} before
 * the service starts, and after it the lower of {@code capAfterStart} and {@code capPercent} % of
 * the remaining amount. {@code sources} are the texts the table cites. Not legal advice.
 */
public record ContractRules(Money amountOver, int periodOverMonths, int coolingOffDays,
    Money capBeforeStart, Money capAfterStart, int capPercent, List<String> services,
    List<Cite> sources) {

  public ContractRules {
    services = List.copyOf(services);
    sources = List.copyOf(sources);
    if (amountOver.isNegative() || capBeforeStart.isNegative() || capAfterStart.isNegative()
        || periodOverMonths < 0 || coolingOffDays < 1 || capPercent < 0 || capPercent > 100) {
      throw new IllegalArgumentException("contract rules out of range");
    }
  }

  /** One text the table cites: its id, what it is (article and item), and where it was read. */
  public record Cite(String id, String what, String where) {}
}
