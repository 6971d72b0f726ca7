package dev.exoplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.options.OptionTable;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * picocli's model is the reference; every other reader of the command line agrees with it: the
 * lean path's and batch's table ({@link OptionTable}: same names, same flag-ness, per command, and
 * the same commands taking files) and the launcher's list of global options that take a value. An
 * option renamed in one place only fails here.
 */
class OptionTableTest {
  static final CommandLine MODEL = new CommandLine(new ExoplanCommand(new Env(
      OutputStream.nullOutputStream(), OutputStream.nullOutputStream(),
      new ByteArrayInputStream(new byte[0]), Map.of(), false, Clock.systemUTC(), Path.of("."))));

  /**
   * Each option of a spec as "names" to its kind (FLAG, VALUE, REPEATED, or LIST: repeated and
   * split at commas),
   * help and version left out; global ones if asked.
   */
  static Map<String, String> options(CommandSpec spec, boolean inherited) {
    Map<String, String> out = new TreeMap<>();
    for (OptionSpec o : spec.options()) {
      boolean global = o.inherited() || spec.parent() == null;
      if (!o.usageHelp() && !o.versionHelp() && global == inherited) {
        String kind = o.arity().max() == 0 ? "FLAG" : "VALUE";
        if (o.isMultiValue()) {
          kind = o.splitRegex().isEmpty() ? "REPEATED"
              : o.splitRegex().equals(",") ? "LIST" : "split at " + o.splitRegex();
        }
        out.put(String.join(",", o.names()), kind);
      }
    }
    return out;
  }

  static Map<String, String> table(List<OptionTable.Opt> opts) {
    Map<String, String> out = new TreeMap<>();
    for (OptionTable.Opt o : opts) {
      out.put(String.join(",", o.names()), o.kind().name());
    }
    return out;
  }

  @Test
  void theTableListsEachCommandsOptionsAsPicocliDeclaresThem() {
    assertThat(OptionTable.commands()).isNotEmpty();
    for (String command : OptionTable.commands()) {
      CommandSpec spec = MODEL.getSubcommands().get(command).getCommandSpec();
      assertThat(table(OptionTable.of(command))).as(command).isEqualTo(options(spec, false));
      assertThat(OptionTable.takesFiles(command)).as(command + " takes files")
          .isEqualTo(!spec.positionalParameters().isEmpty());
    }
  }

  @Test
  void theTableListsTheGlobalOptionsAsPicocliDeclaresThem() {
    assertThat(table(OptionTable.GLOBAL)).isEqualTo(options(MODEL.getCommandSpec(), true));
    for (String command : OptionTable.commands()) {
      assertThat(table(OptionTable.GLOBAL)).as(command + " inherits them")
          .isEqualTo(options(MODEL.getSubcommands().get(command).getCommandSpec(), true));
    }
  }

  @Test
  void thePlanShapeIsTheSameInEveryCommandThatTakesIt() {
    for (String command : List.of("plan", "clinics", "quote")) {
      Map<String, OptionSpec> declared = MODEL.getSubcommands().get(command).getCommandSpec()
          .optionsMap();
      for (OptionTable.Opt o : OptionTable.PLAN_SHAPE) {
        assertThat(declared).as(command).containsKey(o.longest());
      }
    }
  }

  @Test
  void theLauncherSkipsExactlyTheGlobalOptionsThatTakeAValue() throws Exception {
    String fromModel = ShellIntegration.globalValueOptions(MODEL);
    assertThat(fromModel).isEqualTo(OptionTable.globalValueNames());
    String script = Files.readString(Path.of("src/main/sh/exoplan"), StandardCharsets.UTF_8);
    assertThat(ShellIntegration.launcher(script, fromModel))
        .as("src/main/sh/exoplan's generated line is the model's").isEqualTo(script);
    assertThat(ShellIntegration.launcher(script, "--x")).contains("    --x) skip=1 ;;  # generated")
        .isNotEqualTo(script);
  }

  @Test
  void aRenamedOptionIsCaught() {
    List<OptionTable.Opt> renamed = new ArrayList<>(OptionTable.of("plan"));
    renamed.set(0, new OptionTable.Opt(List.of("--methods"), false));
    CommandSpec plan = MODEL.getSubcommands().get("plan").getCommandSpec();
    assertThat(table(renamed)).isNotEqualTo(options(plan, false));
  }
}
