package dev.exoplan.cli;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.quote.ClinicPlans;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.plan.Planner;
import dev.exoplan.domain.value.PriceRange;
import dev.exoplan.report.plan.PlanReport;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code exoplan plan}: sessions and cost per phase, the total, and a dated schedule. */
@Command(
    name = "plan",
    customSynopsis = {
      "Usage: exoplan plan --method METHOD [--protocol ID] [--intensive A..B]",
      "                    [--maintenance A..B | --maintenance-every A..B(m|w) --months N]",
      "                    [--price YEN] [--source ID] [--start DATE] [GLOBAL OPTIONS]"
    },
    synopsisHeading = "",
    sortOptions = false,
    usageHelpAutoWidth = false,
    usageHelpWidth = 100,
    descriptionHeading = "%n",
    optionListHeading = "%nOptions (global options too, see 'exoplan --help'):%n",
    description = {
      "What a whole plan costs: each phase's sessions and cost (low, typical, high) and the total.",
      "With no options: source 003's protocol (monthly ×3–5, then every 6–12 months) over its"
          + " first 12 months of maintenance, at the market price range of the method.",
      "A phase of A..B sessions at L..H per session costs A·L..B·H.",
      "Formats: text, json, csv, md."
    })
final class PlanCommand implements Callable<Integer> {
  @ParentCommand ExoplanCommand top;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
  boolean help;

  @Option(names = "--method", required = true, paramLabel = "METHOD",
      converter = Converters.MethodConverter.class, description = "iv, injection, scalp or topical")
  Method method;

  @Option(names = "--protocol", paramLabel = "ID",
      description = "003-standard (default), 004-beauty, 004-aga, 001-regular; see 'pricing show'")
  String protocol;

  @Option(names = "--intensive", paramLabel = "A..B", converter = Converters.CountConverter.class,
      description = "sessions in the intensive phase, e.g. 5 or 3..5")
  CountRange intensive;

  @Option(names = "--maintenance", paramLabel = "A..B", converter = Converters.CountConverter.class,
      description = "sessions in the maintenance phase, e.g. 2 or 1..2")
  CountRange maintenance;

  @Option(names = "--maintenance-every", paramLabel = "A..B(m|w)",
      converter = Converters.IntervalConverter.class,
      description = "maintenance interval, e.g. 6..12m (months) or 2..3w (weeks); sessions are"
          + " counted over --months")
  Interval maintenanceEvery;

  @Option(names = "--months", paramLabel = "N", converter = Converters.MonthsConverter.class,
      description = "the window a phase with only an interval is counted over (default 12)")
  Integer months;

  @Option(names = "--price", paramLabel = "YEN", converter = Converters.PriceConverter.class,
      description = "price per session, overriding the tables: 100000, 10万 or 50000..200000")
  PriceRange price;

  @Option(names = "--source", paramLabel = "ID", description = "price from this source only (e.g. 003)")
  String source;

  @Option(names = "--start", paramLabel = "DATE", converter = Converters.DateConverter.class,
      description = "first session's date (YYYY-MM-DD): adds a dated schedule")
  LocalDate start;

  @Override
  public Integer call() {
    PlanRequest request =
        new PlanRequest(
            method,
            Optional.ofNullable(protocol),
            Optional.ofNullable(intensive),
            Optional.ofNullable(maintenance),
            Optional.ofNullable(maintenanceEvery),
            Optional.ofNullable(months),
            Optional.ofNullable(price),
            Optional.ofNullable(source),
            Optional.ofNullable(start));
    return run(top.context(), request);
  }

  /** The command itself, shared by picocli and the lean path ({@link FastPath}). */
  static int run(Context ctx, PlanRequest request) {
    ctx.checkOutput();
    Catalog catalog = ctx.catalog();
    Plan plan = ClinicPlans.reprice(catalog, Planner.plan(catalog, request),
        LocalDate.now(ctx.env().clock()));
    ctx.emit(PlanReport.of(catalog, plan));
    return ExitCode.OK;
  }
}
