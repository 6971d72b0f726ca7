package dev.exoplan.domain.budget;

import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.clinics.ClinicComparison;
import dev.exoplan.domain.value.Method;
import java.util.List;

/**
 * A budget at the clinics given, for one method: each clinic that can quote the method's plans,
 * with each protocol tried at its prices (its cheapest valid purchase, as {@code clinics} and
 * {@code quote} buy it), cheapest minimum plan first; and the clinics that cannot quote them, with
 * the reason {@code clinics} gives.
 */
public record ClinicBudget(Method method, List<Row> rows, List<ClinicComparison.Excluded> excluded) {
  public ClinicBudget {
    rows = List.copyOf(rows);
    excluded = List.copyOf(excluded);
  }

  /** One clinic: its list's file, the clinic, and each protocol tried. */
  public record Row(String file, Clinic clinic, List<ProtocolFit> fits) {
    public Row {
      fits = List.copyOf(fits);
    }

    /** Whether not one protocol's minimum plan fits. */
    public boolean noMinimumFits() {
      return fits.stream().noneMatch(f -> f.minimum().fits());
    }
  }
}
