package dev.exoplan.report.estimate;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.catalog.SourceNote;
import dev.exoplan.domain.estimate.Estimate;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.Currency;
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

/** {@code exoplan estimate}: the estimate every source it cites, and what the tables say about tax. */
public record EstimateReport(Estimate estimate, List<Source> sources, List<Text> taxNotes)
    implements Report {
  public EstimateReport {
    sources = List.copyOf(sources);
    taxNotes = List.copyOf(taxNotes);
  }

  /** The report of an estimate: the sources of its rows and notes, and their tax notes. */
  public static EstimateReport of(Catalog catalog, Estimate e) {
    TreeSet<String> ids = new TreeSet<>();
    for (Estimate.SourceRow r : e.rows()) {
      ids.add(r.source().id());
    }
    for (SourceNote n : e.notes()) {
      ids.add(n.sourceId());
      for (Citation c : n.cites()) {
        ids.add(c.source());
      }
    }
    return new EstimateReport(e, Cited.sources(catalog, ids), catalog.taxNotes(ids));
  }

  /** The currency of the figures: the first source row's, else the first clinic's, else yen. */
  public Currency currency() {
    if (!estimate.rows().isEmpty()) {
      return estimate.rows().get(0).range().currency();
    }
    if (!estimate.clinics().isEmpty()) {
      return estimate.clinics().get(0).clinic().currency();
    }
    return Currency.getInstance("JPY");
  }

  @Override
  public String command() {
    return "estimate";
  }

  @Override
  public Set<Format> formats() {
    return EnumSet.of(Format.TEXT, Format.JSON, Format.CSV, Format.MD);
  }

  @Override
  public Doc doc(Words words) {
    return new EstimateDoc(words).build(this);
  }

  @Override
  public void json(JsonGenerator g) throws IOException {
    EstimateJson.write(g, this);
  }

  @Override
  public void csv(CsvWriter csv) throws IOException {
    EstimateCsv.write(csv, estimate);
  }
}
