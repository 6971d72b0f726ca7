package dev.exoplan.cli;

import dev.exoplan.domain.compare.CompareRequest;
import dev.exoplan.domain.compare.Comparisons;
import dev.exoplan.domain.text.Lang;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.report.Format;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The lean path: a well-formed {@code estimate}, {@code plan}, {@code compare}, {@code batch} or
 * {@code clinics} command line runs without building picocli's model, which costs more than the
 * rest of a run. {@code clinics} takes its files as arguments that do not start with a dash.
 * It accepts exactly the options those commands declare, in picocli's forms ({@code --opt value},
 * {@code --opt=value}, global options before or after the command). Anything else — help, version,
 * {@code --}, a value that does not parse, a repeated option, an unknown one — returns empty and
 * picocli handles the whole command line, so every message is picocli's own.
 */
final class FastPath {
  private static final Set<String> COMMANDS =
      Set.of("estimate", "plan", "compare", "batch", "clinics");

  private static final Set<String> GLOBAL_VALUES =
      Set.of("--format", "--lang", "--pricing", "-o", "--output", "--color", "--yen");

  private static final Set<String> GLOBAL_FLAGS = Set.of("--force", "--bom", "--debug");

  private static final Map<String, Set<String>> OPTIONS = Map.of(
      "estimate", Set.of("--method", "--source"),
      "plan", Set.of("--method", "--protocol", "--intensive", "--maintenance",
          "--maintenance-every", "--months", "--price", "--source", "--start"),
      "compare", Set.of("--months", "--method", "--protocol"),
      "batch", Set.of("-i", "--input", "--detail"),
      "clinics", Set.of("--method", "--protocol", "--intensive", "--maintenance",
          "--maintenance-every", "--months", "--start", "--item", "--cc", "--date"));

  /** Options that are flags (take no value), per command. */
  private static final Map<String, Set<String>> FLAGS = Map.of(
      "estimate", Set.of(), "plan", Set.of(), "compare", Set.of(), "batch", Set.of(),
      "clinics", Set.of("--member", "--keep-going"));

  private FastPath() {}

