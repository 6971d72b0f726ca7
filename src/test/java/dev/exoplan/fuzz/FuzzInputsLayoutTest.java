package dev.exoplan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every committed input folder is where Jazzer looks for it when it replays a fuzz test:
 * {@code src/test/resources/<the test's package>/<Test>Inputs/<method>/}. A test class moved to
 * another package leaves its inputs behind, and Jazzer then replays nothing and says nothing: this
 * happened to FittedGridFuzzTest, BatchLineFuzzTest and BatchMemoryFuzzTest when report/ and batch/
 * moved (issue 21), and 986 inputs went unreplayed. This test fails on any folder that no
 * {@code @FuzzTest} method of that package would read.
 */
class FuzzInputsLayoutTest {
  private static final Path TESTS = Path.of("src/test/java");
  private static final Path RESOURCES = Path.of("src/test/resources");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
  private static final Pattern FUZZ_METHOD =
      Pattern.compile("(?m)^\\s*@FuzzTest\\b[^\\n]*\\n(?:\\s*@[^\\n]*\\n)*\\s*(?:public\\s+)?void (\\w+)\\(");

  @Test
  void everyInputsFolderBelongsToAFuzzTestOfItsPackage() throws IOException {
    List<String> expected = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TESTS)) {
      for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String text = Files.readString(source);
        Matcher pkg = PACKAGE.matcher(text);
        if (!text.contains("@FuzzTest") || !pkg.find()) {
          continue;
        }
        String cls = source.getFileName().toString().replace(".java", "");
        Matcher m = FUZZ_METHOD.matcher(text);
        while (m.find()) {
          expected.add(pkg.group(1).replace('.', '/') + "/" + cls + "Inputs/" + m.group(1));
        }
      }
    }
    assertThat(expected).as("@FuzzTest methods found").hasSizeGreaterThan(15);

    List<String> found = new ArrayList<>();
    try (Stream<Path> dirs = Files.walk(RESOURCES)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        if (dir.getParent() != null && dir.getParent().getFileName().toString().endsWith("Inputs")) {
          found.add(RESOURCES.relativize(dir).toString().replace('\\', '/'));
        }
      }
    }
    assertThat(found).as("committed input folders").isNotEmpty();
    assertThat(expected).as("folders Jazzer replays").containsAll(found);
  }
}
