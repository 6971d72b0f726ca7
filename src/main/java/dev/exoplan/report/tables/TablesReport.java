package dev.exoplan.report.tables;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.report.Format;
import dev.exoplan.report.Words;
import dev.exoplan.report.output.Report;
import dev.exoplan.report.text.Doc;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

/** {@code exoplan pricing show}: everything loaded, layer by layer. */
public record TablesReport(Catalog catalog) implements Report {
  @Override
  public String command() {
    return "pricing show";
  }

  @Override
  public Set<Format> formats() {
    return EnumSet.of(Format.TEXT, Format.JSON, Format.MD);
  }

  @Override
  public Doc doc(Words words) {
    return new TablesDoc(words).build(this);
  }

  @Override
  public void json(JsonGenerator g) throws IOException {
    TablesJson.write(g, this);
  }
}
