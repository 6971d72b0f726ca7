package dev.exoplan.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.domain.contract.CreditTerms.Lender;
import dev.exoplan.domain.contract.CreditTerms.Why;
import dev.exoplan.domain.value.Money;
import dev.exoplan.pricing.ContractRulesTable;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A course under the Act paid through a lender (issue 23, third part), hand-worked against the
 * shipped table's credit section: ¥40,000 minimum total for stopping payment, more than 2 months
 * for the credit to be covered, 8 days to cool off an individual credit.
 */
class CreditTermsTest {
  static final CreditRules R = ContractRulesTable.shippedCredit();
  static final Optional<Boolean> ACT = Optional.of(true);

  @Test
  void theExampleCourseOnATwelveMonthLoanMayStopPayingAndCoolOffTheLoan() {
    CreditTerms t = CreditTerms.of(Lender.INDIVIDUAL_CREDIT, 12, Money.yen(519_750), ACT, R);
    assertThat(t.stopPaying()).contains(true);
    assertThat(t.stopPayingWhy()).isEqualTo(Why.HOLDS);
    assertThat(t.coolOff()).contains(true);
  }

  @Test
  void fortyThousandIsEnoughAndOneYenLessIsNot() {
    assertThat(CreditTerms.of(Lender.INDIVIDUAL_CREDIT, 3, Money.yen(40_000), ACT, R).stopPaying())
        .contains(true);
    CreditTerms under = CreditTerms.of(Lender.INDIVIDUAL_CREDIT, 3, Money.yen(39_999), ACT, R);
    assertThat(under.stopPaying()).contains(false);
    assertThat(under.stopPayingWhy()).isEqualTo(Why.UNDER_MINIMUM);
    assertThat(under.coolOff()).contains(true); // the sources give no minimum for cooling off
  }

  @Test
  void twoMonthlyInstalmentsRunOverTwoMonthsOnlyAndThreeOverMore() {
    CreditTerms two = CreditTerms.of(Lender.INDIVIDUAL_CREDIT, 2, Money.yen(300_000), ACT, R);
    assertThat(two.stopPaying()).contains(false);
    assertThat(two.stopPayingWhy()).isEqualTo(Why.SHORT_CREDIT);
    assertThat(two.coolOff()).contains(false);
    assertThat(CreditTerms.of(Lender.INDIVIDUAL_CREDIT, 3, Money.yen(300_000), ACT, R).coolOff())
        .contains(true);
    assertThat(CreditTerms.of(Lender.INDIVIDUAL_CREDIT, 1, Money.yen(300_000), ACT, R).stopPaying())
        .contains(false);
  }

  @Test
  void aCourseTheActDoesNotCoverGivesNeither() {
    CreditTerms t = CreditTerms.of(Lender.INDIVIDUAL_CREDIT, 24, Money.yen(600_000),
        Optional.of(false), R);
    assertThat(t.stopPaying()).contains(false);
    assertThat(t.stopPayingWhy()).isEqualTo(Why.NOT_UNDER_ACT);
    assertThat(t.coolOff()).contains(false);
  }

  @Test
  void unknownWhetherTheActAppliesStaysUnknownUnlessTheTotalRulesItOut() {
    CreditTerms t = CreditTerms.of(Lender.INDIVIDUAL_CREDIT, 6, Money.yen(300_000),
        Optional.empty(), R);
    assertThat(t.stopPaying()).isEmpty();
    assertThat(t.coolOffWhy()).isEqualTo(Why.ACT_UNKNOWN);
    assertThat(CreditTerms.of(Lender.INDIVIDUAL_CREDIT, 6, Money.yen(30_000), Optional.empty(), R)
        .stopPaying()).contains(false);
  }

  @Test
  void cardInstalmentsAreNotStatedBySourcesRead() {
    CreditTerms t = CreditTerms.of(Lender.CARD, 10, Money.yen(300_000), ACT, R);
    assertThat(t.stopPaying()).isEmpty();
    assertThat(t.stopPayingWhy()).isEqualTo(Why.NOT_STATED_FOR_CARDS);
    assertThat(t.coolOff()).isEmpty();
    assertThat(CreditTerms.of(Lender.CARD, 1, Money.yen(300_000), ACT, R).stopPaying())
        .contains(false); // next month's one payment: outside the Installment Sales Act
  }

  @Test
  void theLoanDocumentReceivedOnTheFirstCountsAsDayOne() {
    assertThat(CreditTerms.lastCoolingOffDay(LocalDate.of(2026, 12, 1), R))
        .isEqualTo(LocalDate.of(2026, 12, 8));
  }
}
