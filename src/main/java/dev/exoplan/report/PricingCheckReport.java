package dev.exoplan.report;

import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.quote.MarketSurvey;
import dev.exoplan.domain.catalog.Source;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code exoplan pricing check}: every price of one clinic's list against the published ranges, one
 * survey per method, with the sources the ranges come from.
 */
public record PricingCheckReport(String file, Clinic clinic, List<MarketSurvey> surveys,
    List<Source> sources) implements Report {
  public PricingCheckReport {
    surveys = List.copyOf(surveys);
    sources = List.copyOf(sources);
  }

  @Override
  public String command() {
    return "pricing check";
  }

  @Override
  public Set<Format> formats() {
    return EnumSet.of(Format.TEXT, Format.JSON, Format.MD);
  }
}
