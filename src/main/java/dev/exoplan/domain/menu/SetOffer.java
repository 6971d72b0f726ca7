package dev.exoplan.domain.menu;

import dev.exoplan.domain.text.Text;
import java.util.List;

/** A set: two or more items in one session for one price. */
public record SetOffer(String id, Text name, List<String> items, Price price) {
  public SetOffer {
    items = List.copyOf(items);
  }
}
