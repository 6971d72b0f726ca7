package dev.exoplan.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.report.text.DisplayWidth;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden command that prints text, run again at {@code COLUMNS=80} and {@code COLUMNS=60}, in
 * English and in Japanese: every line of its output fits, counted in display columns, with the bar
 * characters █ ░ two columns wide in Japanese, as many Japanese terminals draw them (issue 18).
 */
class ColumnsWidthTest {
  private static final Set<String> NOT_TEXT = Set.of("json", "csv", "html", "md", "pdf", "xlsx", "ics");

  @TestFactory
  Stream<DynamicTest> everyLineFitsTheTerminal() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    // a case's English and Japanese twins differ only in --lang, which this test replaces: the
    // same run (arguments, environment, files, stdin) is made once (about a third fewer runs)
    Set<List<Object>> runs = new HashSet<>();
    for (Path file : Golden.caseFiles()) {
      GoldenCase c = GoldenCase.read(file);
      if (c.exit() != 0 || !printsText(c.args())) {
        continue;
      }
      for (String lang : new String[] {"en", "ja"}) {
        List<String> args = withLang(c.args(), lang);
        if (!runs.add(List.of(args, c.env(), c.given(), String.valueOf(c.stdin()),
            c.stdoutTerminal()))) {
          continue;
        }
        for (int columns : new int[] {80, 60}) {
          tests.add(DynamicTest.dynamicTest(c.name() + " --lang " + lang + " COLUMNS=" + columns,
              file.toUri(), () -> fits(c, args, lang, columns)));
        }
      }
    }
    return tests.stream();
  }

  private static void fits(GoldenCase c, List<String> args, String lang, int columns)
      throws Exception {
    Path dir = Golden.workDir(c);
    try {
      Map<String, String> env = new HashMap<>(c.env());
      env.put("COLUMNS", Integer.toString(columns));
      Path stdin = c.stdin() == null ? null : dir.resolve(c.stdin());
      Golden.Result r = GoldenCliTest.runner(false).run(args, dir, env, stdin, c.stdoutTerminal());
      for (String line : r.stdout().split("\n", -1)) {
        String plain = line.replaceAll("\u001b\\[[0-9;]*m", "");
        int width = DisplayWidth.of(plain);
        if (lang.equals("ja")) {
          width += (int) plain.chars().filter(ch -> ch == '█' || ch == '░').count();
        }
        assertThat(width).as("exoplan %s at COLUMNS=%d:%n%s", String.join(" ", args), columns,
            line).isLessThanOrEqualTo(columns);
      }
    } finally {
      Golden.deleteTree(dir);
    }
  }

  /** A report to the terminal: not help, not batch, no other format, no output file. */
  static boolean printsText(List<String> args) {
    if (args.isEmpty() || args.get(0).startsWith("-") || args.get(0).equals("batch")
        || args.get(0).equals("help") || args.get(0).equals("completion")) {
      return false;
    }
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("-o") || a.startsWith("--output") || a.equals("--help") || a.equals("-h")
          || a.equals("--version") || a.equals("-V")) {
        return false;
      }
      String format = a.startsWith("--format=") ? a.substring(9)
          : (a.equals("--format") || a.equals("-f")) && i + 1 < args.size() ? args.get(i + 1) : "";
      if (NOT_TEXT.contains(format)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> withLang(List<String> args, String lang) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals("--lang") && i + 1 < args.size()) {
        i++;
      } else if (!args.get(i).startsWith("--lang=")) {
        out.add(args.get(i));
      }
    }
    out.add("--lang");
    out.add(lang);
    return out;
  }
}
