package dev.exoplan.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.MoneyRange;
import dev.exoplan.domain.plan.Plan;

/**
 * The figures of one result that {@code --detail summary} and {@code --format csv} write: the
 * command, its method, the currency and tax, the total and the session count. A plan's are its
 * {@code total} and {@code sessions}; an estimate's total is its {@code overall} per-session range
 * (one session) and it has no session count; a comparison's are those of its first row, exosome.
 */
record Summary(String command, String method, String currency, boolean taxIncluded, Range total,
    Counts sessions) {

  /** A money range in minor units; {@code basis} is the typicalBasis id. */
  record Range(long low, long typical, long high, String basis) {
    static Range of(MoneyRange r) {
      return new Range(r.low().minor(), r.typical().minor(), r.high().minor(), r.basis().id());
    }

    static Range of(JsonNode n) {
      if (n == null || n.isNull()) {
        return null;
      }
      return new Range(n.get("low").longValue(), n.get("typical").longValue(),
          n.get("high").longValue(), n.get("typicalBasis").asText());
    }
  }

  /** A count range; its typical is the midpoint, a half when low + high is odd. */
  record Counts(int low, int high) {
    static Counts of(JsonNode n) {
      return n == null || n.isNull() ? null : new Counts(n.get("low").intValue(), n.get("high").intValue());
    }
  }

  static Summary of(Plan p) {
    CountRange s = p.sessions();
    return new Summary("plan", p.method().id(), p.total().currency().getCurrencyCode(),
        p.price().taxIncluded(), Range.of(p.total()), new Counts(s.low(), s.high()));
  }

  /** The summary of an estimate's or a comparison's whole JSON document. */
  static Summary of(String command, JsonNode doc) {
    JsonNode method = doc.get("method");
    String m = method == null || method.isNull() ? null : method.asText();
    String currency = doc.get("currency").asText();
    boolean tax = doc.get("taxIncluded").booleanValue();
    if (command.equals("estimate")) {
      return new Summary(command, m, currency, tax, Range.of(doc.get("overall")), null);
    }
    JsonNode rows = doc.get("rows");
    JsonNode first = rows != null && rows.size() > 0 ? rows.get(0) : null;
    return new Summary(command, m, currency, tax, first == null ? null : Range.of(first.get("cost")),
        first == null ? null : Counts.of(first.get("sessions")));
  }
}
