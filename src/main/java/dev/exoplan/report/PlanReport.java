package dev.exoplan.report;

import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.text.Text;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** {@code exoplan plan}: the plan every source it cites, and what the tables say about tax. */
public record PlanReport(Plan plan, List<Source> sources, List<Text> taxNotes)
    implements Report {
  public PlanReport {
    sources = List.copyOf(sources);
    taxNotes = List.copyOf(taxNotes);
  }

  @Override
  public String command() {
    return "plan";
  }

  @Override
  public Set<Format> formats() {
    return EnumSet.of(Format.TEXT, Format.JSON, Format.CSV, Format.MD);
  }
}
