package dev.exoplan.cli;

import dev.exoplan.util.Visible;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Entry point. {@link #run} takes its environment (streams, variables, clock), so tests run exoplan
 * in-process; a usage error from picocli becomes one line here, any other failure is {@link Failures}'s.
 */
public final class Main {
  /**
   * The environment variable that, set to {@code off}, sends every command line through picocli
   * alone (no {@link FastPath}): the golden suite runs both ways and must print the same bytes.
   */
  public static final String FAST_PATH = "EXOPLAN_FAST_PATH";

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, Env.system()));
  }

  public static int run(String[] args, Env given) {
    WatchedOutput stdout = new WatchedOutput(given.stdout());
    Env env = given.withStdout(stdout);
    int code;
    try {
      code = dispatch(args, env);
    } catch (OutOfMemoryError e) {
      // anywhere in a run, on either path: one line, never the JVM's stack trace (issue 22)
      PrintWriter err = new PrintWriter(new OutputStreamWriter(env.stderr(), StandardCharsets.UTF_8), true);
      return Failures.outOfMemory(e, err, List.of(args).contains("--debug"),
          RunLanguage.of(args, env));
    }
    return checked(code, stdout, env, args);
  }

  /**
   * The exit code, made 73 when a write to stdout failed unreported (PrintWriter swallows errors);
   * a broken pipe stays quiet.
   */
  private static int checked(int code, WatchedOutput stdout, Env env, String[] args) {
    IOException failure = stdout.failure();
    if (failure == null || code == ExitCode.CANT_CREATE || Context.brokenPipe(failure)) {
      return code;
    }
    PrintWriter err = new PrintWriter(new OutputStreamWriter(env.stderr(), StandardCharsets.UTF_8), true);
    err.println(Failures.said(Context.stdoutFailure(failure), "",
        new dev.exoplan.report.Words(RunLanguage.of(args, env), false)));
    err.flush();
    return ExitCode.CANT_CREATE;
  }

  /** The variable that fixes "today" (a date like 2026-12-01), for output that does not change. */
  public static final String TODAY = "EXOPLAN_TODAY";

  private static int dispatch(String[] args, Env asGiven) {
    PrintWriter err = new PrintWriter(new OutputStreamWriter(asGiven.stderr(), StandardCharsets.UTF_8), true);
    Env env = today(args, asGiven, err);
    return env == null ? ExitCode.USAGE : dispatch(args, env, err);
  }

  /**
   * The environment with "today" fixed when EXOPLAN_TODAY says (the same output tomorrow: tests,
   * scripts); null, the error said, when it is not a date.
   */
  private static Env today(String[] args, Env env, PrintWriter err) {
    String today = env.variable(TODAY);
    if (today == null) {
      return env;
    }
    java.time.LocalDate day;
    try {
      day = dev.exoplan.domain.value.Dates.parse(today);
    } catch (dev.exoplan.domain.text.DomainException e) {
      err.println("exoplan: " + TODAY + ": " + new dev.exoplan.report.Words(
          RunLanguage.of(args, env), false).say(e.message().orElseThrow()));
      err.flush();
      return null;
    }
    java.time.ZoneId zone = env.clock().getZone();
    return new Env(env.stdout(), env.stderr(), env.stdin(), env.variables(), env.terminal(),
        java.time.Clock.fixed(day.atTime(12, 0).atZone(zone).toInstant(), zone),
        env.workingDirectory(), env.stderrTerminal());
  }

  private static int dispatch(String[] args, Env env, PrintWriter err) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(env.stdout(), StandardCharsets.UTF_8), true);
    boolean lean = !"off".equals(env.variable(FAST_PATH));
    if (lean && args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // what picocli would print, without building its model first
      for (String line : VersionProvider.lines()) {
        out.println(line);
      }
      out.flush();
      return 0;
    }
    java.util.OptionalInt fast = lean ? FastPath.run(args, env, err) : java.util.OptionalInt.empty();
    if (fast.isPresent()) {
      out.flush();
      err.flush();
      return fast.getAsInt();
    }
    ExoplanCommand top = new ExoplanCommand(env);
    CommandLine cl = new CommandLine(top);
    JapaneseHelp.apply(cl, RunLanguage.of(args, env));
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((e, given) -> badCommandLine(e, RunLanguage.of(given, env)));
    cl.setExecutionExceptionHandler((e, line, parsed) -> Failures.report(e,
        line.getCommandSpec().qualifiedName(), line.getErr(), top.options.debug, top.context().lang()));
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** A usage error from the parser: one line naming the problem, and where to find help. */
  private static int badCommandLine(ParameterException e, dev.exoplan.domain.text.Lang lang) {
    CommandLine line = e.getCommandLine();
    PrintWriter err = line.getErr();
    dev.exoplan.report.Words words = new dev.exoplan.report.Words(lang, false);
    String message;
    ArgSpec arg = e.getArgSpec();
    if (e.getCause() instanceof TypeConversionException && arg != null
        && (arg instanceof OptionSpec || e.getCause() instanceof KeyedConversion)) {
      // an option by its name; an argument (budget's AMOUNT, issue 20) by its label
      String name = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
      message = name + ": " + (e.getCause() instanceof KeyedConversion k
          ? words.say(k.message().get()) : e.getCause().getMessage());
    } else if (e instanceof UnmatchedArgumentException u) {
      List<String> unmatched = u.getUnmatched();
      String what = unmatched.isEmpty() ? "" : unmatched.get(0);
      java.util.Collection<String> candidates = what.startsWith("-")
          ? line.getCommandSpec().optionsMap().keySet()
          : line.getSubcommands().keySet();
      List<String> suggestions = dev.exoplan.pricing.Suggest.closest(what, candidates)
          .map(List::of).orElse(List.of());
      boolean command = !line.getSubcommands().isEmpty() && !what.startsWith("-")
          && line.getParseResult() != null && line.getParseResult().subcommand() == null;
      String kind = what.startsWith("-") ? "usage.cli.unknown.option"
          : command ? "usage.cli.unknown.command" : "usage.cli.unexpected";
      message = words.say(dev.exoplan.domain.text.Message.of(kind, what, suggestions.isEmpty() ? ""
          : dev.exoplan.domain.text.Message.of("usage.meant", String.join(" or ", suggestions))));
    } else {
      message = ParseErrors.said(e, words).orElseGet(() -> lowerFirst(firstLine(e.getMessage())));
    }
    err.println(Visible.escape(name(line) + ": " + message
        + words.say(dev.exoplan.domain.text.Message.of("usage.cli.see", name(line)))));
    err.flush();
    return ExitCode.USAGE;
  }

  private static String name(CommandLine line) {
    return line.getCommandSpec().qualifiedName();
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "bad command line";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
