package dev.exoplan.domain.budget;

import dev.exoplan.domain.estimate.Estimate;
import dev.exoplan.domain.plan.PriceChoice;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import java.util.List;

/**
 * A budget on the market tables for one method: the per-session price (every source's range, as
 * {@code plan} takes it) with the estimate it comes from (for the source lines), how many sessions
 * the whole budget buys at the low, typical and high price, each protocol tried at the three
 * prices, and for a monthly budget what the money there by each month buys.
 */
public record MarketBudget(Method method, PriceChoice price, Estimate estimate, Buys buys,
    List<PriceFits> protocols, List<MonthRow> months) {

  public MarketBudget {
    protocols = List.copyOf(protocols);
    months = List.copyOf(months);
  }

  /** Whole sessions an amount pays for at the low, typical and high price (fractions dropped). */
  public record Buys(long low, long typical, long high) {
    static Buys of(Money amount, dev.exoplan.domain.value.MoneyRange price) {
      return new Buys(count(amount, price.low()), count(amount, price.typical()),
          count(amount, price.high()));
    }

    /** A price of nothing buys any number: shown as the largest count, never as a guess. */
    private static long count(Money amount, Money price) {
      return price.isZero() ? Long.MAX_VALUE : Math.max(0, amount.minor() / price.minor());
    }
  }

  /** A protocol tried at the low, typical and high price per session. */
  public record PriceFits(Candidates candidates, ProtocolFit low, ProtocolFit typical,
      ProtocolFit high) {}

  /** Month {@code month}: the money there by then and the sessions it buys. */
  public record MonthRow(int month, Money available, Buys buys) {}
}
