package dev.exoplan.cli;

import dev.exoplan.domain.instalment.LoanProduct;
import dev.exoplan.domain.instalment.Terms;
import dev.exoplan.domain.menu.Menu;
import dev.exoplan.domain.quote.Quote;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.value.Money;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code quote --loan ID} (issue 20): the payments under one of the clinic's loan products
 * ({@code loans:} in its price list, docs/clinic-price-lists.md section 17), which gives the
 * method and the rate; {@code --instalments N} gives the count, one the loan allows, and the quote's
 * total must be at least the loan's minimum. Anything else is a usage error.
 */
final class QuoteLoan {
  private QuoteLoan() {}

  /** Before the quote is made: --loan with a rate of its own, or without a count, is refused. */
  static void checkOptions(String loan, InstalmentOptions o) {
    if (o.apr != null || o.addon != null) {
      throw new UsageException(Message.of("usage.loan.rate", loan,
          o.apr != null ? "--apr" : "--addon-rate"));
    }
  }

  /** The terms of {@code loan} for quote {@code q}'s total. */
  static Terms terms(String loan, Integer count, Quote q) {
    Menu menu = q.clinic().menu();
    String clinic = q.clinic().id();
    if (menu.loans().isEmpty()) {
      throw new UsageException(Message.of("usage.loan.none", clinic));
    }
    LoanProduct p = menu.loan(loan).orElseThrow(() -> new UsageException(Message.of(
        "usage.loan.unknown", clinic, loan,
        menu.loans().stream().map(LoanProduct::id).collect(Collectors.joining(", ")))));
    String counts = counts(p.counts());
    if (count == null) {
      throw new UsageException(Message.of("usage.loan.no.count", loan, counts));
    }
    if (!p.allows(count)) {
      throw new UsageException(Message.of("usage.loan.count", loan, counts, count));
    }
    Money total = q.full().total();
    Optional<Long> minimum = p.minimum();
    if (minimum.isPresent() && total.minor() < minimum.get()) {
      throw new UsageException(Message.of("usage.loan.minimum", loan,
          Money.of(minimum.get(), total.currency()), total));
    }
    return p.terms(count);
  }

  private static String counts(List<Integer> counts) {
    return counts.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
