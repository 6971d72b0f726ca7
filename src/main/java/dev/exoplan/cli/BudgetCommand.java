package dev.exoplan.cli;

import dev.exoplan.domain.budget.Budget;
import dev.exoplan.domain.budget.BudgetPlanner;
import dev.exoplan.domain.budget.BudgetRequest;
import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.clinics.ClinicComparison;
import dev.exoplan.domain.plan.Planner;
import dev.exoplan.domain.value.Amount;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.pricing.ClinicFiles;
import dev.exoplan.pricing.PricingLoader;
import dev.exoplan.report.budget.BudgetReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code exoplan budget} (issue 20): what an amount, or a sum each month, buys. */
@Command(
    name = "budget",
    customSynopsis = {
      "Usage: exoplan budget AMOUNT [--months N] [--method METHOD] [--start DATE] [GLOBAL OPTIONS]",
      "       exoplan budget --monthly AMOUNT [--months N] [--method METHOD] [--pricing FILE|DIR]...",
      "                      [--instalments N (--apr P | --addon-rate P)]"
    },
    synopsisHeading = "",
    description = {
      "What a budget buys, the answer first: how many sessions it pays for at the low, typical and"
          + " high price per session, whether each protocol's minimum plan fits and with what left,"
          + " and the longest plan of each protocol that fits. With --pricing, the same at each"
          + " clinic given, as 'clinics' prices a plan, cheapest first. With --monthly, what the"
          + " money there by each month allows on the dated schedule.",
      "Formats: text, md, json, csv, html."
    })
final class BudgetCommand implements Callable<Integer> {
  @ParentCommand RunContext top;

  @Mixin HelpLayout layout;

  @Parameters(arity = "0..1", paramLabel = "AMOUNT",
      converter = Converters.BudgetAmountConverter.class,
      description = "the amount to spend in yen: 300000, 300,000, ¥300,000 or 30万")
  Money amount;

  @Mixin AnyMethodOption method;

  @Option(names = "--monthly", paramLabel = "AMOUNT",
      converter = Converters.BudgetAmountConverter.class,
      description = "an amount set aside each month instead (with --months; default 12)")
  Money monthly;

  @Option(names = "--months", paramLabel = "N", converter = Converters.MonthsConverter.class,
      description = "months of a monthly budget, and the window over which a phase given only by"
          + " its interval is counted (default 12)")
  Integer months;

  @Option(names = "--cc", paramLabel = "A..B", converter = Converters.CcConverter.class,
      description = "volume per session, for a clinic list that prices the method per cc (with"
          + " --pricing)")
  CountRange cc;

  @Option(names = "--dose", paramLabel = "A..B", converter = Converters.DoseConverter.class,
      description = "amount per session in each list's unit (ampoules, or cc), for a clinic list"
          + " that prices the method by steps (with --pricing)")
  Amount.Dose dose; // issue 19

  @Option(names = "--start", paramLabel = "DATE", converter = Converters.DateConverter.class,
      description = "first session's date: the dated schedule and the price lists in force"
          + " (default: today)")
  LocalDate start;

  @Mixin InstalmentOptions instalments = new InstalmentOptions(); // issue 20

  @Override
  public Integer call() {
    return run(top.context(), Optional.ofNullable(amount), Optional.ofNullable(monthly),
        Optional.ofNullable(months), Optional.ofNullable(method.method),
        Optional.ofNullable(start), Optional.ofNullable(cc), Optional.ofNullable(dose),
        instalments.terms());
  }

  /** The command itself, shared by picocli and the lean path ({@link FastPath}). */
  static int run(Context ctx, Optional<Money> lump, Optional<Money> each,
      Optional<Integer> months, Optional<Method> method, Optional<LocalDate> start,
      Optional<CountRange> cc, Optional<Amount.Dose> dose,
      Optional<dev.exoplan.domain.instalment.Terms> terms) {
    if (terms.isPresent() && each.isEmpty()) { // issue 20: a loan is paid from a monthly budget
      throw new UsageException(dev.exoplan.domain.text.Message.of("usage.budget.instalments"));
    }
    BudgetRequest req = new BudgetRequest(lump, each, months.orElse(Planner.DEFAULT_MONTHS),
        method, start.orElseGet(() -> LocalDate.now(ctx.env().clock())), cc, dose);
    List<String> files = ctx.options().pricing;
    if (cc.isPresent() && files.isEmpty()) { // --cc is a clinic's volume price: no list, no use
      throw new UsageException(dev.exoplan.domain.text.Message.of("usage.budget.cc.market"));
    }
    if (dose.isPresent() && files.isEmpty()) { // issue 19: as --cc
      throw new UsageException(dev.exoplan.domain.text.Message.of("usage.budget.dose.market"));
    }
    if (cc.isPresent() && dose.isPresent()) {
      throw new UsageException(dev.exoplan.domain.text.Message.of("domain.cc.and.dose"));
    }
    ctx.checkOutput();
    Budget b;
    Catalog catalog;
    if (files.isEmpty()) {
      catalog = ctx.catalog();
      b = BudgetPlanner.market(catalog, req);
    } else {
      catalog = PricingLoader.shipped();
      List<PricingLoader.Input> inputs = new ArrayList<>();
      for (String f : files) {
        inputs.add(ctx.input(f));
      }
      List<ClinicComparison.Loaded> lists = ClinicFiles.read(inputs, catalog, false, ctx::warn)
          .lists();
      b = BudgetPlanner.clinics(catalog, req, lists);
    }
    ctx.emit(BudgetReport.of(catalog, b,
        java.util.Optional.of(dev.exoplan.pricing.ContractRulesTable.shipped())) // issue 23
        .withFinanced(terms.map(t -> // issue 20
            dev.exoplan.domain.instalment.Instalments.mostBorrowed(each.get().minor(), t))));
    return ExitCode.OK;
  }
}
