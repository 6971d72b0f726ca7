package dev.exoplan.report.clinics;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.clinics.ClinicComparison;
import dev.exoplan.domain.contract.ContractRules;
import dev.exoplan.domain.instalment.Terms;
import dev.exoplan.report.Cited;
import dev.exoplan.report.Format;
import dev.exoplan.report.Words;
import dev.exoplan.report.csv.CsvWriter;
import dev.exoplan.report.output.Report;
import dev.exoplan.report.text.Doc;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code exoplan clinics}: the comparison, the clinic files that could not be read (with
 * {@code --keep-going}) and every source it cites.
 */
public record ClinicsReport(ClinicComparison comparison,
    List<ClinicComparison.Unreadable> unreadable, List<Source> sources,
    Optional<ContractRules> rules, Optional<Terms> instalments) implements Report {
  public ClinicsReport {
    unreadable = List.copyOf(unreadable);
    sources = List.copyOf(sources);
  }

  /** A comparison without payments (issue 20). */
  public ClinicsReport(ClinicComparison comparison, List<ClinicComparison.Unreadable> unreadable,
      List<Source> sources, Optional<ContractRules> rules) {
    this(comparison, unreadable, sources, rules, Optional.empty());
  }

  /** This report with each clinic's payments under {@code terms} (issue 20), if asked for. */
  public ClinicsReport withInstalments(Optional<Terms> terms) {
    return new ClinicsReport(comparison, unreadable, sources, rules, terms);
  }

  /** A report without the course-contract column (issue 23). */
  public ClinicsReport(ClinicComparison comparison, List<ClinicComparison.Unreadable> unreadable,
      List<Source> sources) {
    this(comparison, unreadable, sources, Optional.empty());
  }

  /**
   * The report of a comparison: the sources of the plan's protocol, of the advice every comparison
   * prints, and of each clinic's market checks.
   */
  public static ClinicsReport of(Catalog catalog, ClinicComparison c,
      List<ClinicComparison.Unreadable> unreadable) {
    return of(catalog, c, unreadable, Optional.empty());
  }

  /** The same, with what stopping after the 3rd session costs under {@code rules} (issue 23). */
  public static ClinicsReport of(Catalog catalog, ClinicComparison c,
      List<ClinicComparison.Unreadable> unreadable, Optional<ContractRules> rules) {
    TreeSet<String> ids = new TreeSet<>();
    c.plan().protocol().ifPresent(p -> {
      ids.add(p.sourceId());
      p.cites().forEach(x -> ids.add(x.source()));
    });
    ids.add("001"); // line 237: get quotes from several clinics
    ids.add("003"); // lines 132 and 151: the whole plan in writing; paid by the 3rd session
    for (ClinicComparison.Row r : c.rows()) {
      r.quote().checks().forEach(k -> k.cites().forEach(x -> ids.add(x.source())));
    }
    return new ClinicsReport(c, unreadable, Cited.sources(catalog, ids), rules);
  }

  @Override
  public String command() {
    return "clinics";
  }

  @Override
  public Set<Format> formats() {
    return EnumSet.of(Format.TEXT, Format.MD, Format.JSON, Format.CSV, Format.HTML);
  }

  @Override
  public Doc doc(Words words) {
    return new ClinicsDoc(words, rules).build(this);
  }

  @Override
  public void json(JsonGenerator g) throws IOException {
    ClinicsJson.write(g, this);
  }

  @Override
  public void csv(CsvWriter csv) throws IOException {
    ClinicsCsv.write(csv, this);
  }

  @Override
  public void html(Words words, String generator, Writer out) throws IOException {
    ClinicsHtml.render(words, generator, this, out);
  }
}
