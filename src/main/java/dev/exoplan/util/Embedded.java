package dev.exoplan.util;

import java.nio.charset.StandardCharsets;

/**
 * The binaries the build compiles (the market tables, the message texts, the course-contract
 * rule), inside a class, so that a run reads them from the start-up archive with the class rather
 * than opening exoplan's jar: the jar holds some 9,000 entries, and reading its directory cost a
 * cold JVM about 5 ms, an eighth of a Hello World, on every command (issue 21).
 *
 * <p>{@link #get} as written here has nothing; the build (src/build/Embed.java, after the binaries
 * are compiled) replaces its body with one that returns each binary's bytes, held as string
 * constants of Latin-1 characters, a byte each. Run from source without that step, every
 * resource is read from the jar or classes directory as before. EmbeddedTest proves each embedded
 * binary byte for byte the file the build compiled.
 */
final class Embedded {
  private Embedded() {}

  /** The bytes of resource {@code name}, or null when the build embedded none by that name. */
  static byte[] get(String name) {
    return null;
  }

  /** The bytes the build split into string constants of at most 20,000 characters. */
  static byte[] join(int length, String... parts) {
    byte[] out = new byte[length];
    int at = 0;
    for (String p : parts) {
      byte[] b = p.getBytes(StandardCharsets.ISO_8859_1);
      System.arraycopy(b, 0, out, at, b.length);
      at += b.length;
    }
    if (at != length) {
      throw new IllegalStateException("an embedded binary of " + at + " bytes, not " + length);
    }
    return out;
  }
}
