package dev.exoplan.cli;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.Contraindication;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.catalog.Protocol;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.pricing.PricingLoader;
import dev.exoplan.report.Format;
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
 * they cannot drift apart from it; and rewrites the launcher's list of global options that take a
 * value from that model too ({@link #launcher}).
 */
public final class ShellIntegration {
  private ShellIntegration() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    CommandLine cl = commandLine();
    Files.writeString(dir.resolve("exoplan_completion"),
        AutoComplete.bash("exoplan", withCandidates(commandLine(), shippedCatalog())),
        StandardCharsets.UTF_8);
    JapaneseHelp.apply(cl, dev.exoplan.domain.text.Lang.EN); // each command's own English wordings
    try (Writer w = Files.newBufferedWriter(dir.resolve("exoplan.1"), StandardCharsets.UTF_8)) {
      manPage(cl, w, version());
    }
    Path launcher = dir.resolve("exoplan");
    if (Files.exists(launcher)) {
      Files.writeString(launcher, launcher(Files.readString(launcher, StandardCharsets.UTF_8),
          globalValueOptions(commandLine())), StandardCharsets.UTF_8);
    }
  }

  /** The line of the launcher that lists the global options taking a value (its marker comment). */
  static final String LAUNCHER_MARK = ") skip=1 ;;  # generated: global options that take a value";

  /**
   * The names of the global options that take a value, {@code |}-separated, from picocli's model:
   * what the launcher skips, with its value, to find the command.
   */
  static String globalValueOptions(CommandLine cl) {
    List<String> names = new java.util.ArrayList<>();
    for (OptionSpec o : cl.getCommandSpec().options()) {
      if (!o.usageHelp() && !o.versionHelp() && o.arity().max() > 0) {
        names.addAll(List.of(o.names()));
      }
    }
    return String.join("|", names);
  }

  /** The launcher script with its generated line holding {@code options}. */
  static String launcher(String script, String options) {
    int mark = script.indexOf(LAUNCHER_MARK);
    if (mark < 0) {
      throw new IllegalStateException("the launcher has no line marked '" + LAUNCHER_MARK + "'");
    }
    int start = script.lastIndexOf('\n', mark) + 1;
    String indent = script.substring(start, mark).replaceAll("\\S.*", "");
    return script.substring(0, start) + indent + options + script.substring(mark);
  }

  static CommandLine commandLine() {
    OutputStream nowhere = OutputStream.nullOutputStream();
    return new CommandLine(new ExoplanCommand(new Env(nowhere, nowhere,
        new java.io.ByteArrayInputStream(new byte[0]), Map.of(), false, Clock.systemUTC(),
        Path.of("."))));
  }

  static Catalog shippedCatalog() {
    return PricingLoader.shipped();
  }

  /**
   * The values completion offers for each option that takes one from a fixed set: exactly what
   * the option accepts, lower case as typed (picocli would offer an enum's constants, IV and JA,
   * which exoplan refuses), and the ids of the shipped tables for protocols, sources and screening
   * flags. Replaces the options in {@code cl}'s model (every command, inherited ones too).
   */
  static CommandLine withCandidates(CommandLine cl, Catalog catalog) {
    return copy(cl, candidates(catalog));
  }

  /** Options whose value is a file name. */
  private static final java.util.Set<String> FILES =
      java.util.Set.of("--pricing", "--output", "--font", "--input");

  static Map<String, List<String>> candidates(Catalog catalog) {
    List<String> methods = new java.util.ArrayList<>();
    for (Method m : Method.values()) {
      methods.add(m.id());
    }
    methods.addAll(Method.japaneseNames().keySet());
    Map<String, List<String>> v = new java.util.LinkedHashMap<>();
    v.put("--method", methods);
    v.put("--lang", List.of("ja", "en"));
    v.put("--format", java.util.Arrays.stream(Format.values()).map(Format::id).toList());
    v.put("--color", List.of("auto", "always", "never"));
    v.put("--yen", List.of("plain", "man"));
    v.put("--detail", List.of("full", "summary"));
    v.put("--protocol", catalog.protocols().stream().map(Protocol::id).toList());
    v.put("--source", catalog.sources().stream().map(Source::id).toList());
    v.put("--screen", catalog.contraindications().stream().map(Contraindication::id).toList());
    return v;
  }

  /**
   * A copy of the command tree for the completion script, each option with its candidates. A copy,
   * because picocli's model refuses an option replaced in place when it comes from a mixin.
   */
  private static CommandLine copy(CommandLine cl, Map<String, List<String>> values) {
    CommandSpec src = cl.getCommandSpec();
    CommandSpec spec = CommandSpec.create().name(src.name()).aliases(src.aliases());
    for (OptionSpec o : src.options()) {
      OptionSpec.Builder b =
          OptionSpec.builder(o).inherited(false).scopeType(CommandLine.ScopeType.LOCAL);
      List<String> v = values.get(o.longestName());
      if (v != null) {
        // the script names one array per label: two ID options would share one
        b.completionCandidates(v).paramLabel(
            o.longestName().substring(2).toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
      } else if (FILES.contains(o.longestName())) {
        b = OptionSpec.builder(o.names()).paramLabel(o.paramLabel()).arity(o.arity())
            .hidden(o.hidden()).description(o.description()).type(java.io.File.class); // names
      }
      spec.addOption(b.build());
    }
    for (PositionalParamSpec p : src.positionalParameters()) {
      spec.addPositional(PositionalParamSpec.builder().paramLabel(p.paramLabel())
          .arity(p.arity()).index(p.index()).type(java.io.File.class).build());
    }
    CommandLine out = new CommandLine(spec);
    for (CommandLine sub : new java.util.LinkedHashSet<>(cl.getSubcommands().values())) {
      out.addSubcommand(sub.getCommandName(), copy(sub, values));
    }
    return out;
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
        + ".TP\n.B EXOPLAN_JAVA_OPTS\nMore JVM options for the launcher.\n"
        + ".TP\n.B EXOPLAN_CACHE\nWhere pricing files' parsed trees are kept between runs"
        + " (default: $XDG_CACHE_HOME/exoplan, else ~/.cache/exoplan), or off.\n");
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
