package dev.exoplan.pricing;

import dev.exoplan.domain.text.Message;
import java.util.List;
import java.util.Map;

/** A parsed YAML or JSON value that remembers where it was written. */
sealed interface Node permits Node.Obj, Node.Arr, Node.Scalar {

  Position at();

  /** A mapping; keys keep their positions for messages about the key itself. */
  record Obj(Position at, Map<String, Node> fields, Map<String, Position> keys) implements Node {}

  /** A sequence. */
  record Arr(Position at, List<Node> items) implements Node {}

  /** A scalar with its kind and its text exactly as written. */
  record Scalar(Position at, Kind kind, String text) implements Node {}

  /** What a scalar was read as. */
  enum Kind {
    STRING,
    INTEGER,
    FLOAT,
    BOOLEAN,
    NULL
  }

  /** "a mapping", "the number 1.9", …: how a value is named in a message. */
  static Object describe(Node node) {
    if (node instanceof Obj) {
      return Message.of("data.node.mapping");
    }
    if (node instanceof Arr) {
      return Message.of("data.node.list");
    }
    Scalar s = (Scalar) node;
    return switch (s.kind()) {
      case STRING -> Message.of("data.node.text", abbreviate(s.text()));
      case INTEGER, FLOAT -> Message.of("data.node.number", abbreviate(s.text()));
      case BOOLEAN -> abbreviate(s.text());
      case NULL -> "null";
    };
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
