package dev.exoplan.report;

import dev.exoplan.domain.Quote;
import dev.exoplan.domain.Source;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** {@code exoplan quote}: the quote and every source it cites. */
public record QuoteReport(Quote quote, List<Source> sources) implements Report {
  public QuoteReport {
    sources = List.copyOf(sources);
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
