package dev.exoplan.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.cli.CliSupport;
import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.tools.ExternalTool;
import dev.exoplan.tools.Spreadsheet;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook in a real spreadsheet program (issue 19): LibreOffice Calc (headless) opens the
 * template, and a workbook LibreOffice saved, after a price was changed in its own file, loads with
 * the change and quotes as the YAML list with the same change does.
 */
class WorkbookInLibreOfficeIT {
  @TempDir Path dir;

  static final String QUOTE = "quote --method iv --date 2026-12-01 --patient A --pricing ";

  /** Converts the files with one LibreOffice start (about 1.5 s of CPU each); their names must differ. */
  private List<Path> soffice(String to, Path outDir, Path... in) throws Exception {
    Path soffice = ExternalTool.require("soffice", "libreoffice-calc");
    Files.createDirectories(outDir);
    List<String> command = new ArrayList<>(List.of(soffice.toString(), "--headless", "--norestore",
        "--nolockcheck", "-env:UserInstallation=" + Spreadsheet.profile().toUri(), "--convert-to", to,
        "--outdir", outDir.toString()));
    List<Path> outs = new ArrayList<>();
    for (Path p : in) {
      command.add(p.toString());
      String name = p.getFileName().toString();
      outs.add(outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + to.split(":")[0]));
    }
    ExternalTool.run(command, dir, 180);
    for (Path out : outs) {
      assertThat(out).as("LibreOffice wrote it").exists();
    }
    return outs;
  }

  @Test
  void libreOfficeOpensTheTemplateAndWhatItSavesLoadsWithTheEdit() throws Exception {
    Path root = Path.of("").toAbsolutePath();
    Path template = dir.resolve("clinic.xlsx");
    var made = CliSupport.run(root, "pricing", "template", "-o", template.toString());
    assertThat(made.exit()).as(made.err()).isZero();

    // opened: every sheet's headers and values, no formula anywhere
    Path ods = soffice("ods", dir.resolve("ods"), template).get(0);
    List<List<Spreadsheet.Cell>> rows = Spreadsheet.cells(ods);
    assertThat(rows.stream().flatMap(List::stream)).allMatch(c -> c.formula().isEmpty()
        || c.formula().matches("(?i)of:=(true|false)\\(\\)"));
    assertThat(rows.stream().flatMap(List::stream).map(Spreadsheet.Cell::text))
        .contains("料金(〜円は 33000〜)", "price", "iv-standard", "33000〜", "included", "scalp-cc");
    assertThat(rows.stream().flatMap(List::stream))
        .anyMatch(c -> c.type().equals("float") && c.value().equals("110000"));

    // a price changed in LibreOffice's own file (110,000 to 120,000); both files saved as .xlsx by
    // it, in one start: the one unchanged, the one edited
    Path edited = dir.resolve("edited/edited.ods");
    Files.createDirectories(edited.getParent());
    replaceInContent(ods, edited, "110000", "120000");
    List<Path> xlsx = soffice("xlsx:Calc MS Excel 2007 XML", dir.resolve("xlsx"), ods, edited);

    // saved again unchanged: the same clinic, the same quote
    Path same = xlsx.get(0);
    assertThat(bound(same)).isEqualTo(bound(root.resolve("pricing/example-clinic.yaml"), "same"));
    var fromYaml = CliSupport.run(root, (QUOTE + "pricing/example-clinic.yaml").split(" "));
    var fromXlsx = CliSupport.run(root, (QUOTE + same).split(" "));
    assertThat(fromXlsx.exit()).as(fromXlsx.err()).isZero();
    assertThat(fromXlsx.out()).isEqualTo(fromYaml.out()).contains("¥415,800");

    // the edited one: loads with the change
    Path saved = xlsx.get(1);
    Path yaml = dir.resolve("edited.yaml");
    Files.writeString(yaml, Files.readString(root.resolve("pricing/example-clinic.yaml"))
        .replace("110000", "120000"));
    assertThat(bound(saved)).isEqualTo(bound(yaml, "same"));
    var editedYaml = CliSupport.run(root, (QUOTE + yaml).split(" "));
    var editedXlsx = CliSupport.run(root, (QUOTE + saved).split(" "));
    assertThat(editedXlsx.out()).isEqualTo(editedYaml.out()).isNotEqualTo(fromYaml.out());
  }

  static PriceTable bound(Path xlsx) throws IOException {
    return TableBinder.bind("same", WorkbookReader.read(xlsx.toString(), Files.readAllBytes(xlsx)),
        PricingLoader.shipped());
  }

  static PriceTable bound(Path yaml, String origin) throws IOException {
    return PricingLoader.parse(origin, Files.readAllBytes(yaml), PricingLoader.shipped());
  }

  /** The ODS with {@code from} replaced in its content.xml (values and shown texts), mimetype first. */
  static void replaceInContent(Path ods, Path out, String from, String to) throws IOException {
    try (ZipFile in = new ZipFile(ods.toFile());
        OutputStream os = Files.newOutputStream(out);
        ZipOutputStream zip = new ZipOutputStream(os)) {
      byte[] mimetype = in.getInputStream(in.getEntry("mimetype")).readAllBytes();
      ZipEntry m = new ZipEntry("mimetype");
      m.setMethod(ZipEntry.STORED);
      m.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      m.setCrc(crc.getValue());
      zip.putNextEntry(m);
      zip.write(mimetype);
      zip.closeEntry();
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        if (e.getName().equals("mimetype")) {
          continue;
        }
        byte[] bytes;
        try (InputStream s = in.getInputStream(e)) {
          bytes = s.readAllBytes();
        }
        if (e.getName().equals("content.xml")) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          assertThat(xml).contains(from);
          bytes = xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(bytes);
        zip.closeEntry();
      }
    }
  }
}
