package dev.exoplan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A computed multi-phase plan: the phases with their costs, the total (the sum of the phases, figure
 * by figure, so displayed parts add up to the displayed total), and a dated schedule when a start
 * date was given.
 */
public record Plan(
    Method method,
    Optional<Protocol> protocol,
    PriceChoice price,
    List<Phase> phases,
    CountRange sessions,
    MoneyRange total,
    Optional<LocalDate> start,
    List<ScheduledSession> schedule) {

  public Plan {
    phases = List.copyOf(phases);
    schedule = List.copyOf(schedule);
  }
}
