package dev.exoplan.report;

import java.util.Set;

/** What a command computed, ready to render in any format it supports. */
public sealed interface Report
    permits EstimateReport,
        PlanReport,
        CompareReport,
        QuoteReport,
        PricingCheckReport,
        ClinicsReport,
        TablesReport,
        ValidationReport {

  /** The command that made it, for messages ("plan cannot write html"). */
  String command();

  Set<Format> formats();
}
