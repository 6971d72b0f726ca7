package dev.exoplan.cli;

import dev.exoplan.domain.text.Lang;
import dev.exoplan.report.Format;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every command takes, before or after the command name. Parsed values only: the commands
 * read them through {@link Context}.
 */
public final class GlobalOptions {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      scope = ScopeType.INHERIT,
      converter = Converters.FormatConverter.class,
      description = "text, json, csv, md, html, pdf or ics, as the command allows (default: from the -o file's extension, else text)")
  Format format;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      scope = ScopeType.INHERIT,
      converter = Converters.LangConverter.class,
      description = "ja or en (default: from LC_ALL, LC_MESSAGES or LANG)")
  Lang lang;

  @Option(
      names = "--pricing",
      paramLabel = "PATH",
      scope = ScopeType.INHERIT,
      description = "a pricing file (YAML, JSON or .xlsx) or a directory of them, layered over the shipped tables; repeatable")
  List<String> pricing = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description = "write to FILE (atomically) instead of stdout")
  String output;

  @Option(
      names = "--force",
      scope = ScopeType.INHERIT,
      description = "overwrite the -o file if it exists")
  boolean force;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      scope = ScopeType.INHERIT,
      converter = Converters.ColorConverter.class,
      description = "auto, always or never (auto: only on a terminal, and not when NO_COLOR is set)")
  String color;

  @Option(
      names = "--yen",
      paramLabel = "STYLE",
      scope = ScopeType.INHERIT,
      converter = Converters.YenConverter.class,
      description = "plain (100,000円) or man (10万円, in Japanese)")
  String yen;

  @Option(
      names = "--bom",
      scope = ScopeType.INHERIT,
      description = "start CSV with a UTF-8 byte order mark, so Excel opens it as UTF-8")
  boolean bom;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "print a stack trace with an error")
  boolean debug;
}
