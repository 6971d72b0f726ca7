package dev.exoplan.pricing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes a tree as YAML or JSON (issue 19: a workbook converted back), each scalar of the kind it
 * was read as: a text that looks like a number, a date or true is quoted, so it reads back as text.
 */
final class TreeWriter {
  private TreeWriter() {}

  static void write(Node root, boolean yaml, String header, OutputStream out) throws IOException {
    JsonFactory factory = yaml
        ? YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build()
        : new JsonFactory();
    if (yaml) {
      out.write(header.getBytes(StandardCharsets.UTF_8));
    }
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (!yaml) {
        g.useDefaultPrettyPrinter();
      }
      value(g, root);
    }
    if (!yaml) {
      out.write('\n');
    }
  }

  private static void value(JsonGenerator g, Node n) throws IOException {
    if (n instanceof Node.Obj o) {
      g.writeStartObject();
      for (Map.Entry<String, Node> e : o.fields().entrySet()) {
        g.writeFieldName(e.getKey());
        value(g, e.getValue());
      }
      g.writeEndObject();
    } else if (n instanceof Node.Arr a) {
      g.writeStartArray();
      for (Node item : a.items()) {
        value(g, item);
      }
      g.writeEndArray();
    } else {
      Node.Scalar s = (Node.Scalar) n;
      switch (s.kind()) {
        case INTEGER -> g.writeNumber(new BigInteger(s.text()));
        case FLOAT -> g.writeNumber(new java.math.BigDecimal(s.text()));
        case BOOLEAN -> g.writeBoolean(Boolean.parseBoolean(s.text()));
        case NULL -> g.writeNull();
        default -> g.writeString(s.text());
      }
    }
  }
}
