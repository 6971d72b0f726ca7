package dev.exoplan.pricing;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.domain.text.Message;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Clinic price lists in a workbook (issue 19): the template, and conversion between YAML, JSON and
 * .xlsx. A conversion reads and checks its input as {@code --pricing} would, writes the same tree in
 * the other format, and reads its own output back: the clinic bound from it must equal the one
 * bound from the input, or nothing is written.
 */
public final class Workbooks {
  /** The clinic the template is filled with. */
  static final String EXAMPLE = "pricing/example-clinic.yaml";

  private Workbooks() {}

  /** The formats a price list is written in, by the output file's extension. */
  public enum Format {
    XLSX, YAML, JSON;

    public static Optional<Format> of(String name) {
      String n = name.toLowerCase(Locale.ROOT);
      if (n.endsWith(".xlsx")) {
        return Optional.of(XLSX);
      }
      if (n.endsWith(".yaml") || n.endsWith(".yml")) {
        return Optional.of(YAML);
      }
      return n.endsWith(".json") ? Optional.of(JSON) : Optional.empty();
    }
  }

  /** Whether {@code name} is read as a workbook (.xlsx). */
  public static boolean isWorkbook(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /** The tree of a pricing file, by its name: a workbook, JSON, else YAML. */
  static Node tree(String name, byte[] content) {
    if (isWorkbook(name)) {
      return WorkbookReader.read(name, content);
    }
    return TreeReader.read(name, content, !name.toLowerCase(Locale.ROOT).endsWith(".json"));
  }

  /** The template: the example clinic as a workbook. */
  public static byte[] template(Catalog base) {
    try (InputStream in = Workbooks.class.getResourceAsStream("/" + EXAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("the example clinic is missing from the jar: " + EXAMPLE);
      }
      return convert(EXAMPLE, in.readAllBytes(), Format.XLSX, base);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code content} (named {@code name}) in {@code to}, checked to read back to the same clinic. */
  public static byte[] convert(String name, byte[] content, Format to, Catalog base) {
    Node root = tree(name, content);
    PriceTable table = TableBinder.bind(name, root, base);
    if (table.kind() != PriceTable.Kind.CLINIC || table.version() != ClinicMenuBinder.VERSION) {
      Node.Obj top = (Node.Obj) root;
      Node version = top.fields().get("version");
      throw new PricingException(version == null ? top.at() : version.at(),
          Message.of("data.xlsx.version", table.kind().id(), table.version()));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String copy = switch (to) {
      case XLSX -> "copy.xlsx";
      case YAML -> "copy.yaml";
      case JSON -> "copy.json";
    };
    try {
      if (to == Format.XLSX) {
        WorkbookWriter.write(top(root), out);
      } else {
        TreeWriter.write(root, to == Format.YAML, "# " + table.id()
            + ": converted by exoplan pricing convert; format: docs/clinic-price-lists.md\n", out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = out.toByteArray();
    PriceTable again = TableBinder.bind(name, tree(copy, bytes), base);
    if (!again.equals(table)) {
      throw new IllegalStateException("the converted list does not read back to the same clinic: "
          + name);
    }
    return bytes;
  }

  private static Node.Obj top(Node root) {
    return (Node.Obj) root;
  }
}
