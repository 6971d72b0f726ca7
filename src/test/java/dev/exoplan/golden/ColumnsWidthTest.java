package dev.exoplan.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.report.text.DisplayWidth;
import dev.exoplan.report.text.TextRenderer;
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
    List<GoldenCase> cases = new ArrayList<>();
    // a case that already ends in --lang en or ja, with no COLUMNS of its own, is this test's run
    // at 80 columns (the width when COLUMNS is unset) byte for byte, and GoldenCliTest proves in
    // every build that the run prints the stdout the case records: that stdout is checked here
    // rather than run again (about half the runs)
    Map<List<Object>, String> recorded = new HashMap<>();
    for (Path file : Golden.caseFiles()) {
      GoldenCase c = GoldenCase.read(file);
      if (c.exit() != 0 || !printsText(c.args())) {
        continue;
      }
      cases.add(c);
      for (String lang : new String[] {"en", "ja"}) {
        if (withLang(c.args(), lang).equals(c.args()) && !c.env().containsKey("COLUMNS")) {
          recorded.putIfAbsent(run(c, c.args()), c.stdout());
        }
      }
    }
    // a case's English and Japanese twins differ only in --lang, which this test replaces: the
    // same run (arguments, environment, files, stdin) is made once (about a third fewer runs)
    Set<List<Object>> runs = new HashSet<>();
    for (GoldenCase c : cases) {
      for (String lang : new String[] {"en", "ja"}) {
        List<String> args = withLang(c.args(), lang);
        List<Object> run = run(c, args);
        if (!runs.add(run)) {
          continue;
        }
        for (int columns : new int[] {80, 60}) {
          String stdout = columns == TextRenderer.DEFAULT_WIDTH ? recorded.get(run) : null;
          tests.add(DynamicTest.dynamicTest(c.name() + " --lang " + lang + " COLUMNS=" + columns
                  + (stdout == null ? "" : " (as recorded)"), c.file().toUri(),
              () -> fits(stdout != null ? stdout : output(c, args, columns), args, lang, columns)));
        }
      }
    }
    return tests.stream();
  }

  /** What makes a run: its arguments, environment, given files, stdin and terminal. */
  private static List<Object> run(GoldenCase c, List<String> args) {
    return List.of(args, c.env(), c.given(), String.valueOf(c.stdin()), c.stdoutTerminal());
  }

  /** The case's stdout with {@code args} at {@code COLUMNS=columns}, run in-process. */
  private static String output(GoldenCase c, List<String> args, int columns) throws Exception {
    Path dir = Golden.workDir(c);
    try {
      Map<String, String> env = new HashMap<>(c.env());
      env.put("COLUMNS", Integer.toString(columns));
      Path stdin = c.stdin() == null ? null : dir.resolve(c.stdin());
      return GoldenCliTest.runner(false).run(args, dir, env, stdin, c.stdoutTerminal()).stdout();
    } finally {
      Golden.deleteTree(dir);
    }
  }

  private static void fits(String stdout, List<String> args, String lang, int columns) {
    for (String line : stdout.split("\n", -1)) {
      String plain = line.replaceAll("\u001b\\[[0-9;]*m", "");
      int width = DisplayWidth.of(plain);
      if (lang.equals("ja")) {
        width += (int) plain.chars().filter(ch -> ch == '█' || ch == '░').count();
      }
      assertThat(width).as("exoplan %s at COLUMNS=%d:%n%s", String.join(" ", args), columns,
          line).isLessThanOrEqualTo(columns);
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
