package dev.exoplan.report.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/**
 * JSON for scripts: one documented schema per command (see {@code docs/json.md}). Amounts are
 * integers in the currency's minor unit; every range has {@code low}, {@code typical} and
 * {@code high}; {@code currency} and {@code taxIncluded} are always present; an unknown is
 * {@code null}, never 0. Texts that exist in two languages are objects {@code {ja, en}}. This class
 * sets up the generator; {@link JsonFields} writes the fields reports share.
 */
public final class Json {
  private static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  /** What writes one JSON value. */
  @FunctionalInterface
  public interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /** Writes the value and a newline; indented two spaces when pretty, else on one line. */
  public static void write(Writer out, boolean pretty, Body body) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        g.setPrettyPrinter(prettyPrinter());
      }
      body.write(g);
    }
    out.write('\n');
  }

  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter p =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));
    p.indentObjectsWith(indenter);
    p.indentArraysWith(indenter);
    return p;
  }
}
