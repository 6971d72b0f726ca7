package dev.exoplan.report.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.contract.CreditRules;
import dev.exoplan.domain.contract.CreditTerms;
import dev.exoplan.domain.contract.CreditTerms.Lender;
import dev.exoplan.domain.contract.CreditTerms.Why;
import dev.exoplan.domain.instalment.Instalments;
import dev.exoplan.domain.instalment.Repayment;
import dev.exoplan.domain.instalment.Terms;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.quote.Quote;
import dev.exoplan.domain.quote.QuoteCredit;
import dev.exoplan.domain.quote.QuoteRequest;
import dev.exoplan.domain.quote.Quotes;
import dev.exoplan.domain.text.Lang;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.pricing.ContractRulesTable;
import dev.exoplan.pricing.PricingLoader;
import dev.exoplan.report.Words;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The quote's lender sentences (issue 23): the example clinic's range quote (IV drip, intensive
 * 3–5, maintenance 1–2) paid in 10 payments at 15 %, checked against CreditTerms.of called by hand
 * with the totals paid and the Act's verdicts worked out from the quote (the minimum plan buys no
 * course; the maximum plan's 5-session course meets the amount and the period, but whether an IV
 * drip is a designated service is unknown).
 */
class QuoteCreditTest {
  static final CreditRules R = ContractRulesTable.shippedCredit();
  static final Terms TEN = new Terms(10, Repayment.AMORTISED, new BigDecimal("15"));

  static QuoteReport example(Terms t, CreditRules rules) {
    Catalog c = PricingLoader.load(List.of(new PricingLoader.Input("example-clinic.yaml",
        Path.of("pricing/example-clinic.yaml"))));
    PlanRequest plan = PlanRequest.builder(Method.IV).intensive(CountRange.parse("3..5"))
        .maintenance(CountRange.parse("1..2")).build();
    Quote q = Quotes.quote(c, new QuoteRequest(plan, Optional.empty(), "P", Optional.empty(),
        LocalDate.of(2026, 11, 21), Optional.empty(), Optional.empty(), List.of(), List.of()));
    return QuoteReport.of(c, q, Copy.PATIENT, Optional.of(ContractRulesTable.shipped()))
        .withInstalments(Optional.of(t), rules);
  }

  @Test
  void theExampleRangeQuoteOnTenPaymentsAgreesWithCreditTermsByHand() {
    QuoteCredit c = QuoteCreditSheet.credit(example(TEN, R)).orElseThrow();
    // totals paid to the lender: ¥415,800 and ¥690,800 at 15 % over 10 months (the golden case
    // quote/issue20-instalments-en shows ¥444,914 and ¥739,173)
    assertThat(Instalments.schedule(415_800, TEN).total()).isEqualTo(444_914);
    CreditTerms min = CreditTerms.of(Lender.INDIVIDUAL_CREDIT, 10, Money.yen(444_914),
        Optional.of(false), R);
    CreditTerms full = CreditTerms.of(Lender.INDIVIDUAL_CREDIT, 10, Money.yen(739_173),
        Optional.empty(), R);
    assertThat(c.minimum().orElseThrow().terms()).isEqualTo(min);
    assertThat(c.minimum().orElseThrow().buysCourse()).isFalse();
    assertThat(c.full().terms()).isEqualTo(full);
    assertThat(c.full().buysCourse()).isTrue();
    assertThat(c.full().totalPaid()).isEqualTo(Money.yen(739_173));
    assertThat(min.stopPaying()).contains(false);
    assertThat(full.stopPaying()).isEmpty();
    assertThat(full.stopPayingWhy()).isEqualTo(Why.ACT_UNKNOWN);
    assertThat(full.coolOff()).isEmpty();
  }

  @Test
  void twoPaymentsAreShortCreditForBothPlans() {
    Terms two = new Terms(2, Repayment.AMORTISED, new BigDecimal("15"));
    QuoteCredit c = QuoteCreditSheet.credit(example(two, R)).orElseThrow();
    assertThat(c.full().terms()).isEqualTo(CreditTerms.of(Lender.INDIVIDUAL_CREDIT, 2,
        c.full().totalPaid(), Optional.empty(), R));
    assertThat(c.full().terms().stopPayingWhy()).isEqualTo(Why.SHORT_CREDIT);
    assertThat(c.full().terms().coolOff()).contains(false);
  }

  @Test
  void aTotalUnderTheMinimumSaysSoInBothLanguages() {
    // the example quote cannot go under ¥40,000; a table whose minimum is ¥1,000,000 puts the
    // maximum plan's ¥739,173 under it, whatever the Act
    CreditRules high = new CreditRules(Money.yen(1_000_000), 2, 8);
    QuoteReport r = example(TEN, high);
    assertThat(QuoteCreditSheet.credit(r).orElseThrow().full().terms().stopPayingWhy())
        .isEqualTo(Why.UNDER_MINIMUM);
    assertThat(QuoteCreditSheet.build(r, new Words(Lang.EN, false)).orElseThrow().lines().get(2))
        .contains("that needs a total paid to the lender of at least ¥1,000,000, and this is"
            + " ¥739,173.")
        .contains("Whether the loan itself may be cooled off within 8 days is unknown");
    assertThat(QuoteCreditSheet.build(r, new Words(Lang.JA, false)).orElseThrow().lines().get(2))
        .contains("支払いを止められるのは貸し手への支払総額が1,000,000円以上の場合で、この支払総額は739,173円です。");
  }

  @Test
  void noPaymentsNoSentences() {
    QuoteReport r = example(TEN, R).withInstalments(Optional.empty());
    assertThat(QuoteCreditSheet.build(r, new Words(Lang.EN, false))).isEmpty();
  }
}
