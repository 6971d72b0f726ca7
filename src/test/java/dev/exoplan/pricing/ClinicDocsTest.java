package dev.exoplan.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.cli.CliSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every worked example in {@code docs/clinic-price-lists.md} holds: each file shown validates and is
 * the same as the golden cases' copy under {@code src/test/data/pricing/docs/}, and each command
 * shown prints the part of the output the page shows, exactly.
 */
class ClinicDocsTest {
  static final Path DOC = Path.of("docs/clinic-price-lists.md");
  static final Pattern BLOCK = Pattern.compile("```(yaml|sh|text)\\n(.*?)\\n```", Pattern.DOTALL);
  static final Pattern SAVE_AS = Pattern.compile("# save as ([a-z0-9-]+\\.yaml)");

  @TempDir Path dir;

  record Block(String kind, String body) {}

  static List<Block> blocks() throws IOException {
    List<Block> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
    while (m.find()) {
      out.add(new Block(m.group(1), m.group(2)));
    }
    return out;
  }

  @Test
  void everyWorkedExampleValidatesAndQuotesAsDocumented() throws IOException {
    List<Block> blocks = blocks();
    int files = 0;
    int commands = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.kind().equals("yaml")) {
        Matcher m = SAVE_AS.matcher(b.body());
        assertThat(m.lookingAt()).as("a file block starts with '# save as NAME.yaml'").isTrue();
        String name = m.group(1);
        Files.writeString(dir.resolve(name), b.body() + "\n", StandardCharsets.UTF_8);
        assertThat(b.body() + "\n").as("%s is the golden cases' copy", name).isEqualTo(
            Files.readString(Path.of("src/test/data/pricing/docs", name), StandardCharsets.UTF_8));
        var r = CliSupport.run(dir, "pricing", "validate", name);
        assertThat(r.exit()).as(r.err()).isZero();
        files++;
      } else if (b.kind().equals("sh") && b.body().startsWith("exoplan ")) {
        assertThat(i + 1).as("a command is followed by its output").isLessThan(blocks.size());
        Block expected = blocks.get(i + 1);
        assertThat(expected.kind()).isEqualTo("text");
        String[] args = b.body().substring("exoplan ".length()).split(" ");
        var r = CliSupport.run(dir, args);
        assertThat(r.exit()).as(b.body() + "\n" + r.err()).isZero();
        assertThat(r.out()).as(b.body()).contains(expected.body() + "\n");
        commands++;
      }
    }
    assertThat(files).as("one file per structure at least").isGreaterThanOrEqualTo(10);
    assertThat(commands).isGreaterThanOrEqualTo(10);
  }
}
