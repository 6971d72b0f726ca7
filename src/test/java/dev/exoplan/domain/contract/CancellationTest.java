package dev.exoplan.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.domain.purchase.Bought;
import dev.exoplan.domain.purchase.Purchase;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.pricing.ContractRulesTable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-worked cases of the cancellation rule (issue 23), every figure worked out on paper. */
class CancellationTest {
  static final ContractRules RULES = ContractRulesTable.shipped();

  static Money yen(long y) {
    return Money.yen(y);
  }

  @Test
  void theShippedTableHoldsTheActsFigures() {
    assertThat(RULES.amountOver()).isEqualTo(yen(50_000));
    assertThat(RULES.periodOverMonths()).isEqualTo(1);
    assertThat(RULES.coolingOffDays()).isEqualTo(8);
    assertThat(RULES.capBeforeStart()).isEqualTo(yen(20_000));
    assertThat(RULES.capAfterStart()).isEqualTo(yen(50_000));
    assertThat(RULES.capPercent()).isEqualTo(20);
    assertThat(RULES.services()).containsExactly("hair-removal", "skin", "wrinkles", "fat", "teeth");
  }

  /**
   * The issue's example: 5 sessions for ¥495,000 (¥99,000 each) bought at session 2, stopped after
   * session 3, so 2 of its sessions used: 3 left, ¥297,000; 20 % is ¥59,400, so the fee is at most
   * ¥50,000 and at least ¥247,000 comes back.
   */
  @Test
  void theIssuesExampleKeepsAtMost50000AndReturnsAtLeast247000() {
    Settlement s = Cancellation.course(yen(495_000), 5, 2, RULES);
    assertThat(s.used()).isEqualTo(yen(198_000));
    assertThat(s.fee()).isEqualTo(yen(50_000));
    assertThat(s.refund()).isEqualTo(yen(247_000));
  }

  /**
   * The example clinic's maximum plan: first visit ¥77,000, consultation ¥3,300 and blood test
   * ¥5,500 at session 1, the course ¥495,000 at session 2 covering sessions 2–6, a maintenance
   * session ¥110,000 at 7. Stopping after session 3: ¥580,800 paid, ¥247,000 back, ¥333,800 spent.
   */
  @Test
  void theExampleClinicsPlanCostsAtMost333800AfterTheThirdSession() {
    Purchase p = new Purchase(7, List.of(
        new Bought(Bought.Kind.TRIAL, "iv", yen(77_000), 1, List.of(1)),
        new Bought(Bought.Kind.FEE, "first", yen(3_300), 1, List.of()),
        new Bought(Bought.Kind.FEE, "blood", yen(5_500), 1, List.of()),
        new Bought(Bought.Kind.COURSE, "iv-5", yen(495_000), 2, List.of(2, 3, 4, 5, 6)),
        new Bought(Bought.Kind.SINGLE, "iv", yen(110_000), 7, List.of(7))),
        yen(690_800), Optional.empty());
    Stop third = Stops.after(p, 3, Map.of("iv-5", 5), b -> true, RULES);
    assertThat(third.paid()).isEqualTo(yen(580_800));
    assertThat(third.fee()).isEqualTo(yen(50_000));
    assertThat(third.refund()).isEqualTo(yen(247_000));
    assertThat(third.cost()).isEqualTo(yen(333_800));
    // where the Act does not apply, nothing comes back: the whole course counts as spent
    Stop none = Stops.after(p, 3, Map.of("iv-5", 5), b -> false, RULES);
    assertThat(none.cost()).isEqualTo(yen(580_800));
    assertThat(none.refund()).isEqualTo(yen(0));
    // after session 1 the course is not bought yet; after 6 its last session is used: no refund
    assertThat(Stops.after(p, 1, Map.of("iv-5", 5), b -> true, RULES).cost()).isEqualTo(yen(85_800));
    Stop last = Stops.after(p, 6, Map.of("iv-5", 5), b -> true, RULES);
    assertThat(last.fee()).isEqualTo(yen(0));
    assertThat(last.refund()).isEqualTo(yen(0));
    assertThat(last.cost()).isEqualTo(yen(580_800));
  }

  /**
   * A course bought at session 1: 3 injections for ¥178,200 (¥59,400 each), stopped after the 1st:
   * ¥118,800 remains, 20 % is ¥23,760 (under ¥50,000), so ¥95,040 comes back.
   */
  @Test
  void aCourseBoughtAtSessionOneStoppedAfterItsFirstSession() {
    Settlement s = Cancellation.course(yen(178_200), 3, 1, RULES);
    assertThat(s.used()).isEqualTo(yen(59_400));
    assertThat(s.fee()).isEqualTo(yen(23_760));
    assertThat(s.refund()).isEqualTo(yen(95_040));
  }

