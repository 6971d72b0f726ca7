package dev.exoplan.report;

import dev.exoplan.domain.estimate.Estimate;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.text.Text;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** {@code exoplan estimate}: the estimate every source it cites, and what the tables say about tax. */
public record EstimateReport(Estimate estimate, List<Source> sources, List<Text> taxNotes)
    implements Report {
  public EstimateReport {
    sources = List.copyOf(sources);
    taxNotes = List.copyOf(taxNotes);
  }

  @Override
  public String command() {
    return "estimate";
  }

  @Override
  public Set<Format> formats() {
    return EnumSet.of(Format.TEXT, Format.JSON, Format.CSV, Format.MD);
  }
}
