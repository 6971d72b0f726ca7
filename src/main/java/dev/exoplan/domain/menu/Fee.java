package dev.exoplan.domain.menu;

import dev.exoplan.domain.text.Text;
import java.util.List;

/**
 * A fee or add-on: consultation, anaesthesia, a blood test, an area added. Charged once per plan or
 * at every visit; mandatory ones are on every quote, optional ones when asked for. {@code items}
 * lists the menu items it goes with (empty: all).
 */
public record Fee(String id, Text name, Price price, boolean perVisit, boolean mandatory,
    List<String> items) {
  public Fee {
    items = List.copyOf(items);
  }

  public boolean appliesTo(String itemId) {
    return items.isEmpty() || items.contains(itemId);
  }
}
