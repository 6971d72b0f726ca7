package dev.exoplan.domain;

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
        .hasMessageContaining("runs past the last date there is");
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
    // first maintenance: 6 months after the 3rd session at the earliest, 12 after the 5th at the latest
    assertThat(s.get(5).earliest()).contains(LocalDate.of(2027, 8, 1));
    assertThat(s.get(5).latest()).contains(LocalDate.of(2028, 4, 1));
    assertThat(s.get(6).optional()).isTrue();
  }

  @Test
  void protocolsAndSourcesMustExistAndFit() {
    PlanRequest unknown = new PlanRequest(Method.IV, Optional.of("nope"), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
    assertThatThrownBy(() -> Planner.plan(SHIPPED, unknown))
        .hasMessageStartingWith("unknown protocol 'nope': expected one of 003-standard");
    PlanRequest aga = new PlanRequest(Method.IV, Optional.of("004-aga"), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
    assertThatThrownBy(() -> Planner.plan(SHIPPED, aga))
        .hasMessage("protocol 004-aga is for scalp, not iv");
  }
}
