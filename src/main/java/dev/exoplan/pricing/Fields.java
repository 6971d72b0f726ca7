package dev.exoplan.pricing;

import dev.exoplan.domain.Text;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Typed, strict access to the fields of one mapping in a pricing file. Every accessor either
 * returns a value of the expected type or throws a {@link PricingException} that names the
 * position and what was expected. Unknown keys are refused when the mapping is opened.
 */
final class Fields {
  /** Plain decimal digits: no leading zeros (YAML 1.1 reads 012 as octal), no _ or 0x. */
  private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9][0-9]*)");

  private final Node.Obj obj;
  private final String what;

  private Fields(Node.Obj obj, String what) {
    this.obj = obj;
    this.what = what;
  }

  /** Opens {@code node} as a mapping described as {@code what}, refusing keys not in {@code allowed}. */
  static Fields open(Node node, String what, String... allowed) {
    if (!(node instanceof Node.Obj o)) {
      throw new PricingException(
          node.at(), "expected " + what + " (a mapping), got " + Node.describe(node));
    }
    List<String> keys = Arrays.asList(allowed);
    for (String key : o.fields().keySet()) {
      if (!keys.contains(key)) {
        String hint = Suggest.closest(key, keys).map(k -> "did you mean '" + k + "'? ").orElse("");
        throw new PricingException(
            o.keys().get(key),
            "unknown field '" + key + "' in " + what + "; " + hint + "expected one of: "
                + String.join(", ", keys));
      }
    }
    return new Fields(o, what);
  }

  Position at() {
    return obj.at();
  }

  Position keyAt(String key) {
    Position p = obj.keys().get(key);
    return p == null ? obj.at() : p;
  }

  boolean has(String key) {
    return obj.fields().containsKey(key);
  }

  Node get(String key) {
    Node n = obj.fields().get(key);
    if (n == null) {
      throw new PricingException(obj.at(), "missing field '" + key + "' in " + what);
    }
    return n;
  }

  Optional<Node> find(String key) {
    return Optional.ofNullable(obj.fields().get(key));
  }

  String string(String key) {
    return string(get(key));
  }

  Optional<String> optString(String key) {
    return find(key).map(Fields::string);
  }

  long amount(String key, long max) {
    return amount(get(key), max);
  }

  int integer(String key, int min, int max) {
    return integer(get(key), min, max);
  }

  boolean bool(String key) {
    return bool(get(key));
  }

  Text text(String key) {
    return text(get(key), what + " " + key);
  }

  Optional<Text> optText(String key) {
    return find(key).map(n -> text(n, what + " " + key));
  }

  List<Node> list(String key) {
    return list(get(key));
  }

  List<Node> optList(String key) {
    return find(key).map(Fields::list).orElse(List.of());
  }

  boolean isNull(String key) {
    return find(key).map(n -> n instanceof Node.Scalar s && s.kind() == Node.Kind.NULL).orElse(false);
  }

  static String string(Node n) {
    if (n instanceof Node.Scalar s) {
      switch (s.kind()) {
        case STRING:
          if (s.text().isBlank()) {
            throw new PricingException(n.at(), "expected text, got an empty string");
          }
          return s.text();
        case INTEGER:
        case FLOAT:
        case BOOLEAN:
          throw new PricingException(
              n.at(),
              "expected text, got " + Node.describe(n) + "; write it in quotes (\"" + s.text() + "\")");
        default:
          break;
      }
    }
    throw new PricingException(n.at(), "expected text, got " + Node.describe(n));
  }

  /** A whole, non-negative amount of minor units, at most {@code max}. */
  static long amount(Node n, long max) {
    long v = whole(n, "an amount in minor units (a whole number; yen have no minor unit)");
    if (v < 0) {
      throw new PricingException(n.at(), "expected an amount of 0 or more, got " + v);
    }
    if (v > max) {
      throw new PricingException(n.at(), "amount too large: " + v + " is more than " + max);
    }
    return v;
  }

  static int integer(Node n, int min, int max) {
    long v = whole(n, "a whole number");
    if (v < min || v > max) {
      throw new PricingException(
          n.at(), "expected a whole number from " + min + " to " + max + ", got " + v);
    }
    return (int) v;
  }

  private static long whole(Node n, String expected) {
    if (n instanceof Node.Scalar s) {
      switch (s.kind()) {
        case INTEGER:
          if (!WHOLE.matcher(s.text()).matches()) {
            throw new PricingException(
                n.at(),
                "expected " + expected + " in plain decimal digits, got '" + s.text()
                    + "' (no leading zeros, underscores or hex)");
          }
          try {
            return Long.parseLong(s.text());
          } catch (NumberFormatException e) {
            throw new PricingException(n.at(), "number too large: " + s.text());
          }
        case FLOAT:
          throw new PricingException(n.at(), "expected " + expected + ", got " + s.text());
        case STRING:
          throw new PricingException(
              n.at(), "expected " + expected + ", got " + Node.describe(n) + " (remove the quotes)");
        default:
          break;
      }
    }
    throw new PricingException(n.at(), "expected " + expected + ", got " + Node.describe(n));
  }

  static boolean bool(Node n) {
    if (n instanceof Node.Scalar s) {
      if (s.kind() == Node.Kind.BOOLEAN) {
        if (s.text().equals("true")) {
          return true;
        }
        if (s.text().equals("false")) {
          return false;
        }
        throw new PricingException(
            n.at(), "expected true or false, got '" + s.text() + "' (write true or false)");
      }
      if (s.kind() == Node.Kind.STRING
          && (s.text().equals("true") || s.text().equals("false"))) {
        throw new PricingException(
            n.at(), "expected true or false, got " + Node.describe(n) + " (remove the quotes)");
      }
    }
    throw new PricingException(n.at(), "expected true or false, got " + Node.describe(n));
  }

  static Text text(Node n, String what) {
    Fields f = open(n, what + " (ja and en)", "ja", "en");
    return new Text(f.string("ja"), f.string("en"));
  }

  static List<Node> list(Node n) {
    if (n instanceof Node.Arr a) {
      return a.items();
    }
    throw new PricingException(n.at(), "expected a list, got " + Node.describe(n));
  }

  static LocalDate date(Node n) {
    String s = string(n);
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new PricingException(n.at(), "expected a date YYYY-MM-DD, got '" + s + "'");
    }
  }

  static List<String> strings(Node n) {
    List<String> out = new ArrayList<>();
    for (Node item : list(n)) {
      out.add(string(item));
    }
    return out;
  }
}
