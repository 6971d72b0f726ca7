package dev.exoplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.report.text.DisplayWidth;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The Japanese usage help: every command and option said in Japanese, within 80 columns. */
class JapaneseHelpTest {
  private static final PropertyResourceBundle BUNDLE = JapaneseHelp.bundle();

  static Stream<String> commands() {
    List<String> out = new ArrayList<>();
    walk(new CommandLine(new ExoplanCommand(Env.system())), out);
    return out.stream();
  }

  private static void walk(CommandLine cl, List<String> out) {
    CommandSpec spec = cl.getCommandSpec();
    if (!spec.name().equals("help")) {
      out.add(spec.qualifiedName(" "));
    }
    for (CommandLine sub : new java.util.LinkedHashSet<>(spec.subcommands().values())) {
      walk(sub, out);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void everyLineFitsEightyColumns(String command) {
    String help = help(command);
    assertThat(help).contains("このヘルプを表示して終了します");
    for (String line : help.split("\n")) {
      assertThat(DisplayWidth.of(line)).as(line).isLessThanOrEqualTo(JapaneseHelp.WIDTH);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void everyOptionAndTheDescriptionHaveJapanese(String command) {
    CommandLine top = new CommandLine(new ExoplanCommand(Env.system()));
    CommandLine cl = top;
    for (String name : command.split(" ")) {
      if (!name.equals("exoplan")) {
        cl = cl.getSubcommands().get(name);
      }
    }
    CommandSpec spec = cl.getCommandSpec();
    String prefix = spec.qualifiedName(".") + ".";
    assertThat(has(prefix + "usage.description") || has(prefix + "usage.description.0"))
        .as(prefix + "usage.description").isTrue();
    for (OptionSpec o : spec.options()) {
      String bare = o.longestName().replaceFirst("^-+", "");
      boolean found = has(prefix + bare) || has(bare)
          || (!o.descriptionKey().isEmpty() && has(o.descriptionKey()));
      assertThat(found).as("a Japanese description of " + o.longestName() + " in " + command)
          .isTrue();
    }
    for (PositionalParamSpec p : spec.positionalParameters()) {
      String key = p.paramLabel() + "[" + p.index() + "]";
      assertThat(has(prefix + key) || has(key)).as(prefix + key).isTrue();
    }
  }

  @Test
  void englishHelpIsUntouchedByTheBundle() {
    assertThat(run(List.of("plan", "--help"), Map.of())).startsWith("Usage: exoplan plan");
    assertThat(run(List.of("plan", "--help"), Map.of("LANG", "ja_JP.UTF-8")))
        .startsWith("使い方: exoplan plan");
    assertThat(run(List.of("plan", "--help", "--lang", "en"), Map.of("LANG", "ja_JP.UTF-8")))
        .startsWith("Usage: exoplan plan");
  }

  private static boolean has(String key) {
    return BUNDLE.keySet().contains(key);
  }

  private static String help(String command) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.remove(0);
    args.add("--help");
    args.add("--lang");
    args.add("ja");
    return run(args, Map.of());
  }

  private static String run(List<String> args, Map<String, String> vars) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args.toArray(String[]::new), new Env(out, err,
        new ByteArrayInputStream(new byte[0]), vars, false, Clock.systemUTC(), Path.of(".")));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }
}
