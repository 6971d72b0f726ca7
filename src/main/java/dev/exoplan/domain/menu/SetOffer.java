package dev.exoplan.domain.menu;

import dev.exoplan.domain.text.Text;
import java.util.List;
import java.util.Optional;

/**
 * A set: two or more items in one session for one price; {@code member} is the members' price of
 * the set (issue 19: 396,000, 297,000 for members), used with {@code --member}.
 */
public record SetOffer(String id, Text name, List<String> items, Price price,
    Optional<Price> member) {
  public SetOffer {
    items = List.copyOf(items);
  }

  /** A set with no member price of its own. */
  public SetOffer(String id, Text name, List<String> items, Price price) {
    this(id, name, items, price, Optional.empty());
  }
}
