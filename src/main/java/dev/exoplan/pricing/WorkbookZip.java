package dev.exoplan.pricing;

import dev.exoplan.domain.text.Message;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * A workbook's zip, inflated under limits before any spreadsheet code sees it (issue 19): at most
 * {@value #MAX_ENTRIES} entries, each at most {@value #MAX_ENTRY} bytes inflated and all together
 * at most {@value #MAX_TOTAL}, counted as they are inflated (a zip bomb stops at the limit, never
 * at the size it claims). What passes is packed again, so the reader reads exactly the entries
 * checked here, whatever the central directory said.
 */
final class WorkbookZip {
  static final int MAX_ENTRIES = 200;
  static final int MAX_ENTRY = 8 << 20;
  static final int MAX_TOTAL = 24 << 20;

  private WorkbookZip() {}

  static byte[] checked(String file, byte[] content) {
    Position at = new Position(file, 1, 1);
    if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
      throw new PricingException(at, Message.of("data.xlsx.not.zip"));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length * 2);
    Set<String> names = new HashSet<>();
    long total = 0;
    int entries = 0;
    try (ZipFile in = ZipFile.builder()
            .setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get();
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(1);
      byte[] buffer = new byte[1 << 14];
      for (ZipArchiveEntry e : Collections.list(in.getEntries())) {
        if (++entries > MAX_ENTRIES) {
          throw new PricingException(at, Message.of("data.xlsx.entries", MAX_ENTRIES));
        }
        if (!names.add(e.getName())) {
          throw new PricingException(at, Message.of("data.xlsx.damaged"));
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        long size = 0;
        try (InputStream entry = in.getInputStream(e)) {
          for (int n = entry.read(buffer); n > 0; n = entry.read(buffer)) {
            size += n;
            total += n;
            if (size > MAX_ENTRY || total > MAX_TOTAL) {
              throw new PricingException(at, Message.of("data.xlsx.inflated", MAX_ENTRY >> 20,
                  MAX_TOTAL >> 20));
            }
            zip.write(buffer, 0, n);
          }
        }
        zip.closeEntry();
      }
      if (entries == 0) {
        throw new PricingException(at, Message.of("data.xlsx.not.zip"));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof PricingException p) {
        throw p;
      }
      throw new PricingException(at, Message.of("data.xlsx.damaged"));
    }
    return out.toByteArray();
  }

  static InputStream open(byte[] checked) {
    return new ByteArrayInputStream(checked);
  }
}
