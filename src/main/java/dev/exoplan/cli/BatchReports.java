package dev.exoplan.cli;

import dev.exoplan.batch.Reporting;
import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.compare.Comparison;
import dev.exoplan.domain.estimate.Estimate;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.report.CompareReport;
import dev.exoplan.report.EstimateReport;
import dev.exoplan.report.PlanReport;

/** The commands' reports ({@link Reports}) as a batch asks for them. */
public final class BatchReports implements Reporting {
  /** The one instance: it holds nothing. */
  public static final BatchReports INSTANCE = new BatchReports();

  private BatchReports() {}

  @Override
  public EstimateReport estimate(Catalog catalog, Estimate e) {
    return Reports.estimate(catalog, e);
  }

  @Override
  public CompareReport compare(Catalog catalog, Comparison c) {
    return Reports.compare(catalog, c);
  }

  @Override
  public PlanReport plan(Catalog catalog, Plan p) {
    return Reports.plan(catalog, p);
  }
}
