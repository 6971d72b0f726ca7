package dev.exoplan.pricing;

import dev.exoplan.domain.text.Message;
import dev.exoplan.pricing.WorkbookLayout.Column;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;

/**
 * One cell of a workbook as a value of the tree (issue 19). A formula is refused, never evaluated
 * (its cached value may be stale, and =HYPERLINK is a link, not a price); so is a cell showing an
 * error. A number typed as text, or with full-width digits or thousands separators (１１０,０００),
 * is read as the number in a column of numbers; a date typed into the effective date's cell
 * arrives as a serial number and is read as that date.
 */
final class WorkbookCells {
  private static final Pattern NUMBER = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
  private static final Pattern FROM = Pattern.compile("(?:from\\s*)?(.+?)\\s*(?:[~〜]|から)?");
  private static final Pattern SPLIT = Pattern.compile("[,、\\s]+");

  private final Position at;
  private final boolean date1904;

  WorkbookCells(Position at, boolean date1904) {
    this.at = at;
    this.date1904 = date1904;
  }

  static boolean hasValue(Cell c) {
    return c.getType() != CellType.EMPTY
        && !(c.getType() == CellType.STRING && c.asString().isBlank());
  }

  /** A header or a field's key: text, or nothing. */
  static String key(Position at, Cell c) {
    if (!hasValue(c)) {
      return null;
    }
    if (c.getType() != CellType.STRING) {
      refuseFormula(at, c);
      throw new PricingException(at, Message.of("data.xlsx.key.text", c.getRawValue()));
    }
    return c.asString().strip();
  }

  /**
   * LibreOffice saves a cell holding true or false as the formula TRUE() or FALSE(): that constant
   * is the one formula read, as the value it names; any other is refused.
   */
  private static final Pattern CONSTANT = Pattern.compile("(?i)(true|false)(\\(\\))?");

  private static String constant(Cell c) {
    if (c.getType() != CellType.FORMULA || c.getFormula() == null) {
      return null;
    }
    Matcher m = CONSTANT.matcher(c.getFormula().strip());
    return m.matches() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : null;
  }

  private static void refuseFormula(Position at, Cell c) {
    if (c.getType() == CellType.FORMULA && constant(c) == null) {
      throw new PricingException(at, Message.of("data.xlsx.formula", abbreviate("=" + c.getFormula())));
    }
    if (c.getType() == CellType.ERROR) {
      throw new PricingException(at, Message.of("data.xlsx.cell.error", abbreviate(c.getRawValue())));
    }
  }

  /** The cell's value for {@code column}, or null when it is empty. */
  Node value(Cell c, Column column) {
    if (!hasValue(c)) {
      return null;
    }
    refuseFormula(at, c);
    String constant = constant(c);
    if (constant != null) {
      if (column.type() != WorkbookLayout.Type.BOOL) {
        throw new PricingException(at, Message.of("data.xlsx.formula", "=" + c.getFormula()));
      }
      return new Node.Scalar(at, Node.Kind.BOOLEAN, constant);
    }
    return switch (column.type()) {
      case TEXT -> new Node.Scalar(at, Node.Kind.STRING, text(c));
      case NUMBER -> number(c, false);
      case COUNT -> count(c);
      case PRICE -> number(c, true);
      case BOOL -> bool(c);
      case LIST -> list(c);
      case NUMBERS -> numbers(c); // issue 20
      case DATE -> date(c);
    };
  }

  private String text(Cell c) {
    String s = switch (c.getType()) {
      case NUMBER -> plain(c.asNumber());
      case BOOLEAN -> c.asBoolean() ? "true" : "false";
      default -> c.asString();
    };
    if (s.length() > TreeReader.MAX_STRING) {
      throw new PricingException(at, Message.of("data.text.too.long", TreeReader.MAX_STRING));
    }
    return TreeReader.text(at, s);
  }

  /** Issue 19: a number of sessions, or a range of them written 2..3 (read as the YAML's text). */
  private Node count(Cell c) {
    if (c.getType() == CellType.STRING) {
      String s = Normalizer.normalize(text(c), Normalizer.Form.NFKC).strip();
      if (s.matches("\\d{1,9}\\s*\\.\\.\\s*\\d{1,9}")) {
        return new Node.Scalar(at, Node.Kind.STRING, s.replaceAll("\\s", ""));
      }
    }
    return number(c, false);
  }

