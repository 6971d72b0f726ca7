package dev.exoplan.domain.instalment;

import dev.exoplan.domain.text.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A loan product a clinic names in its price list (issue 20, {@code loans:}; docs/clinic-price-lists.md
 * section 17): the lender's method and yearly rate, the numbers of monthly payments it allows and
 * the least amount it finances (yen), if it states one. {@code --loan ID} on quote takes the method
 * and the rate from here.
 */
public record LoanProduct(String id, Text name, Repayment method, BigDecimal rate,
    List<Integer> counts, Optional<Long> minimum) {
  public LoanProduct {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(rate, "rate");
    counts = List.copyOf(counts);
    Objects.requireNonNull(minimum, "minimum");
  }

  /** The terms of {@code count} payments under this loan, named after it. */
  public Terms terms(int count) {
    return new Terms(count, method, rate, Optional.of(name));
  }

  /** Whether the loan allows {@code count} payments. */
  public boolean allows(int count) {
    return counts.contains(count);
  }
}
