package dev.exoplan.report.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.catalog.SourceNote;
import dev.exoplan.domain.catalog.Treatment;
import dev.exoplan.domain.compare.Comparison;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.Currency;
import dev.exoplan.report.Cited;
import dev.exoplan.report.Format;
import dev.exoplan.report.Words;
import dev.exoplan.report.csv.CsvWriter;
import dev.exoplan.report.output.Report;
import dev.exoplan.report.text.Doc;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** {@code exoplan compare}: the comparison, the notes that qualify it, and the sources cited. */
public record CompareReport(
    Comparison comparison, List<SourceNote> notes, List<Source> sources, List<Text> taxNotes)
    implements Report {

  public CompareReport {
    notes = List.copyOf(notes);
    sources = List.copyOf(sources);
    taxNotes = List.copyOf(taxNotes);
  }

  /**
   * The report of a comparison: the notes on exosome treatments, and the sources of its rows and
   * of those notes with their tax notes.
   */
  public static CompareReport of(Catalog catalog, Comparison c) {
    TreeSet<String> ids = new TreeSet<>();
    List<SourceNote> notes = new ArrayList<>();
    for (Comparison.Row row : c.rows()) {
      ids.add(row.sourceId());
      row.cites().forEach(x -> ids.add(x.source()));
    }
    for (Treatment t : catalog.treatments()) {
      if (t.exosome()) {
        notes.addAll(t.notes());
      }
    }
    for (SourceNote n : notes) {
      ids.add(n.sourceId());
      n.cites().forEach(x -> ids.add(x.source()));
    }
    return new CompareReport(c, notes, Cited.sources(catalog, ids), catalog.taxNotes(ids));
  }

  /** The currency of the figures: the rows', or yen when there are none. */
  public Currency currency() {
    return comparison.rows().isEmpty() ? Currency.getInstance("JPY")
        : comparison.rows().get(0).perSession().currency();
  }

  @Override
  public String command() {
    return "compare";
  }

  @Override
  public Set<Format> formats() {
    return EnumSet.of(Format.TEXT, Format.JSON, Format.CSV, Format.MD, Format.HTML);
  }

  @Override
  public Doc doc(Words words) {
    return new CompareDoc(words).build(this);
  }

  @Override
  public void json(JsonGenerator g) throws IOException {
    CompareJson.write(g, this);
  }

  @Override
  public void csv(CsvWriter csv) throws IOException {
    CompareCsv.write(csv, comparison);
  }

  @Override
  public void html(Words words, String generator, Writer out) throws IOException {
    new CompareHtml(words, generator).render(this, out);
  }
}
