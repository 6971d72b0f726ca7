package dev.exoplan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: global options, subcommands, and the exit codes in its help. */
@Command(
    name = "exoplan",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = false,
    usageHelpWidth = 100,
    sortOptions = false,
    synopsisSubcommandLabel = "COMMAND",
    customSynopsis = {"exoplan [GLOBAL OPTIONS] COMMAND [OPTIONS]"},
    descriptionHeading = "%n",
    optionListHeading = "%nGlobal options (before or after the command):%n",
    commandListHeading = "%nCommands:%n",
    description = {
      "Cost planner for exosome therapy: what one session and a whole plan cost, from published"
          + " price ranges (or a clinic's own prices), compared with other treatments."
    },
    subcommands = {
      EstimateCommand.class,
      PlanCommand.class,
      CompareCommand.class,
      QuoteCommand.class,
      ClinicsCommand.class,
      BudgetCommand.class,
      BatchCommand.class,
      PricingCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:success",
      " 1:an internal error (a bug; --debug shows the stack trace)",
      " 2:bad command line: unknown option, bad value, missing argument",
      " 3:refused on safety grounds (an absolute contraindication declared for a quote)",
      "65:bad data: a pricing file or batch request that does not validate",
      "66:an input file that does not exist or cannot be read",
      "73:an output file that cannot be created, or exists without --force"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  exoplan estimate --method iv",
      "  exoplan plan --method iv --price 100000 --intensive 5 --maintenance 2",
      "  exoplan plan --method scalp --protocol 004-aga --start 2026-12-01 --lang en",
      "  exoplan compare --months 24 --lang en",
      "  exoplan quote --pricing pricing/example-clinic.yaml --patient 'Hanako Yamada' --method iv"
          + " --intensive 5 --maintenance 2 -o quote.pdf",
      "  exoplan plan --method iv --format json -o plan.json",
      "  exoplan budget 30万 --method iv"
    })
public final class ExoplanCommand implements Callable<Integer>, RunContext {
  @Mixin GlobalOptions options;

  @Spec CommandSpec spec;

  private final Env env;
  private Context context;

  public ExoplanCommand(Env env) {
    this.env = env;
  }

  @Override
  public Context context() {
    if (context == null) {
      context = new Context(env, options);
    }
    return context;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }
}
