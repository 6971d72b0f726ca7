package dev.exoplan.domain.plan;

import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.PriceRange;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a plan is asked for, independent of how it was asked (command line or batch line). Every
 * field but the method is optional; the planner fills in the protocol's figures.
 */
public record PlanRequest(
    Method method,
    Optional<String> protocolId,
    Optional<CountRange> intensive,
    Optional<CountRange> maintenance,
    Optional<Interval> maintenanceEvery,
    Optional<Integer> months,
    Optional<PriceRange> price,
    Optional<String> sourceId,
    Optional<LocalDate> start) {

  public PlanRequest {
    Objects.requireNonNull(method, "method");
  }

  public static PlanRequest of(Method method) {
    return new PlanRequest(
        method,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
