package dev.exoplan.batch;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.compare.Comparison;
import dev.exoplan.domain.estimate.Estimate;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.report.CompareReport;
import dev.exoplan.report.EstimateReport;
import dev.exoplan.report.PlanReport;

/**
 * The reports of a result, with the sources they cite, as the commands build them: given to a
 * {@link Batch} by its caller, so a batch line's JSON is the command's own.
 */
public interface Reporting {
  EstimateReport estimate(Catalog catalog, Estimate e);

  CompareReport compare(Catalog catalog, Comparison c);

  PlanReport plan(Catalog catalog, Plan p);
}
