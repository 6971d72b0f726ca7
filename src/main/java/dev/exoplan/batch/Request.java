package dev.exoplan.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * One request line: {@code {"command": "plan", "method": "iv", "intensive": "3..5", …}}, the
 * command and its options by their long names without the dashes, values as strings or numbers.
 */
record Request(String command, Options options) {
  static final int DATA = 65;
  static final int USAGE = 2;

  static Request parse(JsonFactory factory, byte[] bytes, int start, int length) throws BadLine {
    Options fields = new Options();
    try (JsonParser p = factory.createParser(bytes, start, length)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new BadLine(DATA, "expected a JSON object, got an empty line");
      }
      if (t != JsonToken.START_OBJECT) {
        throw new BadLine(DATA, "expected a JSON object, got " + describe(t));
      }
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        switch (v) {
          case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> fields.put(name, p.getText());
          default -> throw new BadLine(DATA,
              "field '" + name + "': expected a string or a number, got " + describe(v));
        }
      }
      if (p.nextToken() != null) {
        throw new BadLine(DATA, "expected one JSON object per line");
      }
    } catch (JsonProcessingException e) {
      String m = e.getOriginalMessage();
      int nl = m == null ? -1 : m.indexOf('\n');
      throw new BadLine(DATA, "not valid JSON: " + (m == null ? "syntax error" : nl < 0 ? m : m.substring(0, nl)));
    } catch (IOException e) {
      throw new BadLine(DATA, "cannot read the line: " + e.getMessage());
    }
    String command = fields.remove("command");
    if (command == null) {
      throw new BadLine(DATA, "missing field 'command': expected estimate, plan or compare");
    }
    return new Request(command, fields);
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case START_ARRAY -> "a list";
      case START_OBJECT -> "an object";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      case VALUE_STRING -> "a string";
      default -> "a number";
    };
  }
}
