package dev.exoplan.domain;

import java.util.List;
import java.util.Optional;

/**
 * A clinic price measured against the published ranges for the method: below the lowest low (a
 * warning: very cheap offers may mean a product of unverified quality) or above the highest high.
 */
public record MarketCheck(
    Level level,
    QuoteLine.Kind item,
    Optional<Course> course,
    Money unit,
    Money bound,
    String boundSource,
    List<Citation> cites) {

  /** Which side of the market the price is on. */
  public enum Level {
    BELOW("below"),
    ABOVE("above");

    private final String id;

    Level(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  public MarketCheck {
    cites = List.copyOf(cites);
  }
}
