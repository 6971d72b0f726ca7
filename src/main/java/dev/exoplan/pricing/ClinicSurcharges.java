package dev.exoplan.pricing;

import dev.exoplan.domain.menu.Surcharge;
import dev.exoplan.domain.text.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 19, gap 4: a price list's {@code surcharges:} (a percentage or an amount added for a group
 * of patients, selected by {@code --surcharge ID} unless automatic) and the fee price
 * {@code on-request} (要問合せ: the clinic does not publish the amount).
 */
final class ClinicSurcharges {
  static final String ON_REQUEST = "on-request";

  private ClinicSurcharges() {}

  /** Whether a price is written {@code on-request}. */
  static boolean onRequest(Node n) {
    return n instanceof Node.Scalar s && s.kind() == Node.Kind.STRING
        && s.text().equals(ON_REQUEST);
  }

  static List<Surcharge> of(TableBinder t, List<Node> nodes) {
    List<Surcharge> out = new ArrayList<>();
    Map<String, Position> ids = new HashMap<>();
    for (Node n : nodes) {
      Fields f = Fields.open(n, "a surcharge", "id", "name", "percent", "amount", "automatic");
      Node idNode = f.get("id");
      String id = TableBinder.id(idNode);
      TableBinder.duplicate(ids, id, idNode.at(), Message.of("data.dup.surcharge", id));
      if (f.has("percent") == f.has("amount")) {
        throw new PricingException(f.at(), Message.of("data.surcharge.empty"));
      }
      out.add(new Surcharge(id, f.text("name"),
          f.find("percent").map(x -> Fields.integer(x, 1, 1000)),
          f.find("amount").map(t::money),
          f.find("automatic").map(Fields::bool).orElse(false)));
    }
    return out;
  }
}
