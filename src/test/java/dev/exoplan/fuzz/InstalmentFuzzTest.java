package dev.exoplan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.exoplan.domain.instalment.Instalments;
import dev.exoplan.domain.instalment.Repayment;
import dev.exoplan.domain.instalment.Schedule;
import dev.exoplan.domain.instalment.Terms;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Properties of every repayment schedule (issue 20), over principals from ¥0 to ¥10,000,000,000,
 * 2 to 120 payments and rates from 0.00 to 20.00 %.
 *
 * <ul>
 *   <li>There are exactly N payments, none negative, and they sum to the principal plus the
 *       interest.
 *   <li>The schedule ends at zero: walked again month by month (the balance plus its interest,
 *       rounded down, less the payment) the balance never goes negative, never grows, and is zero
 *       after the last payment. For the add-on method the fee is the principal × rate × N/12,
 *       rounded down, and the first payment takes the remainder of an even split.
 * </ul>
 */
class InstalmentFuzzTest {
  @FuzzTest(maxDuration = "10s")
  void paymentsSumToPrincipalPlusInterestAndEndAtZero(FuzzedDataProvider data) {
    long principal = data.consumeLong(0, 10_000_000_000L);
    int n = data.consumeInt(2, Terms.MAX_COUNT);
    BigDecimal rate = BigDecimal.valueOf(data.consumeInt(0, 2000), 2);
    Repayment method = data.pickValue(Repayment.values());
    Schedule s = Instalments.schedule(principal, new Terms(n, method, rate));

    assertThat(s.payments()).hasSize(n).allMatch(p -> p >= 0);
    assertThat(s.total()).isEqualTo(principal + s.interest());
    assertThat(s.interest()).isNotNegative();
    if (method == Repayment.AMORTISED) {
      long balance = principal;
      long interest = 0;
      for (long pay : s.payments()) {
        long i = BigDecimal.valueOf(balance).multiply(rate)
            .divide(BigDecimal.valueOf(1200), 0, RoundingMode.DOWN).longValueExact();
        interest += i;
        long next = balance + i - pay;
        assertThat(next).isNotNegative().isLessThanOrEqualTo(balance);
        balance = next;
      }
      assertThat(balance).isZero();
      assertThat(interest).isEqualTo(s.interest());
      // every payment but the last is the fixed one, or what was left when that was less
      long fixed = Instalments.payment(principal, n, rate);
      for (int k = 0; k < n - 1; k++) {
        assertThat(s.payments().get(k)).isLessThanOrEqualTo(fixed);
      }
    } else {
      long fee = BigDecimal.valueOf(principal).multiply(rate).multiply(BigDecimal.valueOf(n))
          .divide(BigDecimal.valueOf(1200), 0, RoundingMode.DOWN).longValueExact();
      assertThat(s.interest()).isEqualTo(fee);
      assertThat(s.payments().subList(1, n)).containsOnly(s.regular());
      assertThat(s.first() - s.regular()).isBetween(0L, (long) n - 1);
    }
  }
}
