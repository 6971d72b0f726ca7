package dev.exoplan.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build embeds the compiled binaries in Embedded (issue 21): each is byte for byte the file it
 * compiled, and Resources serves it from there.
 */
class EmbeddedTest {
  static final List<String> EMBEDDED = List.of("dev/exoplan/pricing/market.bin",
      "dev/exoplan/pricing/course-contracts.tree", "dev/exoplan/report/messages.bin",
      "dev/exoplan/report/messages_ja.bin");

  @Test
  void eachBinaryIsTheFileTheBuildCompiled() throws Exception {
    for (String name : EMBEDDED) {
      byte[] file = Files.readAllBytes(Path.of("target/classes", name));
      assertThat(Embedded.get(name)).as(name).isEqualTo(file);
      try (InputStream in = Resources.open(name).orElseThrow()) {
        assertThat(in.readAllBytes()).as(name).isEqualTo(file);
      }
    }
    assertThat(Embedded.get("dev/exoplan/pricing/nothing.bin")).isNull();
  }

  @Test
  void theBytesAreJoinedWhole() {
    assertThat(Embedded.join(3, "a", "\u00ff\u0000")).containsExactly('a', 0xff, 0);
  }
}
