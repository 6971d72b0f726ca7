package dev.exoplan.pricing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Pricing files' trees kept between runs (issue 21), so that a counselor's second quote on the
 * same price list skips the YAML, JSON or workbook parser: a quarter of a text quote's start-up.
 * Only the tree is kept; it is bound, checked and priced afresh every run, so every message about
 * the file's content still comes, with its line and column.
 *
 * <p>An entry is found by the file's content, never its name or date: it holds the content itself,
 * which must equal the file's byte for byte, the exoplan jar it was made by (its path, size and
 * time), the parser (by the name's extension) and a CRC-32 of the whole entry. Anything else, a
 * damaged or foreign entry among them, is a miss: the file is parsed and the entry written again.
 * Entries are written to a temporary file and moved into place, so that runs side by side never
 * read half an entry; the least recently used go when there are more than {@value #KEEP}. A cache that cannot
 * be read or written (a read-only home, a full disk) is no cache: nothing is reported and the
 * file is parsed. A file that does not parse is never kept.
 */
public final class TreeCache {
  /**
   * How many entries the directory keeps: 64, or the system property {@code exoplan.trees.keep}
   * (the golden suite keeps every file it reads, so that each case's second run takes them all from
   * the cache).
   */
  static final int KEEP = 64;

  private static final int MAGIC = 0x45585452; // "EXTR"
  private static final TreeCache NONE = new TreeCache(null, 0);

  private final Path dir;
  private final int keep;

  private TreeCache(Path dir, int keep) {
    this.dir = dir;
    this.keep = keep;
  }

  /** A cache in {@code dir}, made when first written, keeping {@value #KEEP} entries or as set. */
  public static TreeCache in(Path dir) {
    return in(dir, Math.max(1, Integer.getInteger("exoplan.trees.keep", KEEP)));
  }

  /** A cache in {@code dir} keeping {@code keep} entries. */
  static TreeCache in(Path dir, int keep) {
    return new TreeCache(dir, keep);
  }

  /** No cache: every file is parsed. */
  public static TreeCache none() {
    return NONE;
  }

  /** Where entries go, or none. */
  public Optional<Path> directory() {
    return Optional.ofNullable(dir);
  }

  /** The tree of {@code content}, read by {@code name} (whose extension picks the parser). */
  Node tree(String name, byte[] content) {
    if (dir == null) {
      return Workbooks.tree(name, content);
    }
    byte kind = kind(name);
    byte[] maker = Maker.ID;
    Path entry = dir.resolve(fileName(kind, content));
    Optional<Node> kept = read(entry, name, kind, maker, content);
    if (kept.isPresent()) {
      return kept.get();
    }
    Node tree = Workbooks.tree(name, content);
    write(entry, tree, kind, maker, content);
    return tree;
  }

  private static byte kind(String name) {
    if (Workbooks.isWorkbook(name)) {
      return 'X';
    }
    return name.toLowerCase(Locale.ROOT).endsWith(".json") ? (byte) 'J' : (byte) 'Y';
  }

  /** {@code tree-Y} and the content's CRC-32 and length in hexadecimal (no Formatter: start-up). */
  private static String fileName(byte kind, byte[] content) {
    CRC32 crc = new CRC32();
    crc.update(content);
    return "tree-" + (char) kind + Long.toHexString(crc.getValue()) + "-"
        + Integer.toHexString(content.length) + ".bin";
  }

  private static Optional<Node> read(Path entry, String name, byte kind, byte[] maker,
      byte[] content) {
    try {
      // java.io, not NIO's channels: a hit must cost less than the parse it saves (issue 21)
      byte[] b;
      int most = 8 * PricingLoader.MAX_FILE_BYTES + (1 << 16);
      try (java.io.FileInputStream in = new java.io.FileInputStream(entry.toFile())) {
        b = in.readNBytes(most + 1);
      }
      if (b.length > most) {
        return Optional.empty();
      }
      if (b.length < 8) {
        return Optional.empty();
      }
      CRC32 crc = new CRC32();
      crc.update(b, 0, b.length - 8);
      TreeCodec.In in = new TreeCodec.In(b, b.length - 8, b.length);
      long stored = (long) in.i32() << 32 | (in.i32() & 0xffffffffL);
      if (stored != crc.getValue()) {
        return Optional.empty();
      }
      in = new TreeCodec.In(b, 0, b.length - 8);
      if (in.i32() != MAGIC || in.i32() != TreeCodec.VERSION || in.u8() != kind
          || !in.same(maker) || !in.same(content)) {
        return Optional.empty();
      }
      Node tree = TreeCodec.read(name, in);
      if (in.remaining() != 0) {
        return Optional.empty();
      }
      // marked used (the eviction order); if it cannot be, it is still good
      entry.toFile().setLastModified(System.currentTimeMillis());
      return Optional.of(tree);
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return Optional.empty(); // no entry, or one that is not whole: parse
    }
  }

  private void write(Path entry, Node tree, byte kind, byte[] maker, byte[] content) {
    Path temp = null;
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(content.length * 3 + 256);
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(MAGIC);
      out.writeInt(TreeCodec.VERSION);
      out.writeByte(kind);
      out.writeInt(maker.length);
      out.write(maker);
      out.writeInt(content.length);
      out.write(content);
      TreeCodec.write(tree, out);
      out.flush();
      CRC32 crc = new CRC32();
      byte[] body = bytes.toByteArray();
      crc.update(body);
      out.writeLong(crc.getValue());
      out.flush();
      Files.createDirectories(dir);
      // named here, not by Files.createTempFile, whose SecureRandom starts the security providers
      // (10 ms); the process id and the clock make it this run's own, CREATE_NEW makes sure
      Path mine = dir.resolve("tree-" + ProcessHandle.current().pid() + "-" + System.nanoTime()
          + ".tmp");
      Files.write(mine, bytes.toByteArray(), java.nio.file.StandardOpenOption.CREATE_NEW,
          java.nio.file.StandardOpenOption.WRITE);
      temp = mine; // ours: deleted below if the move fails (one half-written goes at eviction)
      Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      temp = null;
      evict();
    } catch (IOException | UncheckedIOException | SecurityException | UnsupportedOperationException e) {
      // no cache this time (read-only, full, or not a directory): the tree was read all the same
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // left for the next eviction
        }
      }
    }
  }

  /** Keeps the entries used last; temporary files an hour old go too. */
  private void evict() throws IOException {
    List<Path> entries = new ArrayList<>();
    long now = System.currentTimeMillis();
    try (DirectoryStream<Path> d = Files.newDirectoryStream(dir, "tree-*")) {
      for (Path p : d) {
        String n = p.getFileName().toString();
        if (n.endsWith(".bin")) {
          entries.add(p);
        } else if (n.endsWith(".tmp")
            && now - Files.getLastModifiedTime(p).toMillis() > 3_600_000L) {
          Files.deleteIfExists(p);
        }
      }
    }
    if (entries.size() <= keep) {
      return;
    }
    Map<Path, Long> used = new HashMap<>();
    for (Path p : entries) {
      used.put(p, Files.getLastModifiedTime(p).toMillis());
    }
    entries.sort(Comparator.comparing(used::get));
    for (int i = 0; i < entries.size() - keep; i++) {
      Files.deleteIfExists(entries.get(i));
    }
  }

  /** Which exoplan made an entry: the jar's path, size and time (a rebuilt jar starts afresh). */
  private static final class Maker {
    static final byte[] ID = id();

    private static byte[] id() {
      String id = "exoplan";
      try {
        var source = TreeCache.class.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
          Path jar = Path.of(source.getLocation().toURI());
          id = jar + "\u0000" + (Files.isRegularFile(jar)
              ? Files.size(jar) + "\u0000" + Files.getLastModifiedTime(jar).toMillis() : "classes");
        }
      } catch (Exception e) {
        // an unusual class loader: the entries still carry the tree format's version
      }
      return id.getBytes(StandardCharsets.UTF_8);
    }
  }
}
