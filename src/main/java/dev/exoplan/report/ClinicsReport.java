package dev.exoplan.report;

import dev.exoplan.domain.clinics.ClinicComparison;
import dev.exoplan.domain.catalog.Source;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code exoplan clinics}: the comparison, the clinic files that could not be read (with
 * {@code --keep-going}) and every source it cites. Rendered by {@code report/clinics/}.
 */
public record ClinicsReport(ClinicComparison comparison,
    List<ClinicComparison.Unreadable> unreadable, List<Source> sources) implements Report {
  public ClinicsReport {
    unreadable = List.copyOf(unreadable);
    sources = List.copyOf(sources);
  }

  @Override
  public String command() {
    return "clinics";
  }

  @Override
  public Set<Format> formats() {
    return EnumSet.of(Format.TEXT, Format.MD, Format.JSON, Format.CSV, Format.HTML);
  }
}
