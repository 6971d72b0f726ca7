package dev.exoplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.tools.ExternalTool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The completion script and man page the build writes next to the launcher: bash completes every
 * command, and groff renders a man page that documents every command and option the help has.
 */
class ShellIntegrationIT {
  static final Path TARGET = Path.of("target").toAbsolutePath();

  @TempDir Path dir;

  @Test
  void bashCompletesEveryCommand() throws Exception {
    Path completion = TARGET.resolve("exoplan_completion");
    assertThat(completion).exists();
    Path bash = ExternalTool.require("bash", "bash");
    String script = "source " + completion + "; COMP_WORDS=(exoplan ''); COMP_CWORD=1;"
        + " COMP_LINE='exoplan '; COMP_POINT=8; _picocli_exoplan; printf '%s\\n' \"${COMPREPLY[@]}\"";
    String out = ExternalTool.run(List.of(bash.toString(), "-c", script), dir, 30);
    assertThat(out.lines()).contains("estimate", "plan", "compare", "quote", "batch", "pricing");
  }

  /** What bash offers after {@code words} (the last one being completed). */
  private List<String> complete(String... words) throws Exception {
    Path completion = TARGET.resolve("exoplan_completion");
    Path bash = ExternalTool.require("bash", "bash");
    StringBuilder arr = new StringBuilder("exoplan");
    for (String w : words) {
      arr.append(" '").append(w).append('\'');
    }
    String line = "exoplan " + String.join(" ", words);
    String script = "source " + completion + "; COMP_WORDS=(" + arr + "); COMP_CWORD=" + words.length
        + "; COMP_LINE='" + line + "'; COMP_POINT=" + line.length()
        + "; _complete_exoplan 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"";
    return ExternalTool.run(List.of(bash.toString(), "-c", script), dir, 30).lines().toList();
  }

  @Test
  void completionOffersExactlyTheValuesExoplanAccepts() throws Exception {
    assertThat(complete("plan", "--method", "")).contains("iv", "injection", "scalp", "topical", "点滴")
        .doesNotContain("IV", "INJECTION");
    assertThat(complete("estimate", "--lang", "")).containsExactly("ja", "en");
    assertThat(complete("compare", "--format", "")).contains("json", "html").doesNotContain("JSON");
    assertThat(complete("plan", "--yen", "")).containsExactly("plain", "man");
    assertThat(complete("plan", "--color", "")).containsExactly("auto", "always", "never");
  }

  @Test
  void completionOffersTheIdsOfTheShippedTables() throws Exception {
    assertThat(complete("plan", "--protocol", "")).contains("003-standard", "004-aga", "001-regular");
    assertThat(complete("plan", "--source", "")).contains("000", "003", "004")
        .doesNotContain("003-standard");
    assertThat(complete("quote", "--screen", "")).contains("pregnant", "anticoagulants");
    assertThat(complete("plan", "--protocol", "004")).containsExactlyInAnyOrder("004-beauty", "004-aga");
  }

  @Test
  void completionOffersFileNamesForFiles() throws Exception {
    Files.writeString(dir.resolve("clinic-a.yaml"), "x");
    assertThat(complete("plan", "--pricing", "clinic")).containsExactly("clinic-a.yaml");
    assertThat(complete("pricing", "validate", "clin")).containsExactly("clinic-a.yaml");
  }

  @Test
  void theManPageRendersAndDocumentsEveryOption() throws Exception {
    Path man = TARGET.resolve("exoplan.1");
    assertThat(man).exists();
    Path groff = ExternalTool.require("groff", "groff-base");
    Path err = dir.resolve("groff.err");
    String text = ExternalTool.run(List.of("sh", "-c", groff + " -k -man -Tutf8 -ww " + man + " 2>" + err),
        dir, 30);
    List<String> warnings = Files.readAllLines(err, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.contains("cannot adjust line")) // an unbreakable JSON example is wider than the page
        .toList();
    assertThat(warnings).as("groff warnings").isEmpty();
    String flat = text.replaceAll(".\b", "").replaceAll("\\s+", " ");
    CommandLine cl = ShellIntegration.commandLine();
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (sub.getCommandName().equals("help")) {
        continue;
      }
      assertThat(flat).contains("exoplan " + sub.getCommandName());
      for (OptionSpec o : sub.getCommandSpec().options()) {
        if (!o.usageHelp()) {
          assertThat(flat).as("option %s of %s", o.longestName(), sub.getCommandName())
              .contains(o.longestName());
        }
      }
    }
    assertThat(flat).contains("EXIT STATUS").contains("65");
  }
}