  /** The run's exit code, or empty when picocli must handle this command line. */
  static OptionalInt run(String[] args, Env env, PrintWriter err) {
    String command = null;
    GlobalOptions global = new GlobalOptions();
    Map<String, String> values = new HashMap<>();
    List<String> files = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (command == null && !a.startsWith("-")) {
        if (!COMMANDS.contains(a)) {
          return OptionalInt.empty();
        }
        command = a;
        continue;
      }
      if ("clinics".equals(command) && !a.startsWith("-")) {
        files.add(a);
        continue;
      }
      String name = a;
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      boolean globalValue = GLOBAL_VALUES.contains(name);
      boolean flag = GLOBAL_FLAGS.contains(name)
          || (command != null && FLAGS.get(command).contains(name));
      boolean own = command != null && OPTIONS.get(command).contains(name);
      if (!globalValue && !flag && !own) {
        return OptionalInt.empty();
      }
      if (flag) {
        if (value != null || values.put(name, "true") != null) {
          return OptionalInt.empty();
        }
        continue;
      }
      if (value == null) {
        if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
          return OptionalInt.empty();
        }
        value = args[++i];
      }
      if (name.equals("--pricing")) {
        global.pricing.add(value);
        continue;
      }
      String key = name.equals("-o") ? "--output" : name.equals("-i") ? "--input" : name;
      if (values.put(key, value) != null) {
        return OptionalInt.empty();
      }
    }
    if (command == null) {
      return OptionalInt.empty();
    }
    try {
      if (!globals(values, global)) {
        return OptionalInt.empty();
      }
      return dispatch(command, values, files, global, env, err);
    } catch (UsageException | dev.exoplan.domain.text.DomainException e) {
      return OptionalInt.empty(); // picocli gives the message, word for word
    }
  }

  private static boolean globals(Map<String, String> v, GlobalOptions g) {
    if (v.containsKey("--format")) {
      Optional<Format> f = Format.byId(v.get("--format"));
      if (f.isEmpty()) {
        return false;
      }
      g.format = f.get();
    }
    if (v.containsKey("--lang")) {
      Optional<Lang> l = Lang.byId(v.get("--lang"));
      if (l.isEmpty()) {
        return false;
      }
      g.lang = l.get();
    }
    if (v.containsKey("--color")) {
      g.color = v.get("--color");
      if (!List.of("auto", "always", "never").contains(g.color)) {
        return false;
      }
    }
    if (v.containsKey("--yen")) {
      g.yen = v.get("--yen");
      if (!List.of("plain", "man").contains(g.yen)) {
        return false;
      }
    }
    g.output = v.get("--output");
    g.force = v.containsKey("--force");
    g.bom = v.containsKey("--bom");
    g.debug = v.containsKey("--debug");
    return true;
  }

  private static OptionalInt dispatch(String command, Map<String, String> v, List<String> files,
      GlobalOptions g, Env env, PrintWriter err) {
    // Plain code, no lambdas: the first lambda of a run costs more than this whole method.
    String m = v.get("--method");
    Optional<Method> method = m == null ? Optional.empty() : Optional.of(Method.of(m));
    boolean clinics = command.equals("clinics");
    if ((command.equals("estimate") || command.equals("plan") || clinics) && method.isEmpty()) {
      return OptionalInt.empty();
    }
    if (clinics && files.isEmpty()) {
      return OptionalInt.empty();
    }
    Context ctx = new Context(env, g);
    PlanRequest plan = null;
    CompareRequest compare = null;
    Optional<dev.exoplan.domain.value.CountRange> cc = Optional.empty();
    Optional<java.time.LocalDate> date = Optional.empty();
    switch (command) {
      case "plan", "clinics" -> {
        String intensive = v.get("--intensive");
        String maintenance = v.get("--maintenance");
        String every = v.get("--maintenance-every");
        String months = v.get("--months");
        String price = v.get("--price");
        String start = v.get("--start");
        plan = new PlanRequest(method.get(), opt(v, "--protocol"),
            intensive == null ? Optional.empty() : Optional.of(dev.exoplan.domain.value.CountRange.parse(intensive)),
            maintenance == null ? Optional.empty() : Optional.of(dev.exoplan.domain.value.CountRange.parse(maintenance)),
            every == null ? Optional.empty() : Optional.of(dev.exoplan.domain.value.Interval.parse(every)),
            months == null ? Optional.empty() : Optional.of(dev.exoplan.domain.value.Months.parse(months)),
            price == null ? Optional.empty() : Optional.of(dev.exoplan.domain.value.PriceRange.parse(price)),
            opt(v, "--source"),
            start == null ? Optional.empty() : Optional.of(dev.exoplan.domain.value.Dates.parse(start)));
        String volume = v.get("--cc");
        String on = v.get("--date");
        cc = volume == null ? Optional.empty() : Optional.of(dev.exoplan.domain.value.CountRange.parse(volume));
        date = on == null ? Optional.empty() : Optional.of(dev.exoplan.domain.value.Dates.parse(on));
      }
      case "compare" -> {
        String months = v.get("--months");
        compare = new CompareRequest(months == null ? Comparisons.DEFAULT_MONTHS : dev.exoplan.domain.value.Months.parse(months),
            method, opt(v, "--protocol"));
      }
      case "estimate", "batch" -> { }
      default -> {
        return OptionalInt.empty();
      }
    }
    int code;
    try {
      code = switch (command) {
        case "estimate" -> EstimateCommand.run(ctx, method.get(), opt(v, "--source"));
        case "plan" -> PlanCommand.run(ctx, plan);
        case "clinics" -> ClinicsCommand.run(ctx, files, plan, opt(v, "--item"), cc,
            v.containsKey("--member"), date, v.containsKey("--keep-going"));
        case "compare" -> CompareCommand.run(ctx, compare);
        default -> BatchCommand.run(ctx, opt(v, "--input"), opt(v, "--detail"), err);
      };
    } catch (RuntimeException e) {
      code = Failures.report(e, "exoplan " + command, err, g.debug, ctx.lang());
    }
    return OptionalInt.of(code);
  }

  private static Optional<String> opt(Map<String, String> v, String name) {
    return Optional.ofNullable(v.get(name));
  }
}
