package dev.exoplan.report.validation;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.report.Format;
import dev.exoplan.report.Words;
import dev.exoplan.report.output.Report;
import dev.exoplan.report.text.Doc;
import java.io.IOException;
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

  @Override
  public Doc doc(Words words) {
    return new ValidationDoc(words).build(this);
  }

  @Override
  public void json(JsonGenerator g) throws IOException {
    ValidationJson.write(g, this);
  }
}
