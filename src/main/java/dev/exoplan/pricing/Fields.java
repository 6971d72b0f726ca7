package dev.exoplan.pricing;

import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.DateRange;
import dev.exoplan.util.Visible;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Typed, strict access to the fields of one mapping in a pricing file. Every accessor either
 * returns a value of the expected type or throws a {@link PricingException} that names the
 * position and what was expected. Unknown keys are refused when the mapping is opened.
 */
final class Fields {
  /** Plain decimal digits: no leading zeros (YAML 1.1 reads 012 as octal), no _ or 0x. */

  private final Node.Obj obj;
  private final Message what;

  private Fields(Node.Obj obj, Message what) {
    this.obj = obj;
    this.what = what;
  }

  /**
   * Opens {@code node} as a mapping described as {@code what}, refusing keys not in {@code allowed}.
   * {@code what} is English ("a clinic price list"); messages say it from the key
   * {@code data.thing.} and its words joined by dots ({@code data.thing.a.clinic.price.list}).
   */
  static Fields open(Node node, String what, String... allowed) {
    return open(node, thing(what), allowed);
  }

  /** The message naming a kind of mapping, from its English words. */
  static Message thing(String what) {
    // its words in lower case joined by dots, as the regular expressions [^a-z0-9]+ -> "." and
    // ^\.|\.$ -> "" would make them, without compiling two of them for every mapping read
    StringBuilder key = new StringBuilder("data.thing.");
    int start = key.length();
    boolean gap = false;
    for (int i = 0; i < what.length(); i++) {
      char c = Character.toLowerCase(what.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && key.length() > start) {
          key.append('.');
        }
        key.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return Message.of(key.toString());
  }

  private static Fields open(Node node, Message what, String... allowed) {
    if (!(node instanceof Node.Obj o)) {
      throw new PricingException(
          node.at(), Message.of("data.expected.mapping", what, Node.describe(node)));
    }
    List<String> keys = Arrays.asList(allowed);
    for (String key : o.fields().keySet()) {
      if (!keys.contains(key)) {
        Optional<String> meant = Suggest.closest(key, keys);
        throw new PricingException(o.keys().get(key), meant.isPresent()
            ? Message.of("data.field.unknown.meant", key, what, meant.get(), String.join(", ", keys))
            : Message.of("data.field.unknown", key, what, String.join(", ", keys)));
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
      throw new PricingException(obj.at(), Message.of("data.field.missing", key, what));
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
    return text(get(key), Message.of("data.thing.field", what, key));
  }

  Optional<Text> optText(String key) {
    return find(key).map(n -> text(n, Message.of("data.thing.field", what, key)));
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
            throw new PricingException(n.at(), Message.of("data.text.empty"));
          }
          if (Visible.blank(s.text())) {
            throw new PricingException(n.at(), Message.of("data.text.blank"));
          }
          return s.text();
        case INTEGER:
        case FLOAT:
        case BOOLEAN:
          throw new PricingException(n.at(), Message.of("data.text.quote", Node.describe(n), s.text()));
        default:
          break;
      }
    }
    throw new PricingException(n.at(), Message.of("data.text.expected", Node.describe(n)));
  }

  /** A whole, non-negative amount of minor units, at most {@code max}. */
  static long amount(Node n, long max) {
    long v = whole(n, Message.of("data.whole.amount"));
    if (v < 0) {
      throw new PricingException(n.at(), Message.of("data.amount.negative", v));
    }
    if (v > max) {
      throw new PricingException(n.at(), Message.of("data.amount.too.large", v, max));
    }
    return v;
  }

  static int integer(Node n, int min, int max) {
    long v = whole(n, Message.of("data.whole.number"));
    if (v < min || v > max) {
      throw new PricingException(n.at(), Message.of("data.whole.bounds", min, max, v));
    }
    return (int) v;
  }

  /** -?(0|[1-9][0-9]*), by hand (issue 21: no regular expression compiled at start-up). */
  static boolean whole(String t) {
    int i = t.startsWith("-") ? 1 : 0;
    if (i == t.length() || (t.charAt(i) == '0' && t.length() > i + 1)) {
      return false;
    }
    for (; i < t.length(); i++) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static long whole(Node n, Message expected) {
    if (n instanceof Node.Scalar s) {
      switch (s.kind()) {
        case INTEGER:
          if (s.text().length() > TooLong.DIGITS && whole(s.text())) {
            throw new PricingException(n.at(), TooLong.number(s.text()));
          }
          if (!whole(s.text())) {
            throw new PricingException(n.at(),
                Message.of("data.whole.digits", expected, TooLong.abbreviate(s.text())));
          }
          try {
            return Long.parseLong(s.text());
          } catch (NumberFormatException e) {
            throw new PricingException(n.at(), Message.of("data.number.too.large", s.text()));
          }
        case FLOAT:
          throw new PricingException(n.at(),
              Message.of("data.expected", expected, TooLong.abbreviate(s.text())));
        case STRING:
          throw new PricingException(n.at(),
              Message.of("data.expected.unquote", expected, Node.describe(n)));
        default:
          break;
      }
    }
    throw new PricingException(n.at(), Message.of("data.expected", expected, Node.describe(n)));
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
        throw new PricingException(n.at(), Message.of("data.bool.yaml", s.text()));
      }
      if (s.kind() == Node.Kind.STRING
          && (s.text().equals("true") || s.text().equals("false"))) {
        throw new PricingException(n.at(),
            Message.of("data.expected.unquote", Message.of("data.bool"), Node.describe(n)));
      }
    }
    throw new PricingException(n.at(), Message.of("data.expected", Message.of("data.bool"), Node.describe(n)));
  }

  static Text text(Node n, String what) {
    return text(n, thing(what));
  }

  static Text text(Node n, Message what) {
    Fields f = open(n, Message.of("data.thing.bilingual", what), "ja", "en");
    return new Text(f.string("ja"), f.string("en"));
  }

  static List<Node> list(Node n) {
    if (n instanceof Node.Arr a) {
      return a.items();
    }
    throw new PricingException(n.at(), Message.of("data.expected", Message.of("data.node.list"), Node.describe(n)));
  }

  /** A date YYYY-MM-DD, from 0001-01-01 to 9999-12-31 (issue 22: no date can reach +999999999). */
  static LocalDate date(Node n) {
    String s = string(n);
    LocalDate d;
    try {
      d = dev.exoplan.domain.value.Dates.iso(s);
    } catch (DateTimeException e) {
      throw new PricingException(n.at(), Message.of("data.date.expected", s));
    }
    if (!DateRange.within(d)) {
      throw new PricingException(n.at(), DateRange.outside(s));
    }
    return d;
  }

  static List<String> strings(Node n) {
    List<String> out = new ArrayList<>();
    for (Node item : list(n)) {
      out.add(string(item));
    }
    return out;
  }
}
