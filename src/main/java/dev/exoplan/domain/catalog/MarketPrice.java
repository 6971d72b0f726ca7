package dev.exoplan.domain.catalog;

import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.PriceRange;

import java.util.List;

/** One source's per-session price range for one method, with the lines that state it. */
public record MarketPrice(
    Method method, String sourceId, PriceRange range, boolean taxIncluded, List<Citation> cites) {

  public MarketPrice {
    cites = List.copyOf(cites);
  }
}
