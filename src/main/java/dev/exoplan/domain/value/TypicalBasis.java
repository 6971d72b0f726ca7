package dev.exoplan.domain.value;

/** Where a range's typical figure comes from; every output says which. */
public enum TypicalBasis {
  /** low and high are equal: a single price, nothing to choose. */
  FIXED("fixed"),
  /** the price table gives a typical figure. */
  TABLE("table"),
  /** no typical figure was given: the midpoint of low and high, fractions of a minor unit dropped. */
  MIDPOINT("midpoint"),
  /** an envelope over several sources: the median of the sources' typical figures. */
  MEDIAN("median"),
  /**
   * a plan bought at a clinic: low and high are the cheapest purchases of the minimum and full
   * plans, typical their midpoint, fractions of a minor unit dropped.
   */
  PURCHASE("purchase");

  private final String id;

  TypicalBasis(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
