package dev.exoplan.domain.estimate;

import dev.exoplan.domain.catalog.MarketPrice;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.catalog.SourceNote;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.clinic.ClinicPrice;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.MoneyRange;

import java.util.List;
import java.util.Optional;

/**
 * The per-session price of one method: a row per source, the envelope over them ({@code overall},
 * empty when the sources cannot be combined, with the reason), clinic prices loaded with
 * {@code --pricing}, and what sources say that is not a range.
 */
public record Estimate(
    Method method,
    List<SourceRow> rows,
    Optional<MoneyRange> overall,
    Optional<NoOverall> noOverall,
    boolean taxIncluded,
    List<ClinicRow> clinics,
    List<SourceNote> notes) {

  /** One source's range, resolved to three figures. */
  public record SourceRow(Source source, MarketPrice price, MoneyRange range) {}

  /** A loaded clinic's own price for the method (per session, or per cc). */
  public record ClinicRow(Clinic clinic, ClinicPrice price) {}

  /** Why there is no overall range. */
  public enum NoOverall {
    NO_PRICES,
    MIXED_CURRENCY,
    MIXED_TAX
  }

  public Estimate {
    rows = List.copyOf(rows);
    clinics = List.copyOf(clinics);
    notes = List.copyOf(notes);
  }
}
