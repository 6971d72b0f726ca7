package dev.exoplan.domain.menu;

/** Whether a clinic's prices include consumption tax (税込), exclude it (税抜), or do not say. */
public enum TaxBasis {
  INCLUDED("included"),
  EXCLUDED("excluded"),
  NOT_STATED("not-stated");

  private final String id;

  TaxBasis(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
