package dev.exoplan.domain.menu;

import dev.exoplan.domain.text.Text;
import java.util.List;
import java.util.Optional;

/**
 * A fee or add-on: consultation, anaesthesia, a blood test, an area added. Charged once per plan or
 * at every visit; mandatory ones are on every quote, optional ones when asked for. {@code items}
 * lists the menu items it goes with (empty: all).
 *
 * <p>Issue 19, revisit fees: a fee charged once with {@code lapseMonths} (初診料) is charged again at
 * a visit whose previous visit was that many months or more before; a fee {@code revisit} (再診料,
 * {@code perVisit} too) is charged at every visit after the first that pays no such fee again.
 */
public record Fee(String id, Text name, Price price, boolean perVisit, boolean mandatory,
    List<String> items, boolean revisit, Optional<Integer> lapseMonths) {
  public Fee {
    items = List.copyOf(items);
  }

  /** A fee charged once or at every visit, as before issue 19. */
  public Fee(String id, Text name, Price price, boolean perVisit, boolean mandatory,
      List<String> items) {
    this(id, name, price, perVisit, mandatory, items, false, Optional.empty());
  }

  public boolean appliesTo(String itemId) {
    return items.isEmpty() || items.contains(itemId);
  }

  /** The file's {@code per:} word: once, visit or revisit. */
  public String per() {
    return revisit ? "revisit" : perVisit ? "visit" : "once";
  }
}
