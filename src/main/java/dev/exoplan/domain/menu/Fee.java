package dev.exoplan.domain.menu;

import dev.exoplan.domain.text.Text;
import java.util.List;

/**
 * A fee or add-on: consultation, anaesthesia, a blood test, an area added. Charged once per plan or
 * at every visit; mandatory ones are on every quote, optional ones when asked for. {@code items}
 * lists the menu items it goes with (empty: all). {@code onRequest} (issue 19, 要問合せ): the clinic
 * does not publish the amount; the fee is printed as "on request", never priced, and every total
 * says it excludes it. Such a fee has no price: {@link #price()} refuses, so no figure is invented.
 */
public record Fee(String id, Text name, Price price, boolean perVisit, boolean mandatory,
    List<String> items, boolean onRequest) {
  public Fee {
    items = List.copyOf(items);
  }

  /** A fee with a published price. */
  public Fee(String id, Text name, Price price, boolean perVisit, boolean mandatory,
      List<String> items) {
    this(id, name, price, perVisit, mandatory, items, false);
  }

  /** A fee whose amount the clinic gives on request (要問合せ). */
  public static Fee onRequest(String id, Text name, boolean perVisit, boolean mandatory,
      List<String> items) {
    return new Fee(id, name, null, perVisit, mandatory, items, true);
  }

  /** The published price; an on-request fee has none (a caller must ask {@link #onRequest()}). */
  @Override
  public Price price() {
    if (onRequest) {
      throw new IllegalStateException("fee " + id + " is on request: it has no price");
    }
    return price;
  }

  public boolean appliesTo(String itemId) {
    return items.isEmpty() || items.contains(itemId);
  }
}
