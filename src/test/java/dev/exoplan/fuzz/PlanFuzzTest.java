package dev.exoplan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.MoneyRange;
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
 * Random plans over the shipped tables (any method, protocol, source, counts, intervals, windows,
 * prices up to the largest amounts, start dates): a plan is refused only with a DomainException
 * (overflow, a protocol for another method…); one that is computed has low ≤ typical ≤ high
 * everywhere, phases that add up to the total figure by figure, a schedule of as many sessions as
 * the plan's high count in date order — and a plan with more sessions, or a higher price, never
 * costs less (unless a counted phase is denser than the one before it: on one timeline, more
 * sessions of the earlier phase leave less of the window to the later one).
 */
class PlanFuzzTest {
  static final Catalog MARKET = PricingLoader.shipped();
  static final String[] PROTOCOLS = {"003-standard", "004-beauty", "004-aga", "001-regular", "none"};
  static final String[] SOURCES = {"000", "001", "002", "003", "004", "009"};

  @FuzzTest(maxDuration = "10s")
  void plansAddUpAndGrowWithTheirInputs(FuzzedDataProvider data) {
    Method method = data.pickValue(Method.values());
    Optional<String> protocol =
        data.consumeBoolean() ? Optional.of(data.pickValue(PROTOCOLS)) : Optional.empty();
    Optional<CountRange> intensive = data.consumeBoolean() ? Optional.of(count(data)) : Optional.empty();
    Optional<CountRange> maintenance = Optional.empty();
    Optional<Interval> every = Optional.empty();
    Optional<Integer> months = Optional.empty();
    switch (data.consumeInt(0, 2)) {
      case 0 -> maintenance = Optional.of(count(data));
      case 1 -> {
        int a = data.consumeInt(0, 620);
        int b = data.consumeInt(a, 620);
        TimeUnit unit = data.consumeBoolean() ? TimeUnit.MONTH : TimeUnit.WEEK;
        try {
          every = Optional.of(new Interval(a, b, unit));
        } catch (DomainException e) {
          assertThat(a).isZero(); // the only interval refused: none between sessions
          return;
        }
      }
      default -> { }
    }
    if (data.consumeBoolean()) {
      months = Optional.of(data.consumeInt(-1, 1300));
    }
    Optional<PriceRange> price = Optional.empty();
    if (data.consumeBoolean()) {
      long low = data.consumeLong(0, data.consumeBoolean() ? Long.MAX_VALUE : 10_000_000);
      long high = data.consumeLong(low, data.consumeBoolean() ? Long.MAX_VALUE : Math.max(low, 10_000_000));
      Optional<Money> typical =
          data.consumeBoolean() ? Optional.of(Money.yen(data.consumeLong(low, high))) : Optional.empty();
      price = Optional.of(new PriceRange(Money.yen(low), Money.yen(high), typical));
    }
    Optional<String> source = data.consumeBoolean() ? Optional.of(data.pickValue(SOURCES)) : Optional.empty();
    Optional<LocalDate> start = data.consumeBoolean()
        ? Optional.of(LocalDate.ofEpochDay(data.consumeLong(-400_000, 2_900_000))) : Optional.empty();
    PlanRequest request = new PlanRequest(method, protocol, intensive, maintenance, every, months,
        price, source, start);

    Plan plan;
    try {
      plan = Planner.plan(MARKET, request);
    } catch (DomainException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    check(plan);

    // more sessions in a phase given by count, or a higher price: never a lower cost
    int more = data.consumeInt(1, 50);
    PlanRequest bigger = new PlanRequest(method, protocol,
        intensive.map(c -> new CountRange(c.low() + more, c.high() + more)),
        maintenance.map(c -> new CountRange(c.low() + more, c.high() + more)),
        every, months,
        price.map(p -> raise(p, data.consumeLong(0, Math.min(1_000_000, Long.MAX_VALUE - p.high().minor())))),
        source, start);
    Plan grown;
    try {
      grown = Planner.plan(MARKET, bigger);
    } catch (DomainException e) {
      // more intensive sessions can also make a later phase's start depend on the count (issue 10)
      assertThat(dev.exoplan.Said.en(e)).containsAnyOf("too large", "depends on how many", "not every session falls within");
      return;
    }
    check(grown);
    if (crowdsOut(plan)) {
      return; // on one timeline, more sessions of a phase can leave less room for a denser next one
    }
    notLess(grown.total(), plan.total());
    assertThat(grown.sessions().low()).isGreaterThanOrEqualTo(plan.sessions().low());
    assertThat(grown.sessions().high()).isGreaterThanOrEqualTo(plan.sessions().high());
  }

  /** Whether a phase counted over the window can be more frequent than the phase before it. */
  private static boolean crowdsOut(Plan plan) {
    for (int i = 1; i < plan.phases().size(); i++) {
      Phase later = plan.phases().get(i);
      Optional<Interval> before = plan.phases().get(i - 1).every();
      if (later.windowMonths().isPresent() && before.isPresent()
          && days(later.every().orElseThrow(), false) < days(before.get(), true)) {
        return true;
      }
    }
    return false;
  }

  private static long days(Interval i, boolean longest) {
    return i.unit() == TimeUnit.WEEK
        ? 7L * (longest ? i.high() : i.low())
        : (longest ? 31L * i.high() : 28L * i.low());
  }

  private static CountRange count(FuzzedDataProvider data) {
    int max = data.consumeBoolean() ? 100_000 : 30;
    int low = data.consumeInt(0, max);
    return new CountRange(low, data.consumeInt(low, max));
  }

  private static PriceRange raise(PriceRange p, long by) {
    long low = Math.addExact(p.low().minor(), by);
    long high = Math.addExact(p.high().minor(), by);
    return new PriceRange(Money.yen(low), Money.yen(high),
        p.typical().map(t -> Money.yen(Math.addExact(t.minor(), by))));
  }

  private static void check(Plan plan) {
    MoneyRange sum = null;
    int low = 0;
    int high = 0;
    for (Phase phase : plan.phases()) {
      ordered(phase.unitPrice());
      ordered(phase.cost());
      assertThat(phase.cost()).isEqualTo(Planner.cost(phase.sessions(), phase.unitPrice()));
      sum = sum == null ? phase.cost() : sum.plus(phase.cost());
      low += phase.sessions().low();
      high += phase.sessions().high();
    }
    ordered(plan.total());
    if (sum != null) {
      assertThat(plan.total().low()).isEqualTo(sum.low());
      assertThat(plan.total().typical()).isEqualTo(sum.typical());
      assertThat(plan.total().high()).isEqualTo(sum.high());
    }
    assertThat(plan.sessions()).isEqualTo(new CountRange(low, high));
    if (plan.start().isPresent()) {
      LocalDate start = plan.start().get();
      assertThat(plan.schedule()).hasSize(plan.sessions().high());
      int number = 0;
      int optional = 0;
      for (ScheduledSession s : plan.schedule()) {
        assertThat(s.number()).isEqualTo(++number);
        optional += s.optional() ? 1 : 0;
        s.earliest().ifPresent(e -> assertThat(e).isAfterOrEqualTo(start));
        if (s.earliest().isPresent() && s.latest().isPresent()) {
          assertThat(s.latest().get()).isAfterOrEqualTo(s.earliest().get());
        }
      }
      assertThat(optional).isEqualTo(high - low);
    } else {
      assertThat(plan.schedule()).isEmpty();
    }
  }

  private static void ordered(MoneyRange r) {
    assertThat(r.low().isNegative()).isFalse();
    assertThat(r.low()).isLessThanOrEqualTo(r.typical());
    assertThat(r.typical()).isLessThanOrEqualTo(r.high());
  }

  private static void notLess(MoneyRange bigger, MoneyRange smaller) {
    assertThat(bigger.low()).isGreaterThanOrEqualTo(smaller.low());
    assertThat(bigger.typical()).isGreaterThanOrEqualTo(smaller.typical());
    assertThat(bigger.high()).isGreaterThanOrEqualTo(smaller.high());
  }
}
