package dev.exoplan.report.budget;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.budget.Budget;
import dev.exoplan.domain.budget.ClinicBudget;
import dev.exoplan.domain.budget.MarketBudget;
import dev.exoplan.domain.budget.ProtocolFit;
import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.catalog.Protocol;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.contract.ContractRules;
import dev.exoplan.domain.text.Text;
import dev.exoplan.report.Cited;
import dev.exoplan.report.Format;
import dev.exoplan.report.Words;
import dev.exoplan.report.csv.CsvWriter;
import dev.exoplan.report.output.Report;
import dev.exoplan.report.text.Doc;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code exoplan budget} (issue 20): what a budget buys, the protocols it was tried on, every
 * source it cites (the prices' and the protocols'), and what the tables say about tax.
 */
public record BudgetReport(Budget budget, List<Protocol> protocols, List<Source> sources,
    List<Text> taxNotes, Optional<ContractRules> rules,
    Optional<dev.exoplan.domain.instalment.Schedule> financed) implements Report {
  public BudgetReport {
    protocols = List.copyOf(protocols);
    sources = List.copyOf(sources);
    taxNotes = List.copyOf(taxNotes);
  }

  public BudgetReport(Budget budget, List<Protocol> protocols, List<Source> sources,
      List<Text> taxNotes) {
    this(budget, protocols, sources, taxNotes, Optional.empty(), Optional.empty());
  }

  /**
   * issue 20, {@code --monthly M --instalments N}: with the most that M a month pays for up front
   * under a loan's terms, a section of its own beside the budget, which it does not change.
   */
  public BudgetReport withFinanced(Optional<dev.exoplan.domain.instalment.Schedule> s) {
    return new BudgetReport(budget, protocols, sources, taxNotes, rules, s);
  }

  public static BudgetReport of(Catalog catalog, Budget b) {
    return of(catalog, b, Optional.empty());
  }

  /** With the amount at risk if the patient stops after the 3rd session (issue 23). */
  public static BudgetReport of(Catalog catalog, Budget b, Optional<ContractRules> rules) {
    TreeSet<String> ids = new TreeSet<>();
    TreeSet<String> priceIds = new TreeSet<>();
    LinkedHashMap<String, Protocol> protocols = new LinkedHashMap<>();
    for (MarketBudget m : b.market()) {
      priceIds.addAll(m.price().sourceIds());
      m.protocols().forEach(f -> protocols.put(f.candidates().protocol().id(),
          f.candidates().protocol()));
    }
    for (ClinicBudget c : b.clinics()) {
      for (ClinicBudget.Row r : c.rows()) {
        for (ProtocolFit f : r.fits()) {
          protocols.put(f.protocol().id(), f.protocol());
        }
      }
    }
    ids.addAll(priceIds);
    for (Protocol p : protocols.values()) {
      ids.add(p.sourceId());
      for (Citation c : p.cites()) {
        ids.add(c.source());
      }
    }
    return new BudgetReport(b, List.copyOf(protocols.values()), Cited.sources(catalog, ids),
        catalog.taxNotes(priceIds), rules, Optional.empty());
  }

  @Override
  public String command() {
    return "budget";
  }

  @Override
  public Set<Format> formats() {
    return EnumSet.of(Format.TEXT, Format.MD, Format.JSON, Format.CSV, Format.HTML);
  }

  @Override
  public Doc doc(Words words) {
    return new BudgetDoc(words).build(this);
  }

  @Override
  public void json(JsonGenerator g) throws IOException {
    BudgetJson.write(g, this);
  }

  @Override
  public void csv(CsvWriter csv) throws IOException {
    BudgetCsv.write(csv, budget, rules);
  }

  @Override
  public void html(Words words, String generator, Writer out) throws IOException {
    BudgetHtml.render(words, generator, this, out);
  }
}
