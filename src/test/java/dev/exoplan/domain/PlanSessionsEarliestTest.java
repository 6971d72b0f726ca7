package dev.exoplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.plan.PlanSessions;
import dev.exoplan.domain.plan.Planner;
import dev.exoplan.domain.plan.ScheduledSession;
import dev.exoplan.domain.purchase.Sessions;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.PriceRange;
import dev.exoplan.domain.value.TimeUnit;
import dev.exoplan.pricing.PricingLoader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: the dates a quote charges a fee again after a lapse by are the dated schedule's: the
 * full plan's sessions at their latest dates (PlanSessions.of) and at their earliest dates
 * (PlanSessions.earliest) are the schedule's latest and earliest dates, session by session.
 */
class PlanSessionsEarliestTest {
  static final Catalog SHIPPED = PricingLoader.shipped();
  static final LocalDate START = LocalDate.of(2026, 12, 1);

  static List<LocalDate> dates(Sessions s) {
    List<LocalDate> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      out.add(s.date(i));
    }
    return out;
  }

  @Test
  void earliestAndLatestAreTheDatedSchedules() {
    // intensive 3, maintenance every 4-8 months over 24 months: the schedule's ends differ
    Plan p = Planner.plan(SHIPPED, new PlanRequest(Method.IV, Optional.empty(),
        Optional.of(CountRange.of(3)), Optional.empty(),
        Optional.of(new Interval(4, 8, TimeUnit.MONTH)), Optional.of(24),
        Optional.of(PriceRange.point(Money.yen(100_000))), Optional.empty(), Optional.of(START)));
    List<LocalDate> earliest = p.schedule().stream().map(ScheduledSession::earliest)
        .map(Optional::orElseThrow).toList();
    List<LocalDate> latest = p.schedule().stream().map(ScheduledSession::latest)
        .map(Optional::orElseThrow).toList();
    assertThat(dates(PlanSessions.earliest(p, true, START))).isEqualTo(earliest);
    // the latest dates of the sessions the minimum plan has (the schedule's others are "by" the
    // window's end)
    List<LocalDate> late = dates(PlanSessions.of(p, true, START));
    assertThat(late.subList(0, 6)).isEqualTo(latest.subList(0, 6));
    assertThat(late.get(4)).isEqualTo(LocalDate.of(2028, 1, 1)); // session 5: 2027-05-01 + 8 months
    assertThat(earliest.get(4)).isEqualTo(LocalDate.of(2027, 9, 1)); // + 4 months
  }
}
