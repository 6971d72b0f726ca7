package dev.exoplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.plan.FurtherYear;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.plan.PlanSessions;
import dev.exoplan.domain.plan.Planner;
import dev.exoplan.domain.plan.ScheduledSession;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.PriceRange;
import dev.exoplan.domain.value.TimeUnit;
import dev.exoplan.pricing.PricingLoader;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, finding 18: {@code --start} is the first session's date whichever phase it is in, and a
 * count given for 003's maintenance is dated in the first year, as 003 counts it (lines 113–114);
 * finding 12: each further year of maintenance has a figure from the plan's own prices.
 */
class PlanStartTest {
  static final Catalog SHIPPED = PricingLoader.shipped();
  static final LocalDate START = LocalDate.of(2026, 1, 31);

  static Plan plan(Optional<CountRange> intensive, Optional<CountRange> maintenance) {
    return Planner.plan(SHIPPED, new PlanRequest(Method.IV, Optional.empty(), intensive,
        maintenance, Optional.empty(), Optional.empty(),
        Optional.of(PriceRange.point(Money.yen(100_000))), Optional.empty(), Optional.of(START)));
  }

  @Test
  void withNoIntensiveSessionTheFirstSessionIsOnTheStartDate() {
    Plan p = plan(Optional.of(CountRange.of(0)), Optional.empty());
    ScheduledSession first = p.schedule().get(0);
    assertThat(first.earliest()).contains(START); // was 2026-06-30, month 6
    assertThat(first.latest()).contains(START);
    assertThat(p.sessions()).isEqualTo(new CountRange(1, 2));
    assertThat(p.schedule().get(1).earliest()).contains(LocalDate.of(2026, 7, 31));
    // the purchase planner dates the sessions alike: the first on the start date
    assertThat(PlanSessions.of(p, true, START).visits().get(0).day()).isZero();
  }

  @Test
  void twoMaintenanceSessionsGivenAreBothInTheFirstYearAs003CountsThem() {
    Plan p = plan(Optional.of(CountRange.of(5)), Optional.of(CountRange.of(2)));
    assertThat(p.schedule()).hasSize(7);
    ScheduledSession seventh = p.schedule().get(6);
    assertThat(seventh.earliest()).contains(LocalDate.of(2026, 12, 31));
    assertThat(seventh.latest()).contains(LocalDate.of(2027, 1, 30)); // was 2027-06-30, month 18
    assertThat(p.total().high().minor()).isEqualTo(700_000); // 003 line 114: 約70万円
  }

  @Test
  void eachFurtherYearOfMaintenanceIsItsSessionsAtThePlansPrice() {
    FurtherYear y = FurtherYear.of(plan(Optional.empty(), Optional.empty()));
    assertThat(y.every()).isEqualTo(new Interval(6, 12, TimeUnit.MONTH));
    assertThat(y.planInterval()).isTrue();
    assertThat(y.sessions()).isEqualTo(new CountRange(1, 2));
    assertThat(y.cost().low().minor()).isEqualTo(100_000);
    assertThat(y.cost().high().minor()).isEqualTo(200_000); // 003 line 113: 維持期1年目 20万円
    Plan aga = Planner.plan(SHIPPED, new PlanRequest(Method.SCALP, Optional.of("004-aga"),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(PriceRange.point(Money.yen(50_000))), Optional.empty(), Optional.empty()));
    FurtherYear none = FurtherYear.of(aga); // 004-aga has no maintenance: 003's 6–12 months
    assertThat(none.planInterval()).isFalse();
    assertThat(none.every()).isEqualTo(FurtherYear.SOURCE_INTERVAL);
    assertThat(none.cost().high().minor()).isEqualTo(100_000);
    Plan regular = Planner.plan(SHIPPED, new PlanRequest(Method.IV, Optional.of("001-regular"),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(PriceRange.point(Money.yen(10_000))), Optional.empty(), Optional.empty()));
    assertThat(FurtherYear.of(regular).sessions()).isEqualTo(new CountRange(17, 26)); // 52 / 3..2
  }
}
