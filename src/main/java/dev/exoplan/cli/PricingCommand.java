package dev.exoplan.cli;

import dev.exoplan.domain.Catalog;
import dev.exoplan.domain.PriceTable;
import dev.exoplan.pricing.PricingException;
import dev.exoplan.pricing.PricingLoader;
import dev.exoplan.pricing.UnreadableFileException;
import dev.exoplan.report.TablesReport;
import dev.exoplan.report.ValidationReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code exoplan pricing}: check pricing files, list what is loaded. */
@Command(
    name = "pricing",
    customSynopsis = "exoplan pricing (validate [FILE...] | show) [GLOBAL OPTIONS]",
    descriptionHeading = "%n",
    commandListHeading = "%nCommands:%n",
    description = "Check pricing files and list what is loaded.",
    subcommands = {PricingCommand.Validate.class, PricingCommand.Show.class})
final class PricingCommand implements Callable<Integer> {
  @ParentCommand ExoplanCommand top;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
  boolean help;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }

  @Command(
      name = "validate",
      customSynopsis = "exoplan pricing validate [FILE...] [GLOBAL OPTIONS]",
      sortOptions = false,
      descriptionHeading = "%n",
      parameterListHeading = "%nArguments:%n",
      optionListHeading = "%nOptions (global options too, see 'exoplan --help'):%n",
      description = {
        "Check pricing files: each is read as it would be with --pricing, over the shipped tables.",
        "Valid files are listed on stdout; each problem goes to stderr as file:line:col: message.",
        "With no FILE, checks the shipped tables. Formats: text, json."
      })
  static final class Validate implements Callable<Integer> {
    @ParentCommand PricingCommand parent;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "YAML or JSON pricing files")
    List<String> files = new ArrayList<>();

    @Override
    public Integer call() {
      Context ctx = parent.top.context();
      ctx.checkOutput();
      Catalog base = ctx.catalog();
      List<ValidationReport.Result> results = new ArrayList<>();
      if (files.isEmpty()) {
        for (PriceTable t : base.tables()) {
          results.add(new ValidationReport.Result(t.origin(), Optional.of(t), Optional.empty()));
        }
      }
      boolean unreadable = false;
      PrintWriter err = spec.commandLine().getErr();
      for (String f : files) {
        PricingLoader.Input input = new PricingLoader.Input(f, ctx.env().resolve(f));
        try {
          PriceTable t = PricingLoader.parse(f, PricingLoader.read(input), base);
          results.add(new ValidationReport.Result(f, Optional.of(t), Optional.empty()));
        } catch (PricingException e) {
          String shown = dev.exoplan.util.Visible.escape(Main.said(e, e.position() + ": ",
              new dev.exoplan.report.Words(ctx.lang(), false)));
          results.add(new ValidationReport.Result(f, Optional.empty(), Optional.of(shown)));
          err.println(shown);
        } catch (UnreadableFileException e) {
          unreadable = true;
          String shown = dev.exoplan.util.Visible.escape(e.getMessage());
          results.add(new ValidationReport.Result(f, Optional.empty(), Optional.of(shown)));
          err.println(shown);
        }
      }
      err.flush();
      ValidationReport report = new ValidationReport(results);
      ctx.emit(report);
      if (unreadable) {
        return ExitCode.NO_INPUT;
      }
      return report.allValid() ? ExitCode.OK : ExitCode.DATA;
    }
  }

  @Command(
      name = "show",
      customSynopsis = "exoplan pricing show [GLOBAL OPTIONS]",
      sortOptions = false,
      descriptionHeading = "%n",
      optionListHeading = "%nOptions (global options too, see 'exoplan --help'):%n",
      description = {
        "List what is loaded: the tables, market prices, protocols, treatments and clinics.",
        "Formats: text, json, md."
      })
  static final class Show implements Callable<Integer> {
    @ParentCommand PricingCommand parent;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Override
    public Integer call() {
      Context ctx = parent.top.context();
      ctx.checkOutput();
      ctx.emit(new TablesReport(ctx.catalog()));
      return ExitCode.OK;
    }
  }
}
