package dev.exoplan.domain.contract;

import dev.exoplan.domain.value.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A course contract paid through a lender in {@code instalments} monthly payments totalling
 * {@code total} (price plus the credit's fee), the first a month after the contract (issue 23, for
 * {@code --instalments}): whether the patient who cancels under the Act may stop paying the lender
 * ({@code stopPaying}, 抗弁の接続) and whether the credit contract itself may be cooled off
 * ({@code coolOff}); each true, false or empty (the sources read do not say, or whether the Act
 * applies is unknown), with {@code why} the first condition that decided it. Not legal advice.
 */
public record CreditTerms(Optional<Boolean> stopPaying, Why stopPayingWhy,
    Optional<Boolean> coolOff, Why coolOffWhy) {

  /** The lender: a loan arranged through the clinic, or a credit card's instalments. */
  public enum Lender {
    /** 個別クレジット (個別信用購入あっせん): a loan for this contract */
    INDIVIDUAL_CREDIT,
    /** 包括信用購入あっせん: card instalments */
    CARD
  }

  /** What decided a verdict. */
  public enum Why {
    /** every condition the sources give holds */
    HOLDS,
    /** the Act does not apply to the course: no cancellation under it to assert */
    NOT_UNDER_ACT,
    /** whether the Act applies is unknown */
    ACT_UNKNOWN,
    /** the payments run over no more than the period: the Installment Sales Act does not cover it */
    SHORT_CREDIT,
    /** the total paid to the lender is under the minimum */
    UNDER_MINIMUM,
    /** the sources read state this for an individual credit only */
    NOT_STATED_FOR_CARDS
  }

  /**
   * {@code underAct}: whether the Act applies to the course (empty: unknown). Conditions in order:
   * the Act, the credit's period (monthly instalments from a month after the contract run over
   * {@code instalments} months), for stopping payment the minimum total, then the lender's kind.
   */
  public static CreditTerms of(Lender lender, int instalments, Money total,
      Optional<Boolean> underAct, CreditRules r) {
    if (instalments < 1 || total.isNegative()) {
      throw new IllegalArgumentException(instalments + " instalments");
    }
    Why common = underAct.equals(Optional.of(false)) ? Why.NOT_UNDER_ACT
        : instalments <= r.periodOverMonths() ? Why.SHORT_CREDIT
        : underAct.isEmpty() ? Why.ACT_UNKNOWN
        : lender == Lender.CARD ? Why.NOT_STATED_FOR_CARDS : Why.HOLDS;
    Why stop = common == Why.NOT_UNDER_ACT || common == Why.SHORT_CREDIT ? common
        : total.isLessThan(r.defenceMinTotal()) ? Why.UNDER_MINIMUM : common;
    return new CreditTerms(verdict(stop), stop, verdict(common), common);
  }

  /** The last day to cool off an individual credit whose document is received on {@code received}. */
  public static LocalDate lastCoolingOffDay(LocalDate received, CreditRules r) {
    return received.plusDays(r.coolingOffDays() - 1L);
  }

  private static Optional<Boolean> verdict(Why w) {
    return switch (w) {
      case HOLDS -> Optional.of(true);
      case NOT_UNDER_ACT, SHORT_CREDIT, UNDER_MINIMUM -> Optional.of(false);
      case ACT_UNKNOWN, NOT_STATED_FOR_CARDS -> Optional.empty();
    };
  }
}
