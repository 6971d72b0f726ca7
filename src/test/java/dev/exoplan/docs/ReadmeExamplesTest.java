package dev.exoplan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, smaller defects: every README example names files that exist, so it runs as written
 * from the repository's root (the README once sent readers to {@code clinics/} and
 * {@code broken.yaml}, which do not). A path is an argument with a slash or a file extension, not
 * an option; a file an earlier example writes ({@code -o}, {@code >}) and the build's own outputs
 * ({@code target/}) count as there.
 */
class ReadmeExamplesTest {
  static final Set<String> EXTENSIONS =
      Set.of(".yaml", ".yml", ".json", ".jsonl", ".csv", ".sh", ".txt");

  @Test
  void everyFileAnExampleNamesExists() throws IOException {
    List<String> missing = new ArrayList<>();
    Set<String> made = new HashSet<>();
    int commands = 0;
    for (String command : commands(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8))) {
      commands++;
      List<String> words = words(command);
      for (int i = 0; i < words.size(); i++) {
        String w = words.get(i);
        String before = i == 0 ? "" : words.get(i - 1);
        if (before.equals("-o") || before.equals("--output") || before.equals(">")) {
          made.add(w);
          continue;
        }
        if (w.startsWith("-") || w.contains("=") || w.startsWith("$") || w.startsWith("target/")
            || w.startsWith(".") || !looksLikeAFile(w)) {
          continue;
        }
        if (!made.contains(w) && !Files.exists(Path.of(w))) {
          missing.add(w + " in: " + command);
        }
      }
    }
    assertThat(commands).as("README's sh examples").isGreaterThan(30);
    assertThat(missing).as("files README examples name that do not exist").isEmpty();
  }

  static boolean looksLikeAFile(String w) {
    return w.contains("/") || EXTENSIONS.stream().anyMatch(w::endsWith);
  }

  /** The commands of every ```sh block: continuation lines joined, comments dropped. */
  static List<String> commands(String readme) {
    List<String> out = new ArrayList<>();
    boolean in = false;
    StringBuilder pending = new StringBuilder();
    for (String line : readme.split("\n", -1)) {
      if (line.startsWith("```")) {
        in = line.equals("```sh");
        continue;
      }
      if (!in) {
        continue;
      }
      String code = stripComment(line).strip();
      if (code.endsWith("\\")) {
        pending.append(code, 0, code.length() - 1).append(' ');
        continue;
      }
      pending.append(code);
      if (!pending.toString().isBlank()) {
        out.add(pending.toString().strip());
      }
      pending.setLength(0);
    }
    return out;
  }

  private static String stripComment(String line) {
    boolean single = false;
    boolean dbl = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\'' && !dbl) {
        single = !single;
      } else if (c == '"' && !single) {
        dbl = !dbl;
      } else if (c == '#' && !single && !dbl && (i == 0 || line.charAt(i - 1) == ' ')) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  /** Shell words, quotes removed; {@code |}, {@code &&} and {@code >} are words of their own. */
  static List<String> words(String command) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          w.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == ' ' || c == '|' || c == '>' || c == '&' || c == ';') {
        if (w.length() > 0) {
          out.add(w.toString());
          w.setLength(0);
        }
        if (c == '>') {
          out.add(">");
        }
      } else {
        w.append(c);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }
}
