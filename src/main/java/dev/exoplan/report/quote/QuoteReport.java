package dev.exoplan.report.quote;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.contract.ContractRules;
import dev.exoplan.domain.contract.CreditRules;
import dev.exoplan.domain.instalment.Terms;
import dev.exoplan.domain.quote.Quote;
import dev.exoplan.domain.quote.QuoteCancellation;
import dev.exoplan.report.Cited;
import dev.exoplan.report.Format;
import dev.exoplan.report.Words;
import dev.exoplan.report.html.Templates;
import dev.exoplan.report.output.Report;
import dev.exoplan.report.text.Doc;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** {@code exoplan quote}: the quote, every source it cites, and which copy to print. */
public record QuoteReport(Quote quote, List<Source> sources, Copy copy,
    Optional<QuoteCancellation> cancellation, Optional<Terms> instalments,
    Optional<CreditRules> credit) implements Report {
  public QuoteReport {
    sources = List.copyOf(sources);
  }

  /** A quote whose payment section (issue 20), if any, says nothing of the lender (issue 23). */
  public QuoteReport(Quote quote, List<Source> sources, Copy copy,
      Optional<QuoteCancellation> cancellation, Optional<Terms> instalments) {
    this(quote, sources, copy, cancellation, instalments, Optional.empty());
  }

  /** A quote without a payment section (issue 20). */
  public QuoteReport(Quote quote, List<Source> sources, Copy copy,
      Optional<QuoteCancellation> cancellation) {
    this(quote, sources, copy, cancellation, Optional.empty());
  }

  /** This report with a payment section under {@code terms} (issue 20), if asked for. */
  public QuoteReport withInstalments(Optional<Terms> terms) {
    return new QuoteReport(quote, sources, copy, cancellation, terms, credit);
  }

  /**
   * This report with a payment section under {@code terms} that says, under {@code credit}, what a
   * patient who cancels a course under the Act may do about the loan (issue 23).
   */
  public QuoteReport withInstalments(Optional<Terms> terms, CreditRules credit) {
    return new QuoteReport(quote, sources, copy, cancellation, terms, Optional.of(credit));
  }

  /** A copy without the course-contract section (issue 23). */
  public QuoteReport(Quote quote, List<Source> sources, Copy copy) {
    this(quote, sources, copy, Optional.empty());
  }

  /** The patient's copy. */
  public QuoteReport(Quote quote, List<Source> sources) {
    this(quote, sources, Copy.PATIENT);
  }

  /**
   * The report of a quote: the sources of the plan's protocol, of every check, checklist item and
   * disclosure, and of the market range's two ends.
   */
  public static QuoteReport of(Catalog catalog, Quote q, Copy copy) {
    return of(catalog, q, copy, Optional.empty());
  }

  /** The same, with the course-contract section under {@code rules} (issue 23). */
  public static QuoteReport of(Catalog catalog, Quote q, Copy copy, Optional<ContractRules> rules) {
    TreeSet<String> ids = new TreeSet<>();
    q.plan().protocol().ifPresent(p -> {
      ids.add(p.sourceId());
      p.cites().forEach(x -> ids.add(x.source()));
    });
    q.checks().forEach(c -> c.cites().forEach(x -> ids.add(x.source())));
    q.checklist().forEach(c -> c.cites().forEach(x -> ids.add(x.source())));
    q.disclosures().forEach(d -> d.cites().forEach(x -> ids.add(x.source())));
    for (String[] c : dev.exoplan.domain.plan.FurtherYear.CITES) {
      ids.add(c[0]); // the further-year sentence (issue 18, finding 12)
    }
    q.survey().ifPresent(s -> {
      ids.add(s.bounds().lowest().sourceId());
      ids.add(s.bounds().highest().sourceId());
    });
    return new QuoteReport(q, Cited.sources(catalog, ids), copy,
        rules.map(r -> QuoteCancellation.of(q, r)));
  }

  @Override
  public String command() {
    return "quote";
  }

  @Override
  public Set<Format> formats() {
    return EnumSet.of(Format.TEXT, Format.JSON, Format.MD, Format.HTML, Format.PDF);
  }

  @Override
  public Doc doc(Words words) {
    return QuoteDoc.build(this, words);
  }

  @Override
  public void json(JsonGenerator g) throws IOException {
    QuoteJson.write(g, this);
  }

  @Override
  public void html(Words words, String generator, Writer out) throws IOException {
    Templates.render("quote.jte", QuoteHtml.params(this, words, generator), out);
  }
}
