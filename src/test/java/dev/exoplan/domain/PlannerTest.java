package dev.exoplan.domain;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.Protocol;
import dev.exoplan.domain.compare.CompareRequest;
import dev.exoplan.domain.compare.Comparison;
import dev.exoplan.domain.compare.Comparisons;
import dev.exoplan.domain.plan.Phase;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.plan.Planner;
import dev.exoplan.domain.plan.PriceChoice;
import dev.exoplan.domain.plan.ScheduledSession;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.PriceRange;
import dev.exoplan.domain.value.TimeUnit;

import dev.exoplan.Said;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exoplan.pricing.PricingLoader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlannerTest {
  static final Catalog SHIPPED = PricingLoader.shipped();

  static PlanRequest iv() {
    return PlanRequest.of(Method.IV);
  }

  static PlanRequest with(PlanRequest r, Optional<CountRange> intensive,
      Optional<CountRange> maintenance, Optional<PriceRange> price) {
    return new PlanRequest(r.method(), r.protocolId(), intensive, maintenance, r.maintenanceEvery(),
        r.months(), price, r.sourceId(), r.start());
  }

  @Test
  void aScheduleThatRunsPastTheLastDateIsRefused() {
    // 003's intensive phase is monthly: the third session would fall after LocalDate.MAX
    PlanRequest r = new PlanRequest(Method.IV, Optional.empty(), Optional.of(CountRange.of(3)),
        Optional.of(CountRange.of(0)), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.of(LocalDate.MAX.minusMonths(1)));
    assertThatThrownBy(() -> Planner.plan(SHIPPED, r))
        .isInstanceOf(DomainException.class)
        .satisfies(e -> assertThat(Said.en(e)).contains("runs past 9999-12-31"));
  }

  @Test
  void aScheduleThatRunsPastTheYear9999IsRefusedToo() {
    // issue 22: the third monthly session from 9999-11-01 would be +10000-01-01
    PlanRequest r = PlanRequest.builder(Method.IV).intensive(CountRange.of(3))
        .maintenance(CountRange.of(0)).start(LocalDate.of(9999, 11, 1)).build();
    assertThatThrownBy(() -> Planner.plan(SHIPPED, r))
        .isInstanceOf(DomainException.class)
        .satisfies(e -> assertThat(Said.en(e)).isEqualTo(
            "the schedule from 9999-11-01 runs past 9999-12-31, the last date exoplan prints:"
                + " give an earlier --start"));
  }

  @Test
  void theWorkedExampleOf003Holds() {
    Plan p = Planner.plan(SHIPPED, with(iv(), Optional.of(CountRange.of(5)),
        Optional.of(CountRange.of(2)), Optional.of(PriceRange.point(Money.yen(100_000)))));
    assertThat(p.phases()).extracting(ph -> ph.cost().low())
        .containsExactly(Money.yen(500_000), Money.yen(200_000));
    assertThat(p.total().low()).isEqualTo(Money.yen(700_000));
    assertThat(p.total().high()).isEqualTo(Money.yen(700_000));
  }

  @Test
  void aRangePlanMultipliesBounds() {
    Plan p = Planner.plan(SHIPPED, with(iv(), Optional.of(new CountRange(3, 5)),
        Optional.of(new CountRange(1, 2)),
        Optional.of(PriceRange.of(Money.yen(50_000), Money.yen(200_000)))));
    assertThat(p.total().low()).isEqualTo(Money.yen(200_000));
    assertThat(p.total().high()).isEqualTo(Money.yen(1_400_000));
    // typical: 125,000 × 4 + 125,000 × 1.5
    assertThat(p.total().typical()).isEqualTo(Money.yen(687_500));
  }

  @Test
  void theDefaultPlanIs003sProtocolOverTwelveMonthsAtTheMarketEnvelope() {
    Plan p = Planner.plan(SHIPPED, iv());
    assertThat(p.protocol().map(Protocol::id)).contains("003-standard");
    assertThat(p.phases()).extracting(Phase::sessions)
        .containsExactly(new CountRange(3, 5), new CountRange(1, 2));
    assertThat(p.price().origin()).isEqualTo(PriceChoice.Origin.MARKET);
    assertThat(p.price().sourceIds()).containsExactly("000", "003", "004");
    assertThat(p.total().low()).isEqualTo(Money.yen(120_000));
    assertThat(p.total().high()).isEqualTo(Money.yen(3_500_000));
  }

  @Test
  void phaseCostsAlwaysAddUpToTheTotal() {
    for (Method m : Method.values()) {
      Plan p = Planner.plan(SHIPPED, PlanRequest.of(m));
      Money low = Money.yen(0);
      Money typical = Money.yen(0);
      Money high = Money.yen(0);
      for (Phase ph : p.phases()) {
        low = low.plus(ph.cost().low());
        typical = typical.plus(ph.cost().typical());
        high = high.plus(ph.cost().high());
      }
      assertThat(List.of(low, typical, high))
          .containsExactly(p.total().low(), p.total().typical(), p.total().high());
    }
  }

  @Test
  void theScheduleGivesEarliestAndLatestDatesAndMarksOptionalSessions() {
    PlanRequest r = new PlanRequest(Method.IV, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(LocalDate.of(2026, 12, 1)));
    List<ScheduledSession> s = Planner.plan(SHIPPED, r).schedule();
    assertThat(s).hasSize(7);
    assertThat(s.get(0).earliest()).contains(LocalDate.of(2026, 12, 1));
    assertThat(s.get(3).optional()).isTrue();
    // 003 line 150: maintenance opens in month 6 of the plan, whatever the intensive count
    assertThat(s.get(5).earliest()).contains(LocalDate.of(2027, 5, 1));
    assertThat(s.get(5).latest()).contains(LocalDate.of(2027, 5, 1));
    // the second is in month 12 if the interval is 6 months, otherwise not within the 12 months
    assertThat(s.get(6).earliest()).contains(LocalDate.of(2027, 11, 1));
    assertThat(s.get(6).latest()).contains(LocalDate.of(2027, 11, 30));
    assertThat(s.get(6).optional()).isTrue();
  }

  @Test
  void theDefaultIs003sFirstYearWhoseHighEndIsItsWorkedExample() {
    // 003 lines 112-114 and 147-150: 5 intensive (months 1-5), maintenance in months 6 and 12
    Plan p = Planner.plan(SHIPPED, with(iv(), Optional.of(CountRange.of(5)), Optional.empty(),
        Optional.of(PriceRange.point(Money.yen(100_000)))));
    assertThat(p.phases()).extracting(Phase::sessions)
        .containsExactly(CountRange.of(5), new CountRange(1, 2));
    assertThat(p.total().low()).isEqualTo(Money.yen(600_000));
    assertThat(p.total().high()).isEqualTo(Money.yen(700_000));
  }

  @Test
  void planAndCompareCountTheSameSessionsFor003OverTheSameWindow() {
    for (int months = 1; months <= 60; months++) {
      PlanRequest r = new PlanRequest(Method.IV, Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.of(months), Optional.empty(),
          Optional.empty(), Optional.empty());
      CountRange plan = Planner.plan(SHIPPED, r).sessions();
      Comparison c = Comparisons.compare(SHIPPED,
          new CompareRequest(months, Optional.of(Method.IV), Optional.empty()));
      CountRange compared = c.rows().stream()
          .filter(row -> row.kind() == Comparison.Kind.EXOSOME_PROTOCOL)
          .findFirst().orElseThrow().sessions().orElseThrow();
      assertThat(compared).as("%d months", months).isEqualTo(plan);
    }
  }

  @Test
  void theLowEndOfARangeIsThePlanAtTheLowEnds() {
    // issue 10: --intensive 0..5 --maintenance-every 5w --months 12 had a low end of 10, below 11;
    // issue 18: with no intensive session the first session is maintenance's, in month 1, so a
    // range from 0 makes maintenance's opening depend on the count and is refused; from 1 it holds
    PlanRequest zero = new PlanRequest(Method.IV, Optional.empty(),
        Optional.of(new CountRange(0, 5)), Optional.empty(),
        Optional.of(Interval.of(5, TimeUnit.WEEK)), Optional.of(12),
        Optional.of(PriceRange.point(Money.yen(1000))), Optional.empty(), Optional.empty());
    assertThatThrownBy(() -> Planner.plan(SHIPPED, zero)).isInstanceOf(DomainException.class)
        .hasMessageContaining("domain.start.depends");
    PlanRequest range = new PlanRequest(Method.IV, Optional.empty(),
        Optional.of(new CountRange(1, 5)), Optional.empty(), zero.maintenanceEvery(),
        zero.months(), zero.price(), Optional.empty(), Optional.empty());
    PlanRequest one = new PlanRequest(Method.IV, Optional.empty(), Optional.of(CountRange.of(1)),
        Optional.empty(), range.maintenanceEvery(), range.months(), range.price(),
        Optional.empty(), Optional.empty());
    PlanRequest five = new PlanRequest(Method.IV, Optional.empty(), Optional.of(CountRange.of(5)),
        Optional.empty(), range.maintenanceEvery(), range.months(), range.price(),
        Optional.empty(), Optional.empty());
    Plan r = Planner.plan(SHIPPED, range);
    assertThat(r.sessions().low()).isEqualTo(Planner.plan(SHIPPED, one).sessions().low());
    assertThat(r.sessions().high()).isEqualTo(Planner.plan(SHIPPED, five).sessions().high());
    assertThat(r.sessions()).isEqualTo(new CountRange(8, 12));
  }

  @Test
  void monthEndsDoNotDriftTheDatesAreCountedFromTheStart() {
    PlanRequest r = new PlanRequest(Method.IV, Optional.empty(), Optional.of(CountRange.of(5)),
        Optional.of(CountRange.of(0)), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of(LocalDate.of(2026, 12, 31)));
    assertThat(Planner.plan(SHIPPED, r).schedule()).extracting(x -> x.earliest().orElseThrow())
        .containsExactly(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 31),
            LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 30));
  }

  @Test
  void aPhaseWhoseStartDependsOnAnEarlierCountIsRefusedWithAWayOut() {
    // 004-aga has no maintenance phase: one added after 6..8 sessions would start at 6 or 8 months
    PlanRequest r = new PlanRequest(Method.SCALP, Optional.of("004-aga"), Optional.empty(),
        Optional.empty(), Optional.of(Interval.of(3, TimeUnit.MONTH)), Optional.of(24),
        Optional.empty(), Optional.empty(), Optional.empty());
    assertThatThrownBy(() -> Planner.plan(SHIPPED, r))
        .satisfies(e -> assertThat(Said.en(e)).contains("give --intensive one number"));
    PlanRequest single = new PlanRequest(Method.SCALP, Optional.of("004-aga"),
        Optional.of(CountRange.of(6)), Optional.empty(), r.maintenanceEvery(), r.months(),
        Optional.empty(), Optional.empty(), Optional.empty());
    // 6 monthly, then every 3 months from month 7: months 7, 10, 13, 16, 19, 22
    assertThat(Planner.plan(SHIPPED, single).phases()).extracting(Phase::sessions)
        .containsExactly(CountRange.of(6), CountRange.of(6));
  }

  @Test
  void protocolsAndSourcesMustExistAndFit() {
    PlanRequest unknown = new PlanRequest(Method.IV, Optional.of("nope"), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
    assertThatThrownBy(() -> Planner.plan(SHIPPED, unknown))
        .satisfies(e -> assertThat(Said.en(e)).startsWith("unknown protocol 'nope': expected one of 003-standard"));
    PlanRequest aga = new PlanRequest(Method.IV, Optional.of("004-aga"), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
    assertThatThrownBy(() -> Planner.plan(SHIPPED, aga))
        .satisfies(e -> assertThat(Said.en(e)).isEqualTo("protocol 004-aga is for scalp, not iv"));
  }
}
