package dev.exoplan.domain.instalment;

import java.util.Optional;

/**
 * How a lender spreads a sum over monthly payments (issue 20): 元利均等 (amortised, the
 * standard: interest each month on what is still owed) or アドオン方式 (add-on: interest on the
 * whole principal for the whole term, added once and spread evenly).
 */
public enum Repayment {
  AMORTISED("amortised"),
  ADDON("addon");

  private final String id;

  Repayment(String id) {
    this.id = id;
  }

  /** The id in clinic files and JSON: {@code amortised} or {@code addon}. */
  public String id() {
    return id;
  }

  /** The method of this id, if it is one. */
  public static Optional<Repayment> byId(String id) {
    for (Repayment r : values()) {
      if (r.id.equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
