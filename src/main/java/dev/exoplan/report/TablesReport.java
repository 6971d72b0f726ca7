package dev.exoplan.report;

import dev.exoplan.domain.catalog.Catalog;
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
}
