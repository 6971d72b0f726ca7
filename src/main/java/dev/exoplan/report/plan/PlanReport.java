package dev.exoplan.report.plan;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.instalment.Payments;
import dev.exoplan.domain.instalment.Terms;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.menu.TaxBasis;
import dev.exoplan.domain.text.Lang;
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
public record PlanReport(Plan plan, List<Source> sources, List<Text> taxNotes,
    java.util.Optional<Payments> payments) implements Report {
  public PlanReport {
    sources = List.copyOf(sources);
    taxNotes = List.copyOf(taxNotes);
  }

  public PlanReport(Plan plan, List<Source> sources, List<Text> taxNotes) {
    this(plan, sources, taxNotes, java.util.Optional.empty());
  }

  /** This report with the payments of its total under {@code terms} (issue 20), if asked for. */
  public PlanReport withInstalments(java.util.Optional<Terms> terms) {
    return new PlanReport(plan, sources, taxNotes, terms.map(t -> Payments.of(plan.total(), t)));
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
    return new PlanReport(p, Cited.sources(catalog, ids), taxNotes(catalog, p));
  }

  /**
   * The tax footnote: the price's sources' notes; issue 18: for a price given with --price, the
   * basis it is taken on (finding 10: the footnote stays), and for a clinic list that does not
   * state its basis, that its totals are as listed (docs/tax.md), as the quote says.
   */
  private static List<Text> taxNotes(Catalog catalog, Plan p) {
    return switch (p.price().origin()) {
      case OPTION -> List.of(note("plan.tax.option"));
      case CLINIC -> notStated(p) ? List.of(note("quote.tax.not.stated")) : List.of();
      default -> catalog.taxNotes(p.price().sourceIds());
    };
  }

  /** Whether the plan is priced at a clinic list that does not say whether it includes tax. */
  static boolean notStated(Plan p) {
    return p.price().origin() == dev.exoplan.domain.plan.PriceChoice.Origin.CLINIC
        && p.price().clinic().map(c -> c.taxBasis() == TaxBasis.NOT_STATED).orElse(false);
  }

  private static Text note(String key) {
    return new Text(new Words(Lang.JA, false).get(key), new Words(Lang.EN, false).get(key));
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
    PlanCsv.write(csv, plan, payments);
  }
}
