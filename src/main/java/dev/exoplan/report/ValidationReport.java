package dev.exoplan.report;

import dev.exoplan.domain.catalog.PriceTable;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code exoplan pricing validate}: one result per file, valid or with its first problem. */
public record ValidationReport(List<Result> results) implements Report {

  /** One file: its table when valid, else the problem ({@code file:line:col: …}). */
  public record Result(String file, Optional<PriceTable> table, Optional<String> problem) {}

  public ValidationReport {
    results = List.copyOf(results);
  }

  public boolean allValid() {
    return results.stream().allMatch(r -> r.problem().isEmpty());
  }

  @Override
  public String command() {
    return "pricing validate";
  }

  @Override
  public Set<Format> formats() {
    return EnumSet.of(Format.TEXT, Format.JSON);
  }
}
