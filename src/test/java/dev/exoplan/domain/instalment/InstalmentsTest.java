package dev.exoplan.domain.instalment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exoplan.domain.text.DomainException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The instalment oracles (issue 20; docs/instalments.md): the issue's own, a card issuer's
 * published fee table and a lender's published add-on example.
 */
class InstalmentsTest {
  private static final BigDecimal APR15 = new BigDecimal("15.00");

  private static Terms amortised(int n, String rate) {
    return new Terms(n, Repayment.AMORTISED, new BigDecimal(rate));
  }

  @Test
  void issueOracle100000At15PercentIn10() {
    Schedule s = Instalments.schedule(100_000, amortised(10, "15.00"));
    List<Long> expected = new ArrayList<>(Collections.nCopies(9, 10_700L));
    expected.add(10_699L);
    assertThat(s.payments()).isEqualTo(expected);
    assertThat(s.total()).isEqualTo(106_999);
    assertThat(s.interest()).isEqualTo(6_999);
    assertThat(s.regular()).isEqualTo(10_700);
    assertThat(s.firstDiffers()).isFalse();
    assertThat(s.lastDiffers()).isTrue();
  }

  /** The issue's fee per ¥100 at 15.00 %, as card issuers publish it. */
  @Test
  void feePer100AtFifteenPercent() {
    int[] counts = {3, 5, 6, 10, 12, 15, 18, 20, 24, 30, 36};
    String[] fees = {"2.51", "3.78", "4.42", "7.00", "8.31", "10.29", "12.29", "13.64", "16.37",
        "20.54", "24.80"};
    for (int i = 0; i < counts.length; i++) {
      assertThat(Instalments.feePer100(counts[i], APR15)).as("%d payments", counts[i])
          .isEqualTo(new BigDecimal(fees[i]));
    }
  }

  /**
   * The same fees from this code's schedule in whole yen: the interest of ¥100,000,000 ÷
   * 1,000,000, rounded half up to the sen, equals the published fee at every count from 2 to 36
   * (dropping under a yen a month is then far below a sen per ¥100; at ¥1,000,000 it is not: 11
   * payments give 7.65, the table 7.66, whose exact value is 7.655).
   */
  @Test
  void scheduleReproducesTheFeeTable() {
    for (int n = 2; n <= 36; n++) {
      Schedule s = Instalments.schedule(100_000_000, amortised(n, "15.00"));
      BigDecimal per100 = BigDecimal.valueOf(s.interest()).movePointLeft(6)
          .setScale(2, java.math.RoundingMode.HALF_UP);
      assertThat(per100).as("%d payments", n).isEqualTo(POCKET_CARD[n - 2]);
    }
  }

  /**
   * ポケットカード's published table, 分割払い手数料率15.00%(実質年率), 現金価格100円当たりの手数料の
   * 額 for 2 to 36 payments (https://www.pocketcard.co.jp/use/shopping/domestic/outline.html).
   */
  static final BigDecimal[] POCKET_CARD = decimals("1.88", "2.51", "3.14", "3.78", "4.42",
      "5.06", "5.71", "6.35", "7.00", "7.66", "8.31", "8.97", "9.63", "10.29", "10.95", "11.62",
      "12.29", "12.97", "13.64", "14.32", "15.00", "15.68", "16.37", "17.06", "17.75", "18.44",
      "19.14", "19.83", "20.54", "21.24", "21.95", "22.65", "23.37", "24.08", "24.80");

  private static BigDecimal[] decimals(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).toArray(BigDecimal[]::new);
  }

  @Test
  void pocketCardTableFromTwoToThirtySix() {
    for (int n = 2; n <= 36; n++) {
      assertThat(Instalments.feePer100(n, APR15)).as("%d payments", n)
          .isEqualTo(POCKET_CARD[n - 2]);
    }
  }

  /**
   * 日専連 NICC's published example (https://www.nissenren-nicc.co.jp/bunkatsu_tesuryo/): ¥100,000
   * in 10 payments at an add-on rate of 7.50 % for 10 months (9.00 % a year × 10/12): fee
   * 100,000 × 7.50 % = 7,500; 107,500 ÷ 10 = 10,750 a payment.
   */
  @Test
  void addonNissenrenExample() {
    Schedule s = Instalments.schedule(100_000, new Terms(10, Repayment.ADDON, new BigDecimal("9")));
    assertThat(s.interest()).isEqualTo(7_500);
    assertThat(s.total()).isEqualTo(107_500);
    assertThat(s.payments()).containsOnly(10_750L).hasSize(10);
    // its table at 9.00 % a year: 12 payments 9.00, 24 payments 18.00, 36 payments 27.00 per ¥100
    for (int n : new int[] {12, 24, 36}) {
      assertThat(Instalments.schedule(100, new Terms(n, Repayment.ADDON, new BigDecimal("9")))
          .interest()).isEqualTo(n * 3 / 4);
    }
  }

  @Test
  void addonFirstPaymentTakesTheRemainder() {
    Schedule s = Instalments.schedule(100_001, new Terms(3, Repayment.ADDON, new BigDecimal("12")));
    // fee 100,001 × 12 % × 3/12 = 3,000.03 → 3,000; 103,001 = 34,335 + 2 × 34,333
    assertThat(s.interest()).isEqualTo(3_000);
    assertThat(s.payments()).containsExactly(34_335L, 34_333L, 34_333L);
  }

  @Test
  void interestFreeSplitsEvenlyAndTheLastTakesTheRest() {
    Schedule s = Instalments.schedule(100_000, amortised(3, "0"));
    assertThat(s.payments()).containsExactly(33_333L, 33_333L, 33_334L);
    assertThat(s.interest()).isZero();
  }

  @Test
  void aTinyPrincipalIsPaidOffAndNeverOverpaid() {
    Schedule s = Instalments.schedule(30, amortised(36, "20"));
    assertThat(s.total()).isEqualTo(30 + s.interest());
    assertThat(s.payments()).allMatch(p -> p >= 0);
  }

  /** budget --monthly: the largest principal whose every payment is within the monthly amount. */
  @Test
  void mostBorrowedIsTheLargestThatFits() {
    for (Terms t : new Terms[] {amortised(12, "15"), amortised(3, "0"),
        new Terms(12, Repayment.ADDON, new BigDecimal("6"))}) {
      Schedule s = Instalments.mostBorrowed(20_000, t);
      assertThat(s.payments()).allMatch(p -> p <= 20_000);
      for (long more = 1; more <= 2_000; more++) { // nothing a little larger fits
        assertThat(Instalments.schedule(s.principal() + more, t).payments())
            .as("%s: %d more", t, more).anyMatch(p -> p > 20_000);
      }
    }
    // add-on at 6 %: ¥226,350 fits (fee 13,581, 19,997 then 11 × 19,994); ¥226,343 is not the most
    assertThat(Instalments.mostBorrowed(20_000, new Terms(12, Repayment.ADDON,
        new BigDecimal("6"))).principal()).isGreaterThanOrEqualTo(226_350);
  }

  @Test
  void bounds() {
    assertThatThrownBy(() -> Terms.count("1")).isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> Terms.count("121")).isInstanceOf(DomainException.class);
    assertThat(Terms.count("120")).isEqualTo(120);
    assertThatThrownBy(() -> Terms.rate("20.01")).isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> Terms.rate("15.001")).isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> Terms.rate("-1")).isInstanceOf(DomainException.class);
    assertThat(Terms.rate("15%")).isEqualByComparingTo("15");
    assertThat(Terms.rate("20")).isEqualByComparingTo("20");
    assertThat(Terms.rate("0")).isEqualByComparingTo("0");
  }
}
