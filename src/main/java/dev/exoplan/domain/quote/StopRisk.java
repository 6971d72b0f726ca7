package dev.exoplan.domain.quote;

import dev.exoplan.domain.contract.ContractRules;
import dev.exoplan.domain.contract.Stop;
import dev.exoplan.domain.value.Money;
import java.util.Optional;

/**
 * The amount at risk when a patient stops after the 3rd session (issue 23): the most they pay for a
 * plan, low–high over two plans, where the Act on Specified Commercial Transactions applies to its
 * courses, and whether it applies ({@code applies}: true, false, or empty when unknown). The one
 * computation behind {@code clinics}' column and {@code budget}'s: the figures are the quote's
 * "if you stop after session 3" row ({@link QuoteCancellation}).
 */
public record StopRisk(Optional<Boolean> applies, Money low, Money high) {
  private static final int AFTER = 3;

  /** Over a quote's minimum and full plans (as {@code clinics} shows it). */
  public static Optional<StopRisk> of(Quote q, ContractRules r) {
    QuoteCancellation c = QuoteCancellation.of(q, r);
    return of(c.minimum(), c.full(), c.verdict());
  }

  /**
   * Over two quotes' full plans ({@code budget}'s minimum plan and the longest plan that fits, each
   * its own quote); the Act applies when it applies to either, unknown when either is unknown.
   */
  public static Optional<StopRisk> of(Quote low, Quote high, ContractRules r) {
    QuoteCancellation a = QuoteCancellation.of(low, r);
    QuoteCancellation b = QuoteCancellation.of(high, r);
    Optional<Boolean> va = a.full().verdict();
    Optional<Boolean> vb = b.full().verdict();
    Optional<Boolean> v = va.equals(Optional.of(true)) || vb.equals(Optional.of(true))
        ? Optional.of(true)
        : va.isEmpty() || vb.isEmpty() ? Optional.empty() : Optional.of(false);
    return of(Optional.of(a.full()), b.full(), v);
  }

  /**
   * Empty when neither plan buys a course or the higher plan has fewer than 3 sessions; else the
   * cost after the 3rd session of each plan (where a plan has no 3rd session, the other's).
   */
  static Optional<StopRisk> of(Optional<QuoteCancellation.PlanStops> minimum,
      QuoteCancellation.PlanStops full, Optional<Boolean> verdict) {
    boolean courses = !full.courses().isEmpty()
        || minimum.map(m -> !m.courses().isEmpty()).orElse(false);
    Optional<Stop> high = full.after(AFTER);
    if (!courses || high.isEmpty()) {
      return Optional.empty();
    }
    Money low = minimum.flatMap(m -> m.after(AFTER)).map(Stop::cost).orElse(high.get().cost());
    return Optional.of(new StopRisk(verdict, Money.min(low, high.get().cost()),
        Money.max(low, high.get().cost())));
  }
}
