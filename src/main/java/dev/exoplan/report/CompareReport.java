package dev.exoplan.report;

import dev.exoplan.domain.compare.Comparison;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.catalog.SourceNote;
import dev.exoplan.domain.text.Text;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** {@code exoplan compare}: the comparison, the notes that qualify it, and the sources cited. */
public record CompareReport(
    Comparison comparison, List<SourceNote> notes, List<Source> sources, List<Text> taxNotes)
    implements Report {

  public CompareReport {
    notes = List.copyOf(notes);
    sources = List.copyOf(sources);
    taxNotes = List.copyOf(taxNotes);
  }

  @Override
  public String command() {
    return "compare";
  }

  @Override
  public Set<Format> formats() {
    return EnumSet.of(Format.TEXT, Format.JSON, Format.CSV, Format.MD, Format.HTML);
  }
}
