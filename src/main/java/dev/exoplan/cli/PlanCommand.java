package dev.exoplan.cli;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.quote.ClinicPlans;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.plan.Planner;
import dev.exoplan.domain.value.PriceRange;
import dev.exoplan.report.plan.PlanReport;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
    description = {
      "What a whole plan costs: each phase's sessions and cost (low, typical, high) and the total.",
      "With no options: source 003's protocol (monthly ×3–5, then every 6–12 months) over its"
          + " first 12 months of maintenance, at the market price range of the method.",
      "A phase of A..B sessions at L..H per session costs A·L..B·H.",
      "Formats: text, json, csv, md."
    })
final class PlanCommand implements Callable<Integer> {
  @ParentCommand RunContext top;

  @Mixin HelpLayout layout;

  @Mixin MethodOption method;

  @Mixin PlanShape shape;

  @Option(names = "--price", paramLabel = "YEN", converter = Converters.PriceConverter.class,
      description = "price per session, overriding the tables: 100000, 10万 or 50000..200000")
  PriceRange price;

  @Option(names = "--source", paramLabel = "ID", description = "price from this source only (e.g. 003)")
  String source;

  @Option(names = "--start", paramLabel = "DATE", converter = Converters.DateConverter.class,
      description = "first session's date (2026-12-01, 2026/12/01 or 2026年12月1日): adds a dated schedule")
  LocalDate start;

  @Override
  public Integer call() {
    PlanRequest request = shape.toRequest(method.method).price(price).source(source).start(start)
        .build();
    return run(top.context(), request);
  }

  /** The command itself, shared by picocli and the lean path ({@link FastPath}). */
  static int run(Context ctx, PlanRequest request) {
    ctx.checkOutput();
    Catalog catalog = ctx.catalog();
    LocalDate today = LocalDate.now(ctx.env().clock());
    PastStart.check(ctx, request.start(), today, false);
    Plan plan = ClinicPlans.reprice(catalog, Planner.plan(catalog, request), today);
    ctx.emit(PlanReport.of(catalog, plan));
    return ExitCode.OK;
  }
}
