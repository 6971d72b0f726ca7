package dev.exoplan.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pricing files' trees kept between runs (issue 21): found by content, never wrong, never in the way. */
class TreeCacheTest {
  @TempDir Path dir;

  static final byte[] EXAMPLE = read("pricing/example-clinic.yaml");

  static byte[] read(String f) {
    try {
      return Files.readAllBytes(Path.of(f));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  List<Path> entries() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".bin")).sorted().toList();
    }
  }

  @Test
  void aSecondReadTakesTheKeptTreeAndItIsTheParsersTree() throws Exception {
    TreeCache cache = TreeCache.in(dir);
    Node parsed = Workbooks.tree("clinic.yaml", EXAMPLE);
    assertThat(cache.tree("clinic.yaml", EXAMPLE)).isEqualTo(parsed);
    List<Path> kept = entries();
    assertThat(kept).hasSize(1);
    // a hit marks the entry used: its time moves from the epoch to now
    Files.setLastModifiedTime(kept.get(0), FileTime.fromMillis(0));
    Node again = cache.tree("renamed.yaml", EXAMPLE);
    assertThat(Files.getLastModifiedTime(kept.get(0)).toMillis()).isGreaterThan(0);
    assertThat(again).isEqualTo(Workbooks.tree("renamed.yaml", EXAMPLE));
    assertThat(TreeCodecTest.keyOrder(again)).isEqualTo(TreeCodecTest.keyOrder(parsed));
  }

  @Test
  void changedContentIsParsedAfresh() throws Exception {
    TreeCache cache = TreeCache.in(dir);
    cache.tree("clinic.yaml", EXAMPLE);
    // one price changed: the same size, the same name
    String text = new String(EXAMPLE, StandardCharsets.UTF_8);
    byte[] changed = text.replaceFirst("price: (\\d)", "price: 9").getBytes(StandardCharsets.UTF_8);
    assertThat(changed).hasSameSizeAs(EXAMPLE).isNotEqualTo(EXAMPLE);
    assertThat(cache.tree("clinic.yaml", changed)).isEqualTo(Workbooks.tree("clinic.yaml", changed));
    assertThat(entries()).hasSize(2);
  }

  /** The same bytes read as JSON are another parser's tree, and another entry. */
  @Test
  void theParserIsPartOfTheKey() throws Exception {
    byte[] json = "{\"a\": 1}".getBytes(StandardCharsets.UTF_8);
    TreeCache cache = TreeCache.in(dir);
    cache.tree("x.yaml", json);
    cache.tree("x.json", json);
    assertThat(entries()).hasSize(2);
  }

  /** Any byte of an entry changed: the file is parsed again and the entry made whole. */
  @Test
  void aDamagedEntryIsAMiss() throws Exception {
    TreeCache cache = TreeCache.in(dir);
    Node parsed = cache.tree("clinic.yaml", EXAMPLE);
    Path entry = entries().get(0);
    byte[] whole = Files.readAllBytes(entry);
    for (int at : new int[] {0, 5, 9, 40, whole.length / 2, whole.length - 20, whole.length - 1}) {
      byte[] bad = whole.clone();
      bad[at] ^= 0x20;
      Files.write(entry, bad);
      assertThat(cache.tree("clinic.yaml", EXAMPLE)).as("byte %d", at).isEqualTo(parsed);
      assertThat(Files.readAllBytes(entry)).as("byte %d", at).isEqualTo(whole);
    }
    Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 3));
    assertThat(cache.tree("clinic.yaml", EXAMPLE)).isEqualTo(parsed);
  }

  @Test
  void aFileThatDoesNotParseIsNeverKept() throws Exception {
    TreeCache cache = TreeCache.in(dir);
    byte[] bad = "a: [1, 2\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> cache.tree("bad.yaml", bad)).isInstanceOf(PricingException.class)
        .hasMessageContaining("bad.yaml:");
    assertThat(entries()).isEmpty();
  }

  /** A cache that cannot be written is no cache: the tree comes all the same. */
  @Test
  void anUnwritableCacheIsNoCache() throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("file"), "x");
    TreeCache cache = TreeCache.in(notADirectory.resolve("exoplan"));
    assertThat(cache.tree("clinic.yaml", EXAMPLE)).isEqualTo(Workbooks.tree("clinic.yaml", EXAMPLE));
    assertThat(cache.tree("clinic.yaml", EXAMPLE)).isEqualTo(Workbooks.tree("clinic.yaml", EXAMPLE));
  }

  @Test
  void theOldestEntriesGo() throws Exception {
    TreeCache cache = TreeCache.in(dir, TreeCache.KEEP);
    for (int i = 0; i < TreeCache.KEEP + 6; i++) {
      byte[] content = ("n: " + i + "\n").getBytes(StandardCharsets.UTF_8);
      cache.tree("f.yaml", content);
      List<Path> now = entries();
      for (Path p : now) { // distinct times, oldest first, whatever the clock's resolution
        if (Files.getLastModifiedTime(p).toMillis() > 1_000_000L) {
          Files.setLastModifiedTime(p, FileTime.fromMillis(1_000_000L + i * 1000L));
        }
      }
    }
    assertThat(entries()).hasSize(TreeCache.KEEP);
    // the first six are gone: reading them again parses and keeps them anew
    Files.setLastModifiedTime(entries().get(0), FileTime.fromMillis(5));
    assertThat(cache.tree("f.yaml", "n: 0\n".getBytes(StandardCharsets.UTF_8))).isNotNull();
    assertThat(entries()).hasSize(TreeCache.KEEP);
  }

  @Test
  void noneParsesEveryTime() throws Exception {
    assertThat(TreeCache.none().directory()).isEmpty();
    assertThat(TreeCache.none().tree("clinic.yaml", EXAMPLE))
        .isEqualTo(Workbooks.tree("clinic.yaml", EXAMPLE));
  }
}
