package dev.exoplan.tools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A CSV file as LibreOffice Calc reads it: converted headless to ODS, then the cells read back from
 * the ODS file's content.xml, with each cell's type and whether it holds a formula.
 */
public final class Spreadsheet {
  static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

  /** A cell: its type (string, float, boolean, or empty), shown text, value and formula, if any. */
  public record Cell(String type, String text, String value, String formula) {}

  private Spreadsheet() {}

  /**
   * Opens a CSV file in LibreOffice Calc. With {@code quotedAsText} false, Calc's defaults, as a
   * double-click gets them (a quoted "003" becomes the number 3); with it true, the Text Import
   * option "Format quoted field as text".
   */
  public static List<List<Cell>> openCsv(Path csv, Path workDir, boolean quotedAsText) throws Exception {
    return converted(csv, convertCsvs(List.of(csv), workDir.resolve("ods"), quotedAsText));
  }

  /**
   * Converts many CSV files to ODS in {@code outDir} with ONE LibreOffice start (each start costs
   * about 1.5 s of CPU, the conversion itself little), with the import options of
   * {@link #openCsv}; LibreOffice takes one --infilter for all the files of a start, so one call per
   * import mode. The files' names must differ. Read each file's cells back with
   * {@link #converted}, which fails for that file alone if LibreOffice wrote no ODS for it.
   */
  public static Path convertCsvs(List<Path> csvs, Path outDir, boolean quotedAsText) throws Exception {
    Path soffice = ExternalTool.require("soffice", "libreoffice-calc");
    Files.createDirectories(outDir);
    List<String> command = new ArrayList<>(List.of(soffice.toString(), "--headless", "--norestore",
        "--nolockcheck", "-env:UserInstallation=" + profile().toUri(),
        "--infilter=CSV:44,34,76,1" + (quotedAsText ? ",,0,true,false" : ""),
        "--convert-to", "ods", "--outdir", outDir.toString()));
    csvs.forEach(csv -> command.add(csv.toString()));
    ExternalTool.run(command, outDir, 180 + 30 * csvs.size());
    return outDir;
  }

  /** The cells of the ODS that {@link #convertCsvs} wrote in {@code odsDir} for {@code csv}. */
  public static List<List<Cell>> converted(Path csv, Path odsDir) throws Exception {
    Path ods = odsDir.resolve(csv.getFileName().toString().replaceAll("\\.csv$", "") + ".ods");
    if (!Files.exists(ods)) {
      throw new AssertionError("LibreOffice wrote no " + ods);
    }
    return cells(ods);
  }

  private static Path profile;

  /**
   * One LibreOffice user profile per test JVM: the first start fills it (about 12 s on a loaded
   * 2-core machine), later starts reuse it (about 4.5 s). The tests of a JVM run one at a time, so
   * no two LibreOffice processes share it; it is removed when the JVM exits.
   */
  public static synchronized Path profile() throws IOException {
    if (profile == null) {
      Path p = Files.createTempDirectory("exoplan-lo-profile-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try (var files = Files.walk(p)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
          // a profile left in the temporary directory: harmless
        }
      }));
      profile = p;
    }
    return profile;
  }

  public static List<List<Cell>> cells(Path ods) throws Exception {
    try (ZipFile zip = new ZipFile(ods.toFile())) {
      ZipEntry entry = zip.getEntry("content.xml");
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document doc;
      try (InputStream in = zip.getInputStream(entry)) {
        doc = f.newDocumentBuilder().parse(in);
      }
      List<List<Cell>> rows = new ArrayList<>();
      NodeList rowNodes = doc.getElementsByTagNameNS(TABLE, "table-row");
      for (int r = 0; r < rowNodes.getLength(); r++) {
        Element row = (Element) rowNodes.item(r);
        int rowRepeat = intAttr(row, "number-rows-repeated");
        List<Cell> cells = new ArrayList<>();
        for (Node n = row.getFirstChild(); n != null; n = n.getNextSibling()) {
          if (!(n instanceof Element cell) || !cell.getLocalName().endsWith("table-cell")) {
            continue;
          }
          int repeat = intAttr(cell, "number-columns-repeated");
          String type = cell.getAttributeNS(OFFICE, "value-type");
          String value = cell.getAttributeNS(OFFICE, switch (type) {
            case "boolean" -> "boolean-value";
            case "date" -> "date-value";
            default -> "value";
          });
          String formula = cell.getAttributeNS(TABLE, "formula");
          StringBuilder text = new StringBuilder();
          NodeList ps = cell.getElementsByTagNameNS(TEXT, "p");
          for (int i = 0; i < ps.getLength(); i++) {
            text.append(i > 0 ? "\n" : "");
            odfText(ps.item(i), text);
          }
          Cell c = new Cell(type.isEmpty() ? "empty" : type, text.toString(), value, formula);
          for (int i = 0; i < Math.min(repeat, 64); i++) {
            cells.add(c);
          }
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).type().equals("empty")) {
          cells.remove(cells.size() - 1);
        }
        if (cells.isEmpty()) {
          continue; // LibreOffice pads the sheet with repeated empty rows
        }
        for (int i = 0; i < Math.min(rowRepeat, 64); i++) {
          rows.add(cells);
        }
      }
      return rows;
    }
  }

  /** A paragraph's text as the cell holds it: ODF writes tabs, runs of spaces and breaks as elements. */
  private static void odfText(Node node, StringBuilder out) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && TEXT.equals(e.getNamespaceURI())) {
        switch (e.getLocalName()) {
          case "tab" -> out.append('\t');
          case "line-break" -> out.append('\n');
          case "s" -> out.append(" ".repeat(Math.max(1, intAttr(e, "c"))));
          default -> odfText(e, out);
        }
      } else if (n instanceof Element e) {
        odfText(e, out);
      } else if (n.getNodeType() == Node.TEXT_NODE) {
        out.append(n.getNodeValue());
      }
    }
  }

  private static int intAttr(Element e, String name) {
    String v = e.getAttributeNS(TABLE, name);
    return v.isEmpty() ? 1 : Integer.parseInt(v);
  }

  /** A small RFC 4180 reader for checking exoplan's own CSV (quoted fields, "" escapes, CRLF). */
  public static List<List<String>> parseCsv(String csv) {
    String s = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        row.add(wasQuoted ? "\"" + cell : cell.toString());
        cell.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        row.add(wasQuoted ? "\"" + cell : cell.toString());
        rows.add(row);
        row = new ArrayList<>();
        cell.setLength(0);
        wasQuoted = false;
        i++;
      } else {
        cell.append(c);
      }
    }
    if (!row.isEmpty() || cell.length() > 0) {
      row.add(wasQuoted ? "\"" + cell : cell.toString());
      rows.add(row);
    }
    return rows;
  }
}
