package dev.exoplan.cli;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.quote.SteppedPlans;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.value.Amount;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.PriceRange;
import dev.exoplan.report.plan.PlanReport;
import java.time.LocalDate;
import java.util.Optional;
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
      "                    [--price YEN] [--source ID] [--start DATE]",
      "                    [--cc A..B | --dose A..B] [--time HH:MM [--tz ZONE]]",
      "                    [--instalments N (--apr P | --addon-rate P)]",
      "                    [GLOBAL OPTIONS]"
    },
    synopsisHeading = "",
    description = {
      "What a whole plan costs: each phase's sessions and cost (low, typical, high) and the total.",
      "With no options: source 003's protocol (monthly ×3–5, then every 6–12 months) over the"
          + " first 12 months from the first session, at the market price range of the method.",
      "A phase of A..B sessions at L..H per session costs A·L..B·H.",
      "Formats: text, json, csv, md, ics (a calendar of the sessions: needs --start)."
    })
final class PlanCommand implements Callable<Integer> {
  @ParentCommand RunContext top;

  @Mixin HelpLayout layout;

  @Mixin MethodOption method;

  @Mixin PlanShape shape;

  @Mixin AmountOptions amount;

  @Mixin InstalmentOptions instalments;
  @Mixin CalendarOptions calendar; // issue 20: --time, --tz for --format ics

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
    return run(top.context(), request, amount.cc(), amount.dose(), instalments.terms(), calendar);
  }

  /** The command itself, shared by picocli and the lean path ({@link FastPath}). */
  static int run(Context ctx, PlanRequest request, Optional<CountRange> cc,
      Optional<Amount.Dose> dose, Optional<dev.exoplan.domain.instalment.Terms> terms,
      CalendarOptions calendar) {
    ctx.checkOutput();
    Catalog catalog = ctx.catalog();
    // issue 18: at a clinic pricing by steps, --cc/--dose price the plan there; without them the
    // plan says why it is at market prices
    if (request.start().isPresent()) {
      PastStart.check(ctx, request.start(), ctx.today(), false);
    }
    SteppedPlans.Priced priced = SteppedPlans.plan(catalog, request, cc,
        dose.map(Amount.Dose::amount), ctx::today);
    Plan plan = priced.plan();
    if (dose.isPresent() && plan.price().clinic().isPresent()) {
      Clinic c = plan.price().clinic().get();
      c.menu().standard(request.method()).flatMap(i -> i.unit())
          .ifPresent(u -> dose.get().checkUnit(u.id(), c.id(), c.menu().standard(request.method())
              .orElseThrow().id()));
    }
    priced.why().ifPresent(ctx::warn);
    ctx.emit(calendar.report(ctx, PlanReport.of(catalog, plan).withInstalments(terms), plan,
        new dev.exoplan.report.calendar.PlanEvents(plan))); // issue 20: --instalments, ics
    return ExitCode.OK;
  }
}
