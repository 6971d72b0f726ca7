package dev.exoplan.pricing;

import dev.exoplan.domain.menu.Fee;
import dev.exoplan.domain.menu.Price;
import dev.exoplan.domain.text.Listing;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.text.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A price list's fees (format version 2): once, every visit or every revisit (再診料), a first-visit
 * fee charged again after a lapse of months, an amount on request (要問合せ), an add-on priced per
 * minutes started (issue 19), and the items a fee or a set names. Split from
 * {@link ClinicMenuBinder}, which gives each its id check and its price reader.
 */
final class ClinicFees {
  private ClinicFees() {}

  static Fee fee(Node n, List<String> itemIds, Function<Node, String> newId,
      Function<Node, Price> price) {
    Fields f = Fields.open(n, "a fee", "id", "name", "price", "per", "mandatory", "items",
        "lapseMonths", "minutes");
    String id = newId.apply(f.get("id"));
    Text name = f.text("name");
    boolean onRequest = ClinicSurcharges.onRequest(f.get("price")); // issue 19: 要問合せ
    Price amount = onRequest ? null : price.apply(f.get("price"));
    Node perNode = f.get("per");
    String per = Fields.string(perNode);
    if (!per.equals("once") && !per.equals("visit") && !per.equals("revisit")) {
      throw new PricingException(perNode.at(), Message.of("data.per.expected", per));
    }
    // issue 19: a fee charged once (初診料) may be charged again after a lapse of months
    Optional<Integer> lapse = f.find("lapseMonths").map(x -> Fields.integer(x, 1, ClinicMenuBinder.MAX_VALID_MONTHS));
    if (lapse.isPresent() && !per.equals("once")) {
      throw new PricingException(f.keyAt("lapseMonths"), Message.of("data.fee.lapse.per", per));
    }
    boolean mandatory = f.bool("mandatory");
    List<String> items = f.find("items").map(x -> refs(x, itemIds)).orElse(List.of());
    if (f.has("items") && items.isEmpty()) {
      // issue 22: an empty list is no item, but a fee without items is charged on every one
      throw new PricingException(f.get("items").at(), Message.of("data.fee.items.empty"));
    }
    // issue 19, gap 5: an add-on priced per N minutes started; its time is asked for, so optional
    Optional<Integer> minutes = f.find("minutes").map(x -> Fields.integer(x, 1, 1440));
    if (minutes.isPresent() && mandatory) {
      throw new PricingException(f.keyAt("minutes"), Message.of("data.fee.minutes.mandatory"));
    }
    // issue 19: 再診料 (revisit) and 初診料 after a lapse (gap 1); 要問合せ and per minutes (4, 5)
    return new Fee(id, name, amount, !per.equals("once"), mandatory, items, per.equals("revisit"),
        lapse, onRequest, minutes);
  }

  /** The items a fee or a set names: each a known item, each once (issue 22: [iv, iv]). */
  static List<String> refs(Node list, List<String> itemIds) {
    List<String> out = new ArrayList<>();
    Map<String, Position> seen = new HashMap<>();
    for (Node n : Fields.list(list)) {
      String s = Fields.string(n);
      if (!itemIds.contains(s)) {
        throw new PricingException(n.at(),
            Message.of("data.item.unknown", s, Listing.of(itemIds)));
      }
      Position first = seen.putIfAbsent(s, n.at());
      if (first != null) {
        throw new PricingException(n.at(),
            Message.of("data.item.twice", s, first.line(), first.column()));
      }
      out.add(s);
    }
    return out;
  }
}
