package dev.exoplan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.plan.Phase;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.plan.Planner;
import dev.exoplan.domain.value.PriceRange;
import dev.exoplan.domain.plan.ScheduledSession;
import dev.exoplan.domain.value.TimeUnit;
import dev.exoplan.pricing.PricingLoader;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Properties of the one timeline (issue 10), over random plans on the shipped tables.
 *
 * <ul>
 *   <li>The dated schedule: as many sessions as the high plan and as many non-optional ones as the
 *       low plan, numbered in date order (earliest and latest dates never go back), earliest ≤
 *       latest, every date on or after the start and, when a phase was counted over a window, before
 *       its end; with only monthly intervals every date is the start's day of the month (clamped),
 *       never drifting after a short month; and the counts are the same with and without a start.
 *   <li>Ranges are monotone: the low end of a range plan (sessions and cost) is the plan at the low
 *       ends (low counts, the longest maintenance interval, the low price), the high end the plan at
 *       the high ends.
 * </ul>
 */
class ScheduleFuzzTest {
  static final Catalog MARKET = PricingLoader.shipped();
  static final String[] PROTOCOLS = {"003-standard", "004-beauty", "004-aga", "001-regular"};

  @FuzzTest(maxDuration = "10s")
  void schedulesStayInTheirWindowAndRangesAreTheirEnds(FuzzedDataProvider data) {
    Method method = data.pickValue(Method.values());
    Optional<String> protocol =
        data.consumeBoolean() ? Optional.of(data.pickValue(PROTOCOLS)) : Optional.empty();
    Optional<CountRange> intensive =
        data.consumeBoolean() ? Optional.of(count(data)) : Optional.empty();
    Optional<CountRange> maintenance = Optional.empty();
    Optional<Interval> every = Optional.empty();
    switch (data.consumeInt(0, 2)) {
      case 0 -> maintenance = Optional.of(count(data));
      case 1 -> {
        int a = data.consumeInt(1, 40);
        every = Optional.of(new Interval(a, data.consumeInt(a, 60),
            data.consumeBoolean() ? TimeUnit.MONTH : TimeUnit.WEEK));
      }
      default -> { }
    }
    Optional<Integer> months =
        data.consumeBoolean() ? Optional.of(data.consumeInt(1, 130)) : Optional.empty();
    long low = data.consumeLong(0, 1_000_000);
    PriceRange price =
        PriceRange.of(Money.yen(low), Money.yen(data.consumeLong(low, 2_000_000)));
    Optional<LocalDate> start = Optional.of(LocalDate.of(2026, 1, 1)
        .plusDays(data.consumeInt(0, 3 * 366)));
    PlanRequest request = new PlanRequest(method, protocol, intensive, maintenance, every, months,
        Optional.of(price), Optional.empty(), start);

    Plan plan;
    try {
      plan = Planner.plan(MARKET, request);
    } catch (DomainException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    schedule(plan, start.get(), months);

    // the same counts without a start date whenever only months are involved
    if (monthsOnly(plan)) {
      Plan undated = Planner.plan(MARKET, new PlanRequest(method, protocol, intensive, maintenance,
          every, months, Optional.of(price), Optional.empty(), Optional.empty()));
      assertThat(undated.sessions()).isEqualTo(plan.sessions());
    }

    // the low end is the plan at the low ends, the high end the plan at the high ends
    PlanRequest atLowEnds = new PlanRequest(method, protocol,
        intensive.map(c -> CountRange.of(c.low())), maintenance.map(c -> CountRange.of(c.low())),
        every.map(i -> Interval.of(i.high(), i.unit())), months,
        Optional.of(PriceRange.point(price.low())), Optional.empty(), start);
    if (plan.sessions().low() == 0) {
      // a plan of no sessions is refused on its own; the range's low end is then 0 sessions, ¥0
      assertThat(plan.total().low().minor()).isZero();
      assertThatThrownBy(() -> Planner.plan(MARKET, atLowEnds)).isInstanceOf(DomainException.class);
      return;
    }
    Plan lowEnds = Planner.plan(MARKET, atLowEnds);
    Plan highEnds = Planner.plan(MARKET, new PlanRequest(method, protocol,
        intensive.map(c -> CountRange.of(c.high())), maintenance.map(c -> CountRange.of(c.high())),
        every.map(i -> Interval.of(i.low(), i.unit())), months,
        Optional.of(PriceRange.point(price.high())), Optional.empty(), start));
    assertThat(plan.sessions().low()).isEqualTo(lowEnds.sessions().low());
    assertThat(plan.total().low()).isEqualTo(lowEnds.total().low());
    assertThat(plan.sessions().high()).isEqualTo(highEnds.sessions().high());
    assertThat(plan.total().high()).isEqualTo(highEnds.total().high());
  }

  private static CountRange count(FuzzedDataProvider data) {
    int low = data.consumeInt(0, 12);
    return new CountRange(low, data.consumeInt(low, 14));
  }

  private static boolean monthsOnly(Plan plan) {
    return plan.phases().stream().allMatch(
        ph -> ph.every().map(i -> i.unit() == TimeUnit.MONTH).orElse(true));
  }

  private static void schedule(Plan plan, LocalDate start, Optional<Integer> months) {
    assertThat(plan.schedule()).hasSize(plan.sessions().high());
    assertThat(plan.schedule().stream().filter(s -> !s.optional()).count())
        .isEqualTo(plan.sessions().low());
    Optional<LocalDate> end = plan.phases().stream().map(Phase::windowMonths)
        .flatMap(Optional::stream).findFirst().map(start::plusMonths);
    LocalDate lastEarliest = start;
    LocalDate lastLatest = start;
    int number = 0;
    for (ScheduledSession s : plan.schedule()) {
      assertThat(s.number()).isEqualTo(++number);
      assertThat(s.earliest().isPresent()).isEqualTo(s.latest().isPresent());
      if (s.earliest().isEmpty()) {
        continue;
      }
      LocalDate e = s.earliest().get();
      LocalDate l = s.latest().get();
      assertThat(e).isAfterOrEqualTo(start).isAfterOrEqualTo(lastEarliest);
      assertThat(l).isAfterOrEqualTo(e).isAfterOrEqualTo(lastLatest);
      end.ifPresent(x -> assertThat(l).as("session %d inside the window", s.number()).isBefore(x));
      if (monthsOnly(plan)) {
        // a latest date may be the window's last day: "by then, if at all"; issue 18: also the
        // last day of the first --months (12) of a count given for a phase the protocol counts
        // over them (003's maintenance, two sessions in the first year)
        LocalDate lastDay = end.orElse(start.plusMonths(months.orElse(12))).minusDays(1);
        boolean byTheEnd = l.equals(lastDay);
        for (LocalDate d : byTheEnd ? new LocalDate[] {e} : new LocalDate[] {e, l}) {
          int day = Math.min(start.getDayOfMonth(), d.lengthOfMonth());
          assertThat(d.getDayOfMonth()).as("no month-end drift: %s from %s", d, start).isEqualTo(day);
        }
      }
      lastEarliest = e;
      lastLatest = l;
    }
  }
}
