package dev.exoplan.report.plan;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.text.Text;
import dev.exoplan.report.Cited;
import dev.exoplan.report.Format;
import dev.exoplan.report.Words;
import dev.exoplan.report.csv.CsvWriter;
import dev.exoplan.report.output.Report;
import dev.exoplan.report.text.Doc;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** {@code exoplan plan}: the plan every source it cites, and what the tables say about tax. */
public record PlanReport(Plan plan, List<Source> sources, List<Text> taxNotes)
    implements Report {
  public PlanReport {
    sources = List.copyOf(sources);
    taxNotes = List.copyOf(taxNotes);
  }

  /**
   * The report of a plan: the sources of its price and of its protocol with the protocol's
   * citations; the tax notes of the price's sources only.
   */
  public static PlanReport of(Catalog catalog, Plan p) {
    TreeSet<String> ids = new TreeSet<>(p.price().sourceIds());
    if (p.protocol().isPresent()) {
      ids.add(p.protocol().get().sourceId());
      for (Citation c : p.protocol().get().cites()) {
        ids.add(c.source());
      }
      // issue 18: every source a bullet of the plan cites is listed (the protocol's notes)
      p.protocol().get().notes().forEach(n -> n.cites().forEach(c -> ids.add(c.source())));
    }
    for (String[] c : dev.exoplan.domain.plan.FurtherYear.CITES) {
      ids.add(c[0]); // the further-year sentence (issue 18, finding 12)
    }
    return new PlanReport(p, Cited.sources(catalog, ids), catalog.taxNotes(p.price().sourceIds()));
  }

  @Override
  public String command() {
    return "plan";
  }

  @Override
  public Set<Format> formats() {
    return EnumSet.of(Format.TEXT, Format.JSON, Format.CSV, Format.MD);
  }

  @Override
  public Doc doc(Words words) {
    return new PlanDoc(words).build(this);
  }

  @Override
  public void json(JsonGenerator g) throws IOException {
    PlanJson.write(g, this);
  }

  @Override
  public void csv(CsvWriter csv) throws IOException {
    PlanCsv.write(csv, plan);
  }
}
