package dev.exoplan.report.pricingcheck;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.quote.MarketSurvey;
import dev.exoplan.report.Cited;
import dev.exoplan.report.Format;
import dev.exoplan.report.Words;
import dev.exoplan.report.output.Report;
import dev.exoplan.report.text.Doc;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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

  /** The report of the surveys: the sources of each range's ends and of each finding. */
  public static PricingCheckReport of(String file, Catalog catalog, Clinic clinic,
      List<MarketSurvey> surveys) {
    TreeSet<String> ids = new TreeSet<>();
    for (MarketSurvey s : surveys) {
      ids.add(s.bounds().lowest().sourceId());
      ids.add(s.bounds().highest().sourceId());
      s.entries().forEach(e -> e.finding().ifPresent(
          f -> f.cites().forEach(c -> ids.add(c.source()))));
    }
    return new PricingCheckReport(file, clinic, surveys, Cited.sources(catalog, ids));
  }

  @Override
  public String command() {
    return "pricing check";
  }

  @Override
  public Set<Format> formats() {
    return EnumSet.of(Format.TEXT, Format.JSON, Format.MD);
  }

  @Override
  public Doc doc(Words words) {
    return PricingCheckDoc.build(this, words);
  }

  @Override
  public void json(JsonGenerator g) throws IOException {
    PricingCheckJson.write(g, this);
  }
}