  /** Before the course's first session the cap is ¥20,000: ¥495,000 paid, ¥475,000 back. */
  @Test
  void aStopBeforeTheCoursesFirstSessionKeepsAtMost20000() {
    Settlement s = Cancellation.course(yen(495_000), 5, 0, RULES);
    assertThat(s.used()).isEqualTo(yen(0));
    assertThat(s.fee()).isEqualTo(yen(20_000));
    assertThat(s.refund()).isEqualTo(yen(475_000));
  }

  /** After the course's last session nothing remains: no fee, nothing back. */
  @Test
  void aStopAfterTheCoursesLastSessionReturnsNothing() {
    Settlement s = Cancellation.course(yen(495_000), 5, 5, RULES);
    assertThat(s.used()).isEqualTo(yen(495_000));
    assertThat(s.fee()).isEqualTo(yen(0));
    assertThat(s.refund()).isEqualTo(yen(0));
  }

  /**
   * The remainder rule: ¥100,000 for 3 sessions, 1 used, is valued at ¥33,333 (fractions dropped),
   * so ¥66,667 remains; 20 % of it is ¥13,333.4, rounded down to ¥13,333; ¥53,334 comes back.
   */
  @Test
  void fractionsOfAYenAreDroppedFromTheUsedValueAndFromTheFee() {
    Settlement s = Cancellation.course(yen(100_000), 3, 1, RULES);
    assertThat(s.used()).isEqualTo(yen(33_333));
    assertThat(s.fee()).isEqualTo(yen(13_333));
    assertThat(s.refund()).isEqualTo(yen(53_334));
  }

  /** The day the document is received is day 1 of 8: received 1 December, the last day is the 8th. */
  @Test
  void theCoolingOffPeriodEndsOnTheEighthDayCountingTheFirst() {
    assertThat(Cancellation.lastCoolingOffDay(LocalDate.of(2026, 12, 1), RULES))
        .isEqualTo(LocalDate.of(2026, 12, 8));
    assertThat(Cancellation.lastCoolingOffDay(LocalDate.of(2026, 12, 28), RULES))
        .isEqualTo(LocalDate.of(2027, 1, 4));
  }

  @Test
  void theActAppliesOnlyOverBothThresholdsToADesignatedService() {
    LocalDate d = LocalDate.of(2026, 12, 1);
    Designation skin = Designation.of(Optional.empty(), Optional.of(Method.INJECTION),
        Optional.empty());
    assertThat(Applicability.of(yen(50_001), d, Optional.of(2), d, skin, RULES).verdict())
        .contains(true);
    // exactly ¥50,000 is not more than ¥50,000; a 1-month validity is not more than a month
    assertThat(Applicability.of(yen(50_000), d, Optional.of(2), d, skin, RULES).verdict())
        .contains(false);
    assertThat(Applicability.of(yen(60_000), d, Optional.of(1), d, skin, RULES).verdict())
        .contains(false);
    // no validity: the plan's span from the day bought to its last session, more than a month
    assertThat(Applicability.of(yen(60_000), d, Optional.empty(), d.plusMonths(1), skin, RULES)
        .periodOver()).isFalse();
    assertThat(Applicability.of(yen(60_000), d, Optional.empty(), d.plusMonths(1).plusDays(1),
        skin, RULES).periodOver()).isTrue();
    Designation iv = Designation.of(Optional.empty(), Optional.of(Method.IV), Optional.empty());
    assertThat(Applicability.of(yen(495_000), d, Optional.of(12), d, iv, RULES).verdict()).isEmpty();
  }

  @Test
  void aDeclarationWinsAndAnAgaCourseIsNotDesignated() {
    assertThat(Designation.of(Optional.of(true), Optional.of(Method.IV), Optional.empty()))
        .isEqualTo(new Designation(Optional.of(true), Designation.Ground.DECLARED));
    assertThat(Designation.of(Optional.empty(), Optional.of(Method.SCALP), Optional.empty()).yes())
        .contains(false);
    assertThat(Designation.of(Optional.empty(), Optional.of(Method.INJECTION),
        Optional.of("004-aga")).ground()).isEqualTo(Designation.Ground.INFERRED_HAIR_GROWTH);
    assertThat(Designation.of(Optional.empty(), Optional.empty(), Optional.empty()).yes()).isEmpty();
  }
}
