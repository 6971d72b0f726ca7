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
 * {@code onRequest} (issue 19, 要問合せ): the clinic does not publish the amount; the fee is printed
 * as "on request", never priced, and every total says it excludes it. Such a fee has no price:
 * {@link #price()} refuses, so no figure is invented. {@code minutes} (issue 19, gap 5): an add-on
 * priced per that many minutes started (laughing gas, 3,300 per 30 minutes), the time given with
 * {@code --add ID=60min}.
 */
public record Fee(String id, Text name, Price price, boolean perVisit, boolean mandatory,
    List<String> items, boolean revisit, Optional<Integer> lapseMonths, boolean onRequest,
    Optional<Integer> minutes) {
  public Fee {
    items = List.copyOf(items);
  }

  /** A fee with a published price, charged once or at every visit, as before issue 19. */
  public Fee(String id, Text name, Price price, boolean perVisit, boolean mandatory,
      List<String> items) {
    this(id, name, price, perVisit, mandatory, items, false, Optional.empty(), false,
        Optional.empty());
  }

  /** A fee whose amount the clinic gives on request (要問合せ). */
  public static Fee onRequest(String id, Text name, boolean perVisit, boolean mandatory,
      List<String> items) {
    return new Fee(id, name, null, perVisit, mandatory, items, false, Optional.empty(), true,
        Optional.empty());
  }

  /** The same fee priced per {@code m} minutes started (issue 19). */
  public Fee perMinutes(Optional<Integer> m) {
    return new Fee(id, name, price, perVisit, mandatory, items, revisit, lapseMonths, onRequest, m);
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

  /** The file's {@code per:} word: once, visit or revisit. */
  public String per() {
    return revisit ? "revisit" : perVisit ? "visit" : "once";
  }
}
