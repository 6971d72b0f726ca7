package dev.exoplan.report;

import dev.exoplan.domain.quote.Quote;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.report.quote.Copy;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** {@code exoplan quote}: the quote, every source it cites, and which copy to print. */
public record QuoteReport(Quote quote, List<Source> sources, Copy copy) implements Report {
  public QuoteReport {
    sources = List.copyOf(sources);
  }

  /** The patient's copy. */
  public QuoteReport(Quote quote, List<Source> sources) {
    this(quote, sources, Copy.PATIENT);
  }

  @Override
  public String command() {
    return "quote";
  }

  @Override
  public Set<Format> formats() {
    return EnumSet.of(Format.TEXT, Format.JSON, Format.MD, Format.HTML, Format.PDF);
  }
}
