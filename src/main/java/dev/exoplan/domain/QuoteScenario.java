package dev.exoplan.domain;

import java.util.List;

/**
 * A quote's figures for one plan (the full plan, or the minimum one when the plan is a range).
 * {@code lines} add up to {@code total} exactly: items, discounts (negative) and, when prices
 * exclude tax, the tax line. {@code tax} is the consumption tax, computed once for the whole
 * document: contained in the total when prices include it, added as a line when they do not.
 */
public record QuoteScenario(
    int sessions,
    List<QuoteLine> lines,
    Money subtotal,
    Money discounts,
    Money tax,
    Money total,
    Money saving) {

  public QuoteScenario {
    lines = List.copyOf(lines);
    Money sum = Money.zero(total.currency());
    for (QuoteLine l : lines) {
      sum = sum.plus(l.amount());
    }
    if (!sum.equals(total)) {
      throw new IllegalStateException("quote lines add up to " + sum.minor() + ", not " + total.minor());
    }
  }
}
