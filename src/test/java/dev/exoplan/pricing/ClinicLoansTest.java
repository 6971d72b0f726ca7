package dev.exoplan.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.domain.instalment.LoanProduct;
import dev.exoplan.domain.instalment.Repayment;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 20: a clinic file's {@code loans:}, bound, and carried through the workbook both ways. */
class ClinicLoansTest {
  static final Catalog MARKET = PricingLoader.shipped();
  static final Path FILE = Path.of("src/test/data/pricing/issue20/loans.yaml");

  static List<LoanProduct> loans(PriceTable t) {
    return t.clinic().orElseThrow().menu().loans();
  }

  @Test
  void bindsEveryField() throws Exception {
    List<LoanProduct> loans = loans(PricingLoader.parse("l", Files.readAllBytes(FILE), MARKET));
    assertThat(loans).extracting(LoanProduct::id).containsExactly("clinic-loan", "card", "large");
    LoanProduct first = loans.get(0);
    assertThat(first.method()).isEqualTo(Repayment.AMORTISED);
    assertThat(first.rate()).isEqualTo(new BigDecimal("15.00"));
    assertThat(first.counts()).containsExactly(3, 6, 10, 12, 24);
    assertThat(first.minimum()).contains(30_000L);
    assertThat(loans.get(1).method()).isEqualTo(Repayment.ADDON);
    assertThat(loans.get(1).rate()).isEqualTo(new BigDecimal("8.00"));
    assertThat(loans.get(1).minimum()).isEqualTo(Optional.empty());
    assertThat(first.terms(10).loan()).contains(first.name());
  }

  @Test
  void theWorkbookKeepsTheLoans() throws Exception {
    byte[] yaml = Files.readAllBytes(FILE);
    PriceTable original = PricingLoader.parse("l", yaml, MARKET);
    byte[] xlsx = Workbooks.convert("l.yaml", yaml, Workbooks.Format.XLSX, MARKET);
    PriceTable read = TableBinder.bind("l", WorkbookReader.read("l.xlsx", xlsx), MARKET);
    assertThat(loans(read)).hasSize(3).isEqualTo(loans(original));
    byte[] back = Workbooks.convert("l.xlsx", xlsx, Workbooks.Format.YAML, MARKET);
    assertThat(new String(back, StandardCharsets.UTF_8)).contains("rate: 15.00", "minimum: 200000");
  }

  @Test
  void aRateWithThreeDecimalsIsRefusedAtItsPosition() throws Exception {
    String yaml = Files.readString(FILE).replace("rate: 12.5", "rate: 12.555");
    assertThatThrownBy(() -> PricingLoader.parse("l", yaml.getBytes(StandardCharsets.UTF_8), MARKET))
        .isInstanceOf(PricingException.class).hasMessageContaining("data.loan.rate");
  }
}
