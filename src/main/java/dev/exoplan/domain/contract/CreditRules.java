package dev.exoplan.domain.contract;

import dev.exoplan.domain.value.Money;

/**
 * What the shipped table ({@code pricing/course-contracts.yaml}, section {@code credit}) says of a
 * course contract under the Act on Specified Commercial Transactions that is paid through a lender
 * (the Installment Sales Act, 割賦販売法), as its cited sources state it: the patient may stop paying
 * the lender after cancelling (抗弁の接続) when the total paid to it is at least
 * {@code defenceMinTotal}; the credit is covered when its payments run over more than
 * {@code periodOverMonths} months; an individual credit may be cooled off within
 * {@code coolingOffDays} days counting the day its document is received as day 1. Not legal advice.
 */
public record CreditRules(Money defenceMinTotal, int periodOverMonths, int coolingOffDays) {
  public CreditRules {
    if (defenceMinTotal.isNegative() || periodOverMonths < 0 || coolingOffDays < 1) {
      throw new IllegalArgumentException("credit rules out of range");
    }
  }
}
