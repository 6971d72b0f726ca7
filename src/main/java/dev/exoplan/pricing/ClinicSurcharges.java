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
 * {@code on-request} (要問合せ: the clinic does not publish the amount); gap 3's course
 * {@code sessions: 2..3}.
 */
final class ClinicSurcharges {
  static final String ON_REQUEST = "on-request";

  private ClinicSurcharges() {}

  /** Whether a price is written {@code on-request}. */
  static boolean onRequest(Node n) {
    return n instanceof Node.Scalar s && s.kind() == Node.Kind.STRING
        && s.text().equals(ON_REQUEST);
  }

  /** Compiled when a course's sessions are first written as a range, not when prices are read. */
  private static final class Range {
    static final java.util.regex.Pattern RANGE =
        java.util.regex.Pattern.compile("\\s*(\\d{1,9})\\s*\\.\\.\\s*(\\d{1,9})\\s*");
  }

  /**
   * Issue 19, gap 3: a course's {@code sessions}, a whole number (5) or a range the clinic decides
   * within (2..3, the fewer first); as {least, most}.
   */
  static int[] sessions(Node n) {
    if (n instanceof Node.Scalar s && s.kind() == Node.Kind.STRING) {
      java.util.regex.Matcher m = Range.RANGE.matcher(s.text());
      if (m.matches()) {
        int least = Integer.parseInt(m.group(1));
        int most = Integer.parseInt(m.group(2));
        if (least < 1 || least >= most || most > TableBinder.MAX_SESSIONS) {
          throw new PricingException(n.at(), Message.of("data.course.sessions.range", least, most,
              TableBinder.MAX_SESSIONS));
        }
        return new int[] {least, most};
      }
    }
    int v = Fields.integer(n, 1, TableBinder.MAX_SESSIONS);
    return new int[] {v, v};
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
