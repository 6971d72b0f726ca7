package dev.exoplan.report.csv;

import dev.exoplan.domain.value.MoneyRange;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;

/** The cells reports share, each written one way: a range and its basis, a date or an empty cell. */
public final class CsvFields {
  private CsvFields() {}

  /** low, typical, high (minor units) and typical_basis. */
  public static void range(CsvWriter csv, MoneyRange r) throws IOException {
    csv.number(r.low().minor()).number(r.typical().minor()).number(r.high().minor())
        .text(r.basis().id());
  }

  public static void date(CsvWriter csv, Optional<LocalDate> d) throws IOException {
    if (d.isPresent()) {
      csv.text(d.get().toString());
    } else {
      csv.empty();
    }
  }
}
