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

  /**
   * The record's own form, {@code PlanRequest[method=…, protocolId=…, …]}, written out: the
   * generated one is linked at its first call by an invokedynamic bootstrap that costs a short run
   * milliseconds. A quote's number hashes this text, so it must not change: RecordMethodsTest
   * checks it against the record's components.
   */
  @Override
  public String toString() {
    return "PlanRequest[method=" + method + ", protocolId=" + protocolId + ", intensive=" + intensive
        + ", maintenance=" + maintenance + ", maintenanceEvery=" + maintenanceEvery
        + ", months=" + months + ", price=" + price + ", sourceId=" + sourceId
        + ", start=" + start + "]";
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

  /** A request built field by field; an unset (or null) field stays empty. */
  public static Builder builder(Method method) {
    return new Builder(method);
  }

  /** Names each field, so no caller lines up nine positional arguments. */
  public static final class Builder {
    private final Method method;
    private String protocolId;
    private CountRange intensive;
    private CountRange maintenance;
    private Interval maintenanceEvery;
    private Integer months;
    private PriceRange price;
    private String sourceId;
    private LocalDate start;

    private Builder(Method method) {
      this.method = Objects.requireNonNull(method, "method");
    }

    public Builder protocol(String id) {
      this.protocolId = id;
      return this;
    }

    public Builder intensive(CountRange sessions) {
      this.intensive = sessions;
      return this;
    }

    public Builder maintenance(CountRange sessions) {
      this.maintenance = sessions;
      return this;
    }

    public Builder maintenanceEvery(Interval interval) {
      this.maintenanceEvery = interval;
      return this;
    }

    public Builder months(Integer window) {
      this.months = window;
      return this;
    }

    public Builder price(PriceRange perSession) {
      this.price = perSession;
      return this;
    }

    public Builder source(String id) {
      this.sourceId = id;
      return this;
    }

    public Builder start(LocalDate first) {
      this.start = first;
      return this;
    }

    public PlanRequest build() {
      return new PlanRequest(method, Optional.ofNullable(protocolId), Optional.ofNullable(intensive),
          Optional.ofNullable(maintenance), Optional.ofNullable(maintenanceEvery),
          Optional.ofNullable(months), Optional.ofNullable(price), Optional.ofNullable(sourceId),
          Optional.ofNullable(start));
    }
  }
}
