package dev.exoplan.cli;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.pricing.PricingException;
import dev.exoplan.pricing.PricingLoader;
import dev.exoplan.pricing.UnreadableFileException;
import dev.exoplan.report.tables.TablesReport;
import dev.exoplan.report.validation.ValidationReport;
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
    customSynopsis = "exoplan pricing (validate [FILE...] | show | check CLINIC | template | convert IN)"
        + " [GLOBAL OPTIONS]",
    descriptionHeading = "%n",
    commandListHeading = "%nCommands:%n",
    description = "Check pricing files, list what is loaded, check a clinic's prices against the market;"
        + " keep a clinic's price list in a workbook (.xlsx).",
    subcommands = {PricingCommand.Validate.class, PricingCommand.Show.class,
        PricingCommand.Check.class, PricingWorkbookCommands.Template.class,
        PricingWorkbookCommands.Convert.class})
final class PricingCommand implements Callable<Integer> {
  @ParentCommand RunContext top;

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

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "YAML, JSON or .xlsx pricing files")
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
      dev.exoplan.report.Words words = new dev.exoplan.report.Words(ctx.lang(), false);
      for (String f : files) {
        PricingLoader.Input input = new PricingLoader.Input(f, ctx.env().resolve(f));
        try {
          PriceTable t = PricingLoader.parse(f, PricingLoader.read(input), base);
          results.add(new ValidationReport.Result(f, Optional.of(t), Optional.empty()));
        } catch (PricingException e) {
          String shown = dev.exoplan.util.Visible.escape(Failures.said(e, e.position() + ": ", words));
          results.add(new ValidationReport.Result(f, Optional.empty(), Optional.of(shown)));
          err.println(shown);
        } catch (UnreadableFileException e) {
          unreadable = true;
          String shown = dev.exoplan.util.Visible.escape(Failures.said(e, e.file() + ": ", words));
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

  @Command(
      name = "check",
      customSynopsis = "exoplan pricing check CLINIC [GLOBAL OPTIONS]",
      sortOptions = false,
      descriptionHeading = "%n",
      parameterListHeading = "%nArguments:%n",
      optionListHeading = "%nOptions (global options too, see 'exoplan --help'):%n",
      description = {
        "Check every price of a clinic's price list against the published ranges, before any"
            + " quote: each item's session, member, first-visit and course (per session) prices,"
            + " compared with tax included, within the range or with the finding, its sources and"
            + " lines. The same check the clinic copy of a quote (--copy clinic) prints.",
        "Exit 0 when the list was checked (findings are for the counselor to read, not errors);"
            + " 65 when the file does not validate, 66 when it cannot be read. Formats: text, json,"
            + " md."
      })
  static final class Check implements Callable<Integer> {
    @ParentCommand PricingCommand parent;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Parameters(paramLabel = "CLINIC", description = "the clinic's price list (YAML, JSON or .xlsx)")
    String file;

    @Override
    public Integer call() {
      Context ctx = parent.top.context();
      ctx.checkOutput();
      Catalog base = ctx.catalog();
      PriceTable t = PricingLoader.parse(file,
          PricingLoader.read(new PricingLoader.Input(file, ctx.env().resolve(file))), base);
      dev.exoplan.domain.clinic.Clinic clinic = t.clinic().orElseThrow(() -> new UsageException(
          dev.exoplan.domain.text.Message.of("usage.check.not.clinic", file)));
      Catalog catalog = base.with(t);
      List<dev.exoplan.domain.quote.MarketSurvey> surveys =
          dev.exoplan.domain.quote.MarketSurvey.ofClinic(catalog, clinic);
      ctx.emit(dev.exoplan.report.pricingcheck.PricingCheckReport.of(file, catalog, clinic, surveys));
      return ExitCode.OK;
    }
  }
}
