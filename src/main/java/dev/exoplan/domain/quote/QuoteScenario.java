package dev.exoplan.domain.quote;

import dev.exoplan.domain.value.Money;

import dev.exoplan.domain.purchase.Purchase;
import java.util.List;

/**
 * A quote's figures for one plan (the full plan, or the minimum one when the plan is a range).
 * {@code lines} add up to {@code total} exactly: items, discounts (negative) and, when prices
 * exclude tax, the tax line. {@code tax} is the consumption tax, computed once for the whole
 * document: contained in the total when prices include it, added as a line when they do not, and
 * zero when the clinic does not state its tax basis. {@code purchase} is what the purchase planner
 * bought (before discounts and tax): each purchase, when it is paid and what it covers.
 * {@code surcharges} (issue 19) is what the surcharge lines add; {@code onRequest} the fees whose
 * amount the clinic gives on request: never priced, not in any figure here.
 */
public record QuoteScenario(
    int sessions,
    List<QuoteLine> lines,
    Money subtotal,
    Money discounts,
    Money tax,
    Money total,
    Money saving,
    Purchase purchase,
    Money surcharges,
    List<dev.exoplan.domain.menu.Fee> onRequest) {

  public QuoteScenario {
    lines = List.copyOf(lines);
    onRequest = List.copyOf(onRequest);
    Money sum = Money.zero(total.currency());
    for (QuoteLine l : lines) {
      sum = sum.plus(l.amount());
    }
    if (!sum.equals(total)) {
      throw new IllegalStateException("quote lines add up to " + sum.minor() + ", not " + total.minor());
    }
  }

  /**
   * Issue 19: whether the plan has fees on request (要問合せ), which the total excludes: every total
   * printed of this plan says so.
   */
  public boolean excludesOnRequest() {
    return !onRequest.isEmpty();
  }

  /** Whether a "from" price (a floor) is in the quote: its total is then a lower bound. */
  public boolean from() {
    return lines.stream().anyMatch(QuoteLine::from);
  }
}