  private Node number(Cell c, boolean price) {
    if (c.getType() == CellType.NUMBER) {
      return scalar(plain(c.asNumber()));
    }
    if (c.getType() != CellType.STRING) {
      throw new PricingException(at, Message.of("data.xlsx.number", abbreviate(c.getRawValue())));
    }
    String s = Normalizer.normalize(text(c), Normalizer.Form.NFKC).strip();
    if (price && (s.equals(ClinicSurcharges.ON_REQUEST) || s.equals("要問合せ"))) {
      return new Node.Scalar(at, Node.Kind.STRING, ClinicSurcharges.ON_REQUEST); // issue 19
    }
    if (price) {
      Matcher m = FROM.matcher(s);
      if (m.matches() && (m.group(1).length() < s.length())
          && NUMBER.matcher(m.group(1)).matches()) {
        Map<String, Node> fields = new LinkedHashMap<>();
        Map<String, Position> keys = new HashMap<>();
        fields.put("from", scalar(m.group(1).replace(",", "")));
        keys.put("from", at);
        return new Node.Obj(at, fields, keys);
      }
    }
    if (!NUMBER.matcher(s).matches()) {
      throw new PricingException(at, Message.of("data.xlsx.number", abbreviate(s)));
    }
    return scalar(s.replace(",", ""));
  }

  private Node.Scalar scalar(String digits) {
    boolean fraction = digits.indexOf('.') >= 0;
    return new Node.Scalar(at, fraction ? Node.Kind.FLOAT : Node.Kind.INTEGER, digits);
  }

  /** A number as written, without exponent; one too long to be any amount is refused here. */
  private String plain(BigDecimal n) {
    BigDecimal v = n.stripTrailingZeros();
    if (v.precision() - v.scale() > TooLong.DIGITS + 1 || v.scale() > 40) {
      throw new PricingException(at, Message.of("data.number.too.large", abbreviate(n.toString())));
    }
    return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
  }

  private Node bool(Cell c) {
    String s = switch (c.getType()) {
      case BOOLEAN -> c.asBoolean() ? "true" : "false";
      case NUMBER -> c.asNumber().signum() == 0 ? "false"
          : c.asNumber().compareTo(BigDecimal.ONE) == 0 ? "true" : c.getRawValue();
      default -> c.asString().strip().toLowerCase(java.util.Locale.ROOT);
    };
    if (!s.equals("true") && !s.equals("false")) {
      throw new PricingException(at, Message.of("data.xlsx.bool", abbreviate(s)));
    }
    return new Node.Scalar(at, Node.Kind.BOOLEAN, s);
  }

  private Node list(Cell c) {
    List<Node> items = new ArrayList<>();
    for (String id : SPLIT.split(text(c))) {
      if (!id.isEmpty()) {
        items.add(new Node.Scalar(at, Node.Kind.STRING, id));
      }
    }
    return new Node.Arr(at, items);
  }

  /** Issue 20: whole numbers separated by commas (a loan's counts), each as the YAML's integer. */
  private Node numbers(Cell c) {
    List<Node> items = new ArrayList<>();
    for (String n : SPLIT.split(Normalizer.normalize(text(c), Normalizer.Form.NFKC))) {
      if (!n.isEmpty()) {
        if (!n.matches("\\d{1,9}")) {
          throw new PricingException(at, Message.of("data.xlsx.number", abbreviate(n)));
        }
        items.add(new Node.Scalar(at, Node.Kind.INTEGER, n));
      }
    }
    return new Node.Arr(at, items);
  }

  /** A date: text as written, or a serial number (days since 1899-12-30, or 1904-01-01). */
  private Node date(Cell c) {
    if (c.getType() != CellType.NUMBER) {
      return new Node.Scalar(at, Node.Kind.STRING, text(c));
    }
    BigDecimal n = c.asNumber();
    if (n.stripTrailingZeros().scale() > 0 || n.signum() <= 0 || n.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
      throw new PricingException(at, Message.of("data.xlsx.date", abbreviate(c.getRawValue())));
    }
    LocalDate epoch = date1904 ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, 30);
    return new Node.Scalar(at, Node.Kind.STRING, epoch.plusDays(n.longValueExact()).toString());
  }

  private static String abbreviate(String s) {
    String v = s == null ? "" : s;
    return v.length() <= 40 ? v : v.substring(0, 37) + "...";
  }
}
