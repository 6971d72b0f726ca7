package dev.exoplan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Build step: writes the bash/zsh completion script ({@code exoplan_completion}) and the man page
 * ({@code exoplan.1}) next to the launcher, both from the same picocli model as the help text, so
 * they cannot drift apart from it.
 */
public final class ShellIntegration {
  private ShellIntegration() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    CommandLine cl = commandLine();
    Files.writeString(dir.resolve("exoplan_completion"), AutoComplete.bash("exoplan", cl),
        StandardCharsets.UTF_8);
    try (Writer w = Files.newBufferedWriter(dir.resolve("exoplan.1"), StandardCharsets.UTF_8)) {
      manPage(cl, w, version());
    }
  }

  static CommandLine commandLine() {
    OutputStream nowhere = OutputStream.nullOutputStream();
    return new CommandLine(new ExoplanCommand(new Env(nowhere, nowhere,
        new java.io.ByteArrayInputStream(new byte[0]), Map.of(), false, Clock.systemUTC(),
        Path.of("."))));
  }

  static String version() throws IOException {
    return new VersionProvider().getVersion()[0];
  }

  /** The man page in troff (man macros): every command, option and exit code. */
  static void manPage(CommandLine cl, Writer w, String version) throws IOException {
    CommandSpec top = cl.getCommandSpec();
    w.write(".\\\" -*- coding: UTF-8 -*-\n");
    w.write(".\\\" Generated from exoplan's command-line model by ShellIntegration; do not edit.\n");
    w.write(".TH EXOPLAN 1 \"\" \"" + esc(version) + "\" \"User Commands\"\n");
    w.write(".SH NAME\nexoplan \\- " + esc(lower(top.usageMessage().description()[0])) + "\n");
    w.write(".SH SYNOPSIS\n.B exoplan\n[\\fIGLOBAL OPTIONS\\fR] \\fICOMMAND\\fR [\\fIOPTIONS\\fR]\n");
    w.write(".SH DESCRIPTION\n");
    for (String line : top.usageMessage().description()) {
      w.write(esc(line) + "\n");
    }
    w.write(".SH GLOBAL OPTIONS\nThese can be given before or after the command.\n");
    options(top, w, true);
    w.write(".SH COMMANDS\n");
    for (CommandLine sub : cl.getSubcommands().values()) {
      command(sub, "exoplan", w);
    }
    w.write(".SH EXIT STATUS\n");
    for (Map.Entry<String, String> e : top.usageMessage().exitCodeList().entrySet()) {
      w.write(".TP\n.B " + esc(e.getKey().strip()) + "\n" + esc(e.getValue()) + "\n");
    }
    w.write(".SH ENVIRONMENT\n.TP\n.B LC_ALL, LC_MESSAGES, LANG\nThe language of the output when"
        + " \\-\\-lang is not given (ja... for Japanese, else English).\n.TP\n.B NO_COLOR\n"
        + "No colour, even on a terminal.\n.TP\n.B JAVA_HOME\nThe JVM the launcher runs.\n"
        + ".TP\n.B EXOPLAN_JAVA_OPTS\nMore JVM options for the launcher.\n");
    w.write(".SH EXAMPLES\n");
    for (String line : top.usageMessage().footer()) {
      if (!line.isBlank()) {
        w.write(".PP\n.nf\n" + esc(line.strip()) + "\n.fi\n");
      }
    }
    w.write(".SH FILES\n.TP\n.B pricing/market.yaml\nThe shipped market tables, built from five"
        + " published articles; every figure cites its article and line.\n.TP\n"
        + ".B pricing/example-clinic.yaml\nA fictional clinic's price list, to copy.\n");
  }

  private static void command(CommandLine cl, String parent, Writer w) throws IOException {
    CommandSpec spec = cl.getCommandSpec();
    if (spec.name().equals("help")) {
      return;
    }
    String name = parent + " " + spec.name();
    w.write(".SS " + esc(name) + "\n");
    for (String line : spec.usageMessage().description()) {
      w.write(esc(line) + "\n.br\n");
    }
    for (PositionalParamSpec p : spec.positionalParameters()) {
      w.write(".TP\n.I " + esc(p.paramLabel()) + "\n" + esc(String.join(" ", p.description())) + "\n");
    }
    options(spec, w, false);
    for (CommandLine sub : cl.getSubcommands().values()) {
      command(sub, name, w);
    }
  }

  private static void options(CommandSpec spec, Writer w, boolean global) throws IOException {
    for (OptionSpec o : spec.options()) {
      boolean inherited = o.inherited() || o.scopeType() == CommandLine.ScopeType.INHERIT;
      if (global != inherited || (o.usageHelp() && !global) || (o.hidden())) {
        continue;
      }
      String names = String.join(", ", List.of(o.names()));
      String label = o.arity().max() > 0 ? " \\fI" + esc(o.paramLabel()) + "\\fR" : "";
      w.write(".TP\n.B " + esc(names) + label + "\n" + esc(String.join(" ", o.description())) + "\n");
    }
  }

  private static String lower(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /** Text safe for troff: backslashes and hyphens escaped, no line starting with a control dot. */
  static String esc(String s) {
    String t = s.replace("\\", "\\e").replace("-", "\\-");
    if (t.startsWith(".") || t.startsWith("'")) {
      t = "\\&" + t;
    }
    return t.replace("\n", " ");
  }
}
