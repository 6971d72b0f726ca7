package dev.exoplan.report.validation;

import static dev.exoplan.report.json.JsonFields.optionalString;
import static dev.exoplan.report.json.JsonFields.stringOrNull;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** The validation as JSON ({@code exoplan.validate/1}). */
final class ValidationJson {
  private ValidationJson() {}

  static void write(JsonGenerator g, ValidationReport r) throws IOException {
    g.writeStartObject();
    g.writeStringField("schema", "exoplan.validate/1");
    g.writeBooleanField("valid", r.allValid());
    g.writeArrayFieldStart("files");
    for (ValidationReport.Result res : r.results()) {
      g.writeStartObject();
      g.writeStringField("file", res.file());
      g.writeBooleanField("valid", res.problem().isEmpty());
      stringOrNull(g, "kind", res.table().isPresent() ? res.table().get().kind().id() : null);
      optionalString(g, "error", res.problem());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
