package dev.exoplan.options;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command-line vocabulary read by everything that must know it without building picocli's
 * model: the lean path (which options each command takes, which are flags), batch (a request
 * line's keys are a command's option names without the dashes) and the launcher (which global
 * options take a value, written into it at build time by ShellIntegration). picocli's own
 * annotations are checked against this table by OptionTableTest, so an option renamed in one
 * place only fails the build.
 */
public final class OptionTable {
  /**
   * An option: its names (longest last) and its kind: a flag (takes no value), a value, a
   * repeated value ({@code --pricing a --pricing b}) or a list (repeated, each value split at
   * commas: {@code --add a,b --add c}).
   */
  public record Opt(List<String> names, Kind kind) {
    /** How an option takes values. */
    public enum Kind { FLAG, VALUE, REPEATED, LIST }

    public Opt {
      names = List.copyOf(names);
    }

    /** A flag or a single value. */
    public Opt(List<String> names, boolean flag) {
      this(names, flag ? Kind.FLAG : Kind.VALUE);
    }

    public boolean flag() {
      return kind == Kind.FLAG;
    }

    public boolean list() {
      return kind == Kind.LIST;
    }

    /** The longest name, {@code --output} for {@code -o, --output}: what a parsed value is kept under. */
    public String longest() {
      return names.get(names.size() - 1);
    }

    /** The longest name without its dashes: a batch request's key. */
    public String key() {
      return longest().replaceFirst("^-+", "");
    }
  }

  private static Opt value(String... names) {
    return new Opt(List.of(names), false);
  }

  private static Opt flag(String... names) {
    return new Opt(List.of(names), true);
  }

  private static Opt list(String... names) {
    return new Opt(List.of(names), Opt.Kind.LIST);
  }

  /** Options every command takes, before or after its name. */
  public static final List<Opt> GLOBAL = List.of(value("--format"), value("--lang"),
      new Opt(List.of("--pricing"), Opt.Kind.REPEATED), value("-o", "--output"), flag("--force"),
      value("--color"), value("--yen"), flag("--bom"), flag("--debug"));

  /** The plan's shape, taken alike by plan, clinics and quote. */
  public static final List<Opt> PLAN_SHAPE = List.of(value("--method"), value("--protocol"),
      value("--intensive"), value("--maintenance"), value("--maintenance-every"),
      value("--months"), value("--start"));

  /** issue 20: monthly payments, taken alike by plan, clinics, quote and budget. */
  public static final List<Opt> INSTALMENTS = List.of(value("--instalments"), value("--apr"),
      value("--addon-rate"));

  /** Issue 20: the calendar's time of day and zone, taken by plan and quote. */
  private static final List<Opt> CALENDAR = List.of(value("--time"), value("--tz"));

  private static final Map<String, List<Opt>> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("estimate", List.of(value("--method"), value("--source")));
    COMMANDS.put("plan", join(join(PLAN_SHAPE, INSTALMENTS), value("--price"), value("--source"),
        value("--cc"), value("--dose"), CALENDAR.get(0), CALENDAR.get(1))); // issue 18, 20
    COMMANDS.put("compare", List.of(value("--months"), value("--method"), value("--protocol")));
    COMMANDS.put("clinics", join(join(PLAN_SHAPE, INSTALMENTS), value("--item"), value("--cc"),
        value("--dose"), flag("--member"), value("--date"), flag("--keep-going"))); // 19: --dose
    COMMANDS.put("quote", join(join(PLAN_SHAPE, INSTALMENTS), value("--patient"),
        value("--clinic"), value("--cc"),
        value("--item"), value("--dose"), flag("--member"), list("--add"), value("--date"),
        list("--screen"), list("--discount"),
        list("--surcharge") /* issue 19 */, value("--number"), value("--counselor"),
        value("--copy"), value("--font"), CALENDAR.get(0), CALENDAR.get(1), // 20: --time/--tz
        value("--loan"))); // issue 20: a loan product of the clinic file
    // issue 20: the amount is the one argument, read as a file name would be
    COMMANDS.put("budget", join(List.of(value("--method"), value("--monthly"), value("--months"),
        value("--cc"), value("--dose"), value("--start")), INSTALMENTS)); // issue 19: --dose
    COMMANDS.put("batch", List.of(value("-i", "--input"), value("--detail")));
  }

  private OptionTable() {}

  private static List<Opt> join(List<Opt> first, List<Opt> second) {
    return join(first, second.toArray(new Opt[0]));
  }

  private static List<Opt> join(List<Opt> first, Opt... more) {
    List<Opt> all = new ArrayList<>(first);
    all.addAll(List.of(more));
    return List.copyOf(all);
  }

  /** The commands this table describes, in order. */
  public static List<String> commands() {
    return List.copyOf(COMMANDS.keySet());
  }

  /** A command's own options (not the global ones); empty for one the table does not describe. */
  public static List<Opt> of(String command) {
    return COMMANDS.getOrDefault(command, List.of());
  }

  /**
   * Whether the command takes arguments that do not start with a dash: files (clinics), or the
   * amount (budget).
   */
  public static boolean takesFiles(String command) {
    return command.equals("clinics") || command.equals("budget");
  }

  /** The option named {@code name} (any of its names) among {@code options}. */
  public static Optional<Opt> find(List<Opt> options, String name) {
    for (Opt o : options) {
      if (o.names().contains(name)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /** The names of the global options that take a value, {@code |}-separated: the launcher's list. */
  public static String globalValueNames() {
    List<String> names = new ArrayList<>();
    for (Opt o : GLOBAL) {
      if (!o.flag()) {
        names.addAll(o.names());
      }
    }
    return String.join("|", names);
  }
}
