package dev.exoplan.report.estimate;

import dev.exoplan.domain.estimate.Estimate;

/** Stable identifiers for enum values in JSON and CSV. */
final class Names {
  private Names() {}

  static String noOverall(Estimate.NoOverall n) {
    return switch (n) {
      case NO_PRICES -> "no-prices";
      case MIXED_CURRENCY -> "mixed-currency";
      case MIXED_TAX -> "mixed-tax";
    };
  }
}
