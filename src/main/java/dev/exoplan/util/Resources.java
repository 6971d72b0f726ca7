package dev.exoplan.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * exoplan's own resources (compiled tables, message texts), read straight from the jar or classes
 * directory exoplan runs from. The class loader would find them too, but first searches every
 * system module for the name, which costs more at start-up than the rest of a short command.
 */
public final class Resources {
  private Resources() {}

  /** The jar, or classes directory, exoplan runs from: found once. */
  private static Path home;

  /**
   * The jar, opened once and kept open for the life of the process (reading its directory again for
   * each resource costs a millisecond on a cold JVM; the JVM holds it open anyway); null when
   * exoplan runs from a classes directory.
   */
  private static ZipFile jar;

  /** The resource at {@code name} (no leading slash), or empty if exoplan has none by that name. */
  public static Optional<InputStream> open(String name) {
    byte[] embedded = Embedded.get(name); // issue 21: the compiled binaries, without the jar
    if (embedded != null) {
      return Optional.of(new java.io.ByteArrayInputStream(embedded));
    }
    try {
      Path dir;
      ZipFile zip;
      synchronized (Resources.class) {
        if (home == null) {
          Path found = locate();
          jar = Files.isDirectory(found) ? null : new ZipFile(found.toFile());
          home = found;
        }
        dir = home;
        zip = jar;
      }
      if (zip == null) {
        Path file = dir.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
      }
      ZipEntry entry = zip.getEntry(name);
      return entry == null ? Optional.empty() : Optional.of(zip.getInputStream(entry));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The jar, or classes directory, this class was loaded from. */
  private static Path locate() {
    try {
      return Path.of(Resources.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
