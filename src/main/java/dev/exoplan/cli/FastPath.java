package dev.exoplan.cli;

import dev.exoplan.domain.compare.CompareRequest;
import dev.exoplan.domain.compare.Comparisons;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Lang;
import dev.exoplan.domain.value.Amount;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Dates;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Months;
import dev.exoplan.domain.value.PriceRange;
import dev.exoplan.domain.value.BudgetAmount;
import dev.exoplan.domain.value.Money;
import dev.exoplan.options.OptionTable;
import dev.exoplan.report.Format;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The lean path: a well-formed command line of a command in {@link OptionTable} runs without
 * building picocli's model, which costs more than the rest of a run. It accepts exactly the
 * options the table lists (which OptionTableTest proves are picocli's), in picocli's forms
 * ({@code --opt value}, {@code --opt=value}, global options before or after the command), parses
 * their values with the converters' own parsers, and runs the command's own {@code run}. Anything
 * else — help, version, {@code --}, a value that does not parse, a repeated option, an unknown one
 * — returns empty and picocli handles the whole command line, so every message is picocli's own.
 * {@code EXOPLAN_FAST_PATH=off} turns it off ({@link Main#FAST_PATH}).
 */
final class FastPath {
  private FastPath() {}

  /** The run's exit code, or empty when picocli must handle this command line. */
  static OptionalInt run(String[] args, Env env, PrintWriter err) {
    String command = null;
    GlobalOptions global = new GlobalOptions();
    Map<String, String> values = new HashMap<>();
    Map<String, List<String>> lists = new HashMap<>();
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (command == null && !a.startsWith("-")) {
        if (!OptionTable.commands().contains(a)) {
          return OptionalInt.empty();
        }
        command = a;
        continue;
      }
      if (command != null && OptionTable.takesFiles(command) && !a.startsWith("-")) {
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
      Optional<OptionTable.Opt> opt = OptionTable.find(OptionTable.GLOBAL, name);
      if (opt.isEmpty() && command != null) {
        opt = OptionTable.find(OptionTable.of(command), name);
      }
      if (opt.isEmpty()) {
        return OptionalInt.empty();
      }
      String key = opt.get().longest();
      if (opt.get().flag()) {
        if (value != null || values.put(key, "true") != null) {
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
      if (key.equals("--pricing")) {
        global.pricing.add(value);
      } else if (opt.get().list()) {
        List<String> into = lists.get(key);
        if (into == null) {
          into = new ArrayList<>();
          lists.put(key, into);
        }
        if (!listed(value, into)) {
          return OptionalInt.empty();
        }
      } else if (values.put(key, value) != null) {
        return OptionalInt.empty();
      }
    }
    if (command == null || !globals(values, global)) {
      return OptionalInt.empty();
    }
    if (values.containsKey("--time") || values.containsKey("--tz")) {
      return OptionalInt.empty(); // issue 20: the calendar's options are picocli's to read
    }
    try {
      if (command.equals("quote")) {
        QuoteCommand quote = quote(values, lists);
        return quote == null ? OptionalInt.empty() : run(command, global, env, err, quote, null);
      }
      return dispatch(command, values, files, global, env, err);
    } catch (UsageException | DomainException e) {
      return OptionalInt.empty(); // picocli gives the message, word for word
    }
  }

  /**
   * A list option's value split at commas as picocli splits it, added to {@code into}; false for
   * an empty piece (a leading, trailing or doubled comma), which picocli is left to read.
   */
  private static boolean listed(String value, List<String> into) {
    int from = 0;
    while (true) {
      int comma = value.indexOf(',', from);
      String piece = value.substring(from, comma < 0 ? value.length() : comma);
      if (piece.isEmpty()) {
        return false;
      }
      into.add(piece);
      if (comma < 0) {
        return true;
      }
      from = comma + 1;
    }
  }

  /**
   * The quote command with its fields set from the values, converted as its converters convert
   * them; null when one is missing that picocli must report (--patient, --method).
   */
  private static QuoteCommand quote(Map<String, String> v, Map<String, List<String>> lists) {
    String m = v.get("--method");
    if (m == null || !v.containsKey("--patient")) {
      return null;
    }
    QuoteCommand q = new QuoteCommand();
    q.method = new MethodOption();
    q.method.method = Method.of(m);
    q.shape = PlanShape.read(v);
    q.patient = v.get("--patient");
    q.clinic = v.get("--clinic");
    q.start = date(v.get("--start"));
    q.amount = new AmountOptions();
    String cc = v.get("--cc");
    q.amount.cc = cc == null ? null : Amount.cc(cc);
    q.item = v.get("--item");
    String dose = v.get("--dose");
    q.amount.dose = dose == null ? null : Amount.doseAsTyped(dose);
    q.member = v.containsKey("--member");
    q.add = lists.getOrDefault("--add", new ArrayList<>());
    q.date = date(v.get("--date"));
    q.screen = lists.getOrDefault("--screen", new ArrayList<>());
    q.discounts = lists.getOrDefault("--discount", new ArrayList<>());
    q.surcharges = lists.getOrDefault("--surcharge", new ArrayList<>()); // issue 19
    q.number = v.get("--number");
    q.counselor = v.get("--counselor");
    q.copy = v.get("--copy");
    q.font = v.get("--font");
    q.instalments = new InstalmentOptions(); // issue 20
    String count = v.get("--instalments");
    q.instalments.count = count == null ? null : dev.exoplan.domain.instalment.Terms.count(count);
    q.instalments.apr = rate(v, "--apr");
    q.instalments.addon = rate(v, "--addon-rate");
    q.loan = v.get("--loan"); // issue 20
    q.calendar = new CalendarOptions();
    return q;
  }

  /** The global options' values, checked as their converters check them; false if one is bad. */
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
    g.color = v.get("--color");
    g.yen = v.get("--yen");
    if ((g.color != null && !Converters.COLORS.contains(g.color))
        || (g.yen != null && !Converters.YENS.contains(g.yen))) {
      return false;
    }
    g.output = v.get("--output");
    g.force = v.containsKey("--force");
    g.bom = v.containsKey("--bom");
    g.debug = v.containsKey("--debug");
    return true;
  }

  /** The command's own {@code run}, with its request read from the values; empty if one is missing. */
  private static OptionalInt dispatch(String command, Map<String, String> v, List<String> files,
      GlobalOptions g, Env env, PrintWriter err) {
    // Plain code, no lambdas: the first lambda of a run costs more than this whole method.
    String m = v.get("--method");
    Method method = m == null ? null : Method.of(m);
    boolean clinics = command.equals("clinics");
    boolean required = !command.equals("compare") && !command.equals("batch")
        && !command.equals("budget");
    if (command.equals("budget") && files.size() > 1) {
      return OptionalInt.empty(); // picocli says there is one amount
    }
    if ((required && method == null) || (clinics && files.isEmpty())) {
      return OptionalInt.empty();
    }
    PlanRequest plan = null;
    if (command.equals("plan") || clinics) {
      String price = v.get("--price");
      plan = PlanShape.read(v).toRequest(method)
          .price(price == null ? null : PriceRange.parse(price))
          .source(v.get("--source"))
          .start(date(v.get("--start")))
          .build();
    }
    String cc = v.get("--cc");
    Optional<CountRange> volume = cc == null ? Optional.empty() : Optional.of(Amount.cc(cc));
    String doseText = v.get("--dose");
    Optional<Amount.Dose> dose = doseText == null ? Optional.empty()
        : Optional.of(Amount.doseAsTyped(doseText));
    Optional<LocalDate> on = Optional.ofNullable(date(v.get("--date")));
    String months = v.get("--months");
    CompareRequest compare = !command.equals("compare") ? null : new CompareRequest(
        months == null ? Comparisons.DEFAULT_MONTHS : Months.parse(months),
        Optional.ofNullable(method), opt(v, "--protocol"));
    Optional<Money> lump = Optional.empty();
    Optional<Money> monthly = Optional.empty();
    if (command.equals("budget")) {
      lump = files.isEmpty() ? lump : Optional.of(BudgetAmount.parse(files.get(0)));
      String each = v.get("--monthly");
      monthly = each == null ? monthly : Optional.of(BudgetAmount.parse(each));
    }
    Optional<Integer> window = Optional.ofNullable(months == null ? null : Months.parse(months));
    return run(command, g, env, err, null, new Parsed(method, plan, volume, dose, on, compare,
        files, v, lump, monthly, window, Optional.ofNullable(date(v.get("--start"))),
        InstalmentOptions.read(v)));
  }

  /** What dispatch parsed for a command other than quote. */
  private record Parsed(Method method, PlanRequest plan, Optional<CountRange> volume,
      Optional<Amount.Dose> dose, Optional<LocalDate> on, CompareRequest compare,
      List<String> files, Map<String, String> v, Optional<Money> lump, Optional<Money> monthly,
      Optional<Integer> months, Optional<LocalDate> start,
      Optional<dev.exoplan.domain.instalment.Terms> terms) {}

  /** Runs a parsed command: what fails now is the command's own failure, reported here. */
  private static OptionalInt run(String command, GlobalOptions g, Env env, PrintWriter err,
      QuoteCommand quote, Parsed p) {
    Context ctx = new Context(env, g);
    int code;
    try {
      code = quote != null ? quote.run(ctx) : switch (command) {
        case "estimate" -> EstimateCommand.run(ctx, p.method(), opt(p.v(), "--source"));
        case "plan" -> PlanCommand.run(ctx, p.plan(), p.volume(), p.dose(), p.terms(),
            new CalendarOptions());
        case "clinics" -> ClinicsCommand.run(ctx, p.files(), p.plan(), opt(p.v(), "--item"),
            p.volume(), p.dose(), p.v().containsKey("--member"), p.on(),
            p.v().containsKey("--keep-going"), p.terms());
        case "compare" -> CompareCommand.run(ctx, p.compare());
        case "budget" -> BudgetCommand.run(ctx, p.lump(), p.monthly(), p.months(),
            Optional.ofNullable(p.method()), p.start(), p.volume(), p.dose(), p.terms());
        default -> BatchCommand.run(ctx, opt(p.v(), "--input"), opt(p.v(), "--detail"), err);
      };
    } catch (RuntimeException e) {
      code = Failures.report(e, "exoplan " + command, err, g.debug, ctx.lang());
    }
    return OptionalInt.of(code);
  }

  private static java.math.BigDecimal rate(Map<String, String> v, String name) {
    String text = v.get(name);
    return text == null ? null : dev.exoplan.domain.instalment.Terms.rate(text);
  }

  private static LocalDate date(String text) {
    return text == null ? null : Dates.parse(text);
  }

  private static Optional<String> opt(Map<String, String> v, String name) {
    return Optional.ofNullable(v.get(name));
  }
}
