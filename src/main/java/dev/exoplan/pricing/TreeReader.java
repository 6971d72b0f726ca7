package dev.exoplan.pricing;

import dev.exoplan.domain.text.Message;
import dev.exoplan.util.Visible;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML or JSON into a {@link Node} tree with positions, refusing what a hand-edited price
 * file should never contain: nesting deeper than {@value #MAX_DEPTH}, YAML aliases, duplicate keys,
 * more than one document.
 */
final class TreeReader {
  static final int MAX_DEPTH = 20;
  static final int MAX_STRING = 10_000;

  private final String file;
  private final JsonParser parser;
  private final boolean yaml;

  private final byte[] content;

  private TreeReader(String file, JsonParser parser, boolean yaml, byte[] content) {
    this.file = file;
    this.parser = parser;
    this.yaml = yaml;
    this.content = content;
  }

  static Node read(String file, byte[] content, boolean yaml) {
    StreamReadConstraints limits =
        StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH + 1)
            .maxStringLength(MAX_STRING)
            .maxNumberLength(40)
            .build();
    JsonFactory factory;
    if (yaml) {
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(PricingLoader.MAX_FILE_BYTES);
      options.setNestingDepthLimit(MAX_DEPTH + 1);
      options.setMaxAliasesForCollections(0);
      options.setAllowDuplicateKeys(true); // reported by this reader, with both positions
      factory = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(limits).build();
    } else {
      factory = JsonFactory.builder().streamReadConstraints(limits).build();
    }
    Encoding.check(file, content);
    try (JsonParser p = factory.createParser(content)) {
      TreeReader r = new TreeReader(file, p, yaml, content);
      try {
        JsonToken first = p.nextToken();
        if (first == null) {
          throw new PricingException(new Position(file, 1, 1), Message.of("data.file.empty"));
        }
        Node root = r.value(first, 0);
        JsonToken after = p.nextToken();
        if (after != null) {
          throw new PricingException(
              r.position(p.currentTokenLocation()),
              Message.of(yaml ? "data.yaml.second.document" : "data.json.after.end"));
        }
        return root;
      } catch (StreamConstraintsException e) {
        if (yaml) {
          throw e;
        }
        throw TooLong.json(file, content, p.currentTokenLocation(), e);
      }
    } catch (org.yaml.snakeyaml.reader.ReaderException e) {
      throw readerProblem(file, content, e);
    } catch (MarkedYAMLException e) {
      throw yamlProblem(file, e);
    } catch (StreamConstraintsException e) {
      throw new PricingException(
          new Position(file, e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
              e.getLocation() == null ? 1 : e.getLocation().getColumnNr()),
          Message.of("data.size.limit", e.getOriginalMessage()));
    } catch (JsonParseException e) {
      JsonLocation l = e.getLocation();
      Throwable cause = e.getCause();
      if (cause instanceof MarkedYAMLException m) {
        throw yamlProblem(file, m);
      }
      if (cause instanceof org.yaml.snakeyaml.reader.ReaderException r) {
        throw readerProblem(file, content, r);
      }
      throw new PricingException(
          new Position(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr())),
          Message.of(yaml ? "data.yaml.invalid" : "data.json.invalid", firstLine(e.getOriginalMessage())));
    } catch (IOException e) {
      throw new PricingException(new Position(file, 1, 1), Message.of("data.unparsable", e.getMessage()));
    }
  }

  /**
   * A character SnakeYAML's reader refuses (a control character): it says only how many code
   * points precede it, so its line and column are counted here from the file's text.
   */
  private static PricingException readerProblem(String file, byte[] content,
      org.yaml.snakeyaml.reader.ReaderException e) {
    String text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
    int line = 1;
    int column = 1;
    int index = 0;
    for (int i = 0; i < text.length() && index < e.getPosition(); index++) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new PricingException(new Position(file, line, column), Message.of("data.yaml.control",
        String.format(java.util.Locale.ROOT, "U+%04X", e.getCodePoint())));
  }

  private static PricingException yamlProblem(String file, MarkedYAMLException e) {
    var mark = e.getProblemMark();
    Position at =
        mark == null
            ? new Position(file, 1, 1)
            : new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
    String problem = e.getProblem() == null ? "syntax error" : e.getProblem();
    if (problem.contains("exceeds the limit") || problem.contains("Nesting Depth")) {
      return new PricingException(at, Message.of("data.nesting", MAX_DEPTH));
    }
    return new PricingException(at, Message.of("data.yaml.invalid", problem));
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "syntax error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private Position position(JsonLocation l) {
    return new Position(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }

  /**
   * A text as written, refusing control characters other than tab and line ends: a NUL or an escape
   * sequence in a price list is a mistake, and one that no page, spreadsheet or PDF can show.
   */
  static String text(Position at, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // issue 19: U+FFFE and U+FFFF are no characters; XML (a workbook) cannot hold them either
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)
          || c == 0xfffe || c == 0xffff) {
        throw new PricingException(at, Message.of("data.text.control",
            String.format(java.util.Locale.ROOT, "U+%04X", (int) c), i + 1));
      }
      // issue 22: direction controls and invisible characters, as names from arguments; a text
      // of nothing visible is left to be refused as empty
      if ((Visible.direction(c) || Visible.invisible(c)) && !Visible.blank(s)) {
        throw new PricingException(at, Message.of(
            Visible.direction(c) ? "data.text.direction" : "data.text.invisible",
            String.format(java.util.Locale.ROOT, "U+%04X", (int) c), i + 1));
      }
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new PricingException(at, Message.of("data.text.surrogate",
            String.format(java.util.Locale.ROOT, "\\u%04X", (int) c), i + 1));
      }
    }
    return s;
  }

  private Node value(JsonToken token, int depth) throws IOException {
    Position at = position(parser.currentTokenLocation());
    if (yaml && ((YAMLParser) parser).isCurrentAlias()) {
      throw new PricingException(at, Message.of("data.yaml.alias", parser.getText()));
    }
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      if (depth >= MAX_DEPTH) {
        throw new PricingException(at, Message.of("data.nesting", MAX_DEPTH));
      }
    }
    switch (token) {
      case START_OBJECT:
        {
          Map<String, Node> fields = new LinkedHashMap<>();
          Map<String, Position> keys = new HashMap<>();
          JsonToken t;
          while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            Position keyAt = position(parser.currentTokenLocation());
            Position earlier = keys.get(name);
            if (earlier != null) {
              throw new PricingException(keyAt,
                  Message.of("data.key.duplicate", name, earlier.line()));
            }
            keys.put(name, keyAt);
            fields.put(name, value(parser.nextToken(), depth + 1));
          }
          return new Node.Obj(at, fields, keys);
        }
      case START_ARRAY:
        {
          List<Node> items = new ArrayList<>();
          JsonToken t;
          while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(value(t, depth + 1));
          }
          return new Node.Arr(at, items);
        }
      case VALUE_STRING:
        {
          String text = parser.getText();
          if (yaml && TooLong.plainNumber(text, content, parser.currentTokenLocation())) {
            // issue 22: a YAML number longer than the reader takes arrives as text, unquoted
            boolean fraction = text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0;
            return new Node.Scalar(at, fraction ? Node.Kind.FLOAT : Node.Kind.INTEGER, text);
          }
          return new Node.Scalar(at, Node.Kind.STRING, text(at, text));
        }
      case VALUE_NUMBER_INT:
        return new Node.Scalar(at, Node.Kind.INTEGER, parser.getText());
      case VALUE_NUMBER_FLOAT:
        return new Node.Scalar(at, Node.Kind.FLOAT, parser.getText());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Node.Scalar(at, Node.Kind.BOOLEAN, parser.getText());
      case VALUE_NULL:
        return new Node.Scalar(at, Node.Kind.NULL, parser.getText());
      default:
        throw new PricingException(at, Message.of("data.unexpected", token));
    }
  }
}
