package dev.exoplan.cli;

import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.Method;
import picocli.CommandLine.Option;

/**
 * The plan's shape, as plan, clinics and quote take it: the protocol and what overrides its
 * figures. The descriptions here are clinics' and quote's; plan's fuller ones are in
 * {@code help_en.properties} (and every command's Japanese ones in {@code help_ja.properties}).
 */
final class PlanShape {
  @Option(names = "--protocol", paramLabel = "ID", description = "as for plan (default 003-standard)")
  String protocol;

  @Option(names = "--intensive", paramLabel = "A..B", converter = Converters.CountConverter.class,
      description = "sessions in the intensive phase")
  CountRange intensive;

  @Option(names = "--maintenance", paramLabel = "A..B", converter = Converters.CountConverter.class,
      description = "sessions in the maintenance phase")
  CountRange maintenance;

  @Option(names = "--maintenance-every", paramLabel = "A..B(m|w)",
      converter = Converters.IntervalConverter.class, description = "maintenance interval")
  Interval maintenanceEvery;

  @Option(names = "--months", paramLabel = "N", converter = Converters.MonthsConverter.class,
      description = "window for a phase with only an interval (default 12)")
  Integer months;

  /**
   * The shape read from option values as the lean path holds them (keyed by the long name, such as
   * {@code --intensive}), with the converters' parsers; a DomainException for a bad value.
   */
  static PlanShape read(java.util.Map<String, String> values) {
    PlanShape s = new PlanShape();
    s.protocol = values.get("--protocol");
    String v = values.get("--intensive");
    s.intensive = v == null ? null : CountRange.parse(v);
    v = values.get("--maintenance");
    s.maintenance = v == null ? null : CountRange.parse(v);
    v = values.get("--maintenance-every");
    s.maintenanceEvery = v == null ? null : Interval.parse(v);
    v = values.get("--months");
    s.months = v == null ? null : dev.exoplan.domain.value.Months.parse(v);
    return s;
  }

  /** A request for this shape by {@code method}; the caller adds its start, price and source. */
  PlanRequest.Builder toRequest(Method method) {
    return PlanRequest.builder(method).protocol(protocol).intensive(intensive)
        .maintenance(maintenance).maintenanceEvery(maintenanceEvery).months(months);
  }
}
