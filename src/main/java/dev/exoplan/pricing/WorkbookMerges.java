package dev.exoplan.pricing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first merged range of a workbook's sheets (issue 19), found by reading the sheets' parts of
 * the checked zip: a merge shows one value over several cells and hides the others' values from
 * whoever looks, so a price list with one is refused, where it starts. No DTD is read.
 */
final class WorkbookMerges {
  /** A merged range: the sheet's name and the range (B3:C3). */
  record Merge(String sheet, String range) {}

  private WorkbookMerges() {}

  static Optional<Merge> first(byte[] checkedZip) {
    Map<String, byte[]> parts = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(checkedZip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        String n = e.getName();
        if (n.equals("xl/workbook.xml") || n.equals("xl/_rels/workbook.xml.rels")
            || n.startsWith("xl/worksheets/")) {
          parts.put(n, in.readAllBytes());
        }
      }
      Map<String, String> targets = new HashMap<>();
      scan(parts.get("xl/_rels/workbook.xml.rels"), "Relationship", r -> {
        String target = r.getAttributeValue(null, "Target");
        if (target != null) {
          targets.put(r.getAttributeValue(null, "Id"),
              target.startsWith("/") ? target.substring(1) : "xl/" + target);
        }
        return null;
      });
      return Optional.ofNullable(scan(parts.get("xl/workbook.xml"), "sheet", s -> {
        String id = null;
        for (int i = 0; i < s.getAttributeCount(); i++) {
          if (s.getAttributeLocalName(i).equals("id")) {
            id = s.getAttributeValue(i);
          }
        }
        String name = s.getAttributeValue(null, "name");
        String range = scan(parts.get(targets.get(id)), "mergeCell",
            m -> m.getAttributeValue(null, "ref"));
        return range == null ? null : new Merge(name, range);
      }));
    } catch (IOException | XMLStreamException e) {
      return Optional.empty(); // the reader says what is wrong with the workbook
    }
  }

  interface Element<T> {
    T at(XMLStreamReader r) throws XMLStreamException;
  }

  /** The first non-null result of {@code each} over the elements named {@code local}. */
  private static <T> T scan(byte[] xml, String local, Element<T> each) throws XMLStreamException {
    if (xml == null) {
      return null;
    }
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
    try {
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals(local)) {
          T t = each.at(r);
          if (t != null) {
            return t;
          }
        }
      }
      return null;
    } finally {
      r.close();
    }
  }
}
