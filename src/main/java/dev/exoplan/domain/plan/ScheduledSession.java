package dev.exoplan.domain.plan;

import dev.exoplan.domain.value.PhaseKind;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One session of a dated schedule: its number, phase, and the earliest and latest date it can fall
 * on when the interval is a range (equal when it is not; empty when the phase has no interval).
 * {@code optional} marks sessions beyond the low count (only in the high plan).
 */
public record ScheduledSession(
    int number,
    PhaseKind phase,
    Optional<LocalDate> earliest,
    Optional<LocalDate> latest,
    boolean optional) {}
