package dev.exoplan.pricing;

import dev.exoplan.domain.instalment.LoanProduct;
import dev.exoplan.domain.instalment.Repayment;
import dev.exoplan.domain.instalment.Terms;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Issue 20: a price list's {@code loans:} (format version 2), the loan products a clinic names:
 * {@code {id, name, method: amortised|addon, rate: 15.00, counts: [3, 6, 10], minimum: 30000}}
 * (docs/clinic-price-lists.md, section 17). Every mistake is a {@link PricingException} at its
 * position.
 */
final class ClinicLoans {
  private ClinicLoans() {}

  static List<LoanProduct> of(TableBinder t, List<Node> nodes) {
    List<LoanProduct> out = new ArrayList<>();
    Map<String, Position> ids = new HashMap<>();
    for (Node n : nodes) {
      Fields f = Fields.open(n, "a loan", "id", "name", "method", "rate", "counts", "minimum");
      Node idNode = f.get("id");
      String id = TableBinder.id(idNode);
      TableBinder.duplicate(ids, id, idNode.at(), Message.of("data.dup.loan", id));
      Node m = f.get("method");
      String ms = Fields.string(m);
      Repayment method = Repayment.byId(ms)
          .orElseThrow(() -> new PricingException(m.at(), Message.of("data.loan.method", ms)));
      BigDecimal rate = rate(f.get("rate"));
      Node countsNode = f.get("counts");
      TreeSet<Integer> counts = new TreeSet<>();
      for (Node c : Fields.list(countsNode)) {
        int v = count(c);
        if (!counts.add(v)) {
          throw new PricingException(c.at(), Message.of("data.loan.count.twice", v));
        }
      }
      if (counts.isEmpty()) {
        throw new PricingException(countsNode.at(), Message.of("data.loan.counts.none"));
      }
      Optional<Long> minimum = f.find("minimum").map(x -> t.money(x).minor());
      out.add(new LoanProduct(id, f.text("name"), method, rate, List.copyOf(counts), minimum));
    }
    return out;
  }

  /** A rate in percent as a number (15 or 15.00), 0 to 20 with at most two decimals; scale 2. */
  private static BigDecimal rate(Node n) {
    if (n instanceof Node.Scalar s
        && (s.kind() == Node.Kind.INTEGER || s.kind() == Node.Kind.FLOAT)) {
      try {
        return Terms.rate(s.text()).setScale(2, RoundingMode.UNNECESSARY);
      } catch (DomainException e) {
        // reported below, at the value
      }
    }
    throw new PricingException(n.at(), Message.of("data.loan.rate",
        n instanceof Node.Scalar s ? TooLong.abbreviate(s.text()) : Node.describe(n)));
  }

  /** A number of monthly payments the loan allows, 2 to {@link Terms#MAX_COUNT}. */
  private static int count(Node n) {
    if (n instanceof Node.Scalar s && s.kind() == Node.Kind.INTEGER
        && s.text().matches("[0-9]{1,4}")) {
      int v = Integer.parseInt(s.text());
      if (v >= 2 && v <= Terms.MAX_COUNT) {
        return v;
      }
    }
    throw new PricingException(n.at(), Message.of("data.loan.count", Terms.MAX_COUNT,
        n instanceof Node.Scalar s ? TooLong.abbreviate(s.text()) : Node.describe(n)));
  }
}
