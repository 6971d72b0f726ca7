package dev.exoplan.domain.plan;

import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.MoneyRange;
import dev.exoplan.domain.value.PhaseKind;
import dev.exoplan.domain.value.TimeUnit;
import java.util.Optional;

/**
 * What each further year of maintenance costs after a plan's window (issue 18, finding 12): costs
 * do not stop there, as 003 line 195 (maintenance about every 6–12 months goes on) and 000 line 89
 * (continuing can be a heavy cost) say. The interval is the plan's own maintenance interval when it
 * has maintenance sessions, else 003's 6–12 months (line 195: 004-aga, --maintenance 0); a year holds {@code 12 / interval} sessions for
 * months and {@code 52 / interval} for weeks, fractions dropped, the longest interval giving the
 * low count. The cost is that count at the price per session the plan uses, as a phase's is
 * ({@link Planner#cost}).
 *
 * @param every the interval the year is counted at
 * @param planInterval whether it is the plan's own maintenance interval (else 003's)
 * @param sessions sessions in one year, low..high
 * @param cost the year's cost at the plan's price per session
 */
public record FurtherYear(Interval every, boolean planInterval, CountRange sessions, MoneyRange cost) {
  /** 003 line 195: 半年〜1年に1回程度のメンテナンスを継続します. */
  public static final Interval SOURCE_INTERVAL = new Interval(6, 12, TimeUnit.MONTH);

  /**
   * The source lines the figure's sentence cites, each {source, line, the words on it}: 003 line
   * 195 and 000 line 89 (ShippedTablesTest checks the words against the lines).
   */
  public static final String[][] CITES = {
    {"003", "195", "その後は、効果維持のために半年〜1年に1回程度のメンテナンスを継続します"},
    {"000", "89", "継続して施術を受ける場合、かなりの費用負担になる可能性がある"}
  };

  /** At the price per session the plan uses. */
  public static FurtherYear of(Plan plan) {
    return of(plan, plan.price().perSession());
  }

  /** At a given price per session (a quote's: the clinic's single session as the patient pays it). */
  public static FurtherYear of(Plan plan, MoneyRange unit) {
    Optional<Interval> own = plan.phases().stream()
        .filter(p -> p.kind() == PhaseKind.MAINTENANCE && p.sessions().high() > 0)
        .flatMap(p -> p.every().stream())
        .findFirst();
    Interval every = own.orElse(SOURCE_INTERVAL);
    int perYear = every.unit() == TimeUnit.MONTH ? 12 : 52;
    CountRange sessions = new CountRange(perYear / every.high(), perYear / every.low());
    return new FurtherYear(every, own.isPresent(), sessions, Planner.cost(sessions, unit));
  }
}
