package dev.exoplan.cli;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.clinics.ClinicComparison;
import dev.exoplan.domain.clinics.ClinicComparisons;
import dev.exoplan.domain.value.Amount;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.pricing.ClinicFiles;
import dev.exoplan.pricing.PricingLoader;
import dev.exoplan.report.clinics.ClinicsReport;
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

/** {@code exoplan clinics}: one plan priced at several clinics, side by side, cheapest first. */
@Command(
    name = "clinics",
    customSynopsis = {
      "Usage: exoplan clinics FILE|DIR... --method METHOD [plan options] [--item ID]",
      "                       [--cc A..B | --dose A..B] [--member] [--date DATE] [--keep-going]",
      "                       [--instalments N (--apr P | --addon-rate P)] [GLOBAL OPTIONS]"
    },
    synopsisHeading = "",
    description = {
      "The same plan priced at every clinic given (clinic price lists, or directories of them),"
          + " each with its cheapest valid purchase for the whole plan, as 'quote' buys it: one row"
          + " per clinic, cheapest first, with the totals of the minimum and the full plan, the"
          + " effective price per session, fees and mandatory add-ons, what is committed up front"
          + " and paid by the 3rd session, the tax basis, \"from\" prices, the list's effective date"
          + " and the market check. Clinics that cannot quote the plan are listed with the reason.",
      "A clinic file that does not validate fails the run (exit 65) unless --keep-going.",
      "Formats: text (with a bar chart), md, json, csv, html."
    })
final class ClinicsCommand implements Callable<Integer> {
  @ParentCommand RunContext top;

  @Mixin HelpLayout layout;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
      description = "clinic price lists (YAML or JSON), or directories of them")
  List<String> files = new ArrayList<>();

  @Mixin MethodOption method;

  @Mixin PlanShape shape;

  @Option(names = "--start", paramLabel = "DATE", converter = Converters.DateConverter.class,
      description = "first session's date (course validity is counted from it; default: --date)")
  LocalDate start;

  @Option(names = "--item", paramLabel = "ID",
      description = "the menu item or set to price at every clinic (default: each clinic's"
          + " standard item for the method)")
  String item;

  @Option(names = "--cc", paramLabel = "A..B", converter = Converters.CcConverter.class,
      description = "volume per session, for clinics that price the item by volume")
  CountRange cc;

  @Option(names = "--dose", paramLabel = "A..B", converter = Converters.DoseConverter.class,
      description = "amount per session in each clinic's unit (ampoules, or cc), for clinics that"
          + " price the item by steps")
  Amount.Dose dose; // issue 19: a clinic pricing by the ampoule was always excluded

  @Option(names = "--member", description = "member prices (会員価格) where a clinic lists them")
  boolean member;

  @Option(names = "--date", paramLabel = "DATE", converter = Converters.DateConverter.class,
      description = "the date whose price lists are compared (default: today)")
  LocalDate date;

  @Mixin InstalmentOptions instalments = new InstalmentOptions(); // issue 20

  @Option(names = "--keep-going",
      description = "list a clinic file that cannot be read under \"could not be read\" and"
          + " compare the rest (default: it fails the run)")
  boolean keepGoing;

  @Override
  public Integer call() {
    PlanRequest plan = shape.toRequest(method.method).start(start).build();
    return run(top.context(), files, plan, Optional.ofNullable(item), Optional.ofNullable(cc),
        Optional.ofNullable(dose), member, Optional.ofNullable(date), keepGoing,
        instalments.terms());
  }

  /** The command itself, shared by picocli and the lean path ({@link FastPath}). */
  static int run(Context ctx, List<String> files, PlanRequest plan, Optional<String> item,
      Optional<CountRange> cc, Optional<Amount.Dose> dose, boolean member,
      Optional<LocalDate> date, boolean keepGoing,
      Optional<dev.exoplan.domain.instalment.Terms> terms) {
    if (cc.isPresent() && dose.isPresent()) {
      throw new UsageException(dev.exoplan.domain.text.Message.of("domain.cc.and.dose"));
    }
    ctx.checkOutput();
    Catalog catalog = ctx.catalog();
    List<PricingLoader.Input> inputs = new ArrayList<>();
    for (String f : files) {
      inputs.add(ctx.input(f));
    }
    LocalDate on = date.orElseGet(() -> LocalDate.now(ctx.env().clock()));
    PastStart.check(ctx, plan.start(), on, date.isPresent());
    // one list at a time: each is priced as it is read and dropped, keeping only its row (issue 22)
    ClinicComparisons.Builder compared = new ClinicComparisons.Builder(catalog,
        new ClinicComparisons.Request(plan, item, cc, member, on, dose));
    List<ClinicComparison.Unreadable> unreadable =
        ClinicFiles.read(inputs, catalog, keepGoing, ctx::warn, compared::add);
    ClinicComparison c = compared.build();
    ctx.emit(ClinicsReport.of(catalog, c, unreadable,
        java.util.Optional.of(dev.exoplan.pricing.ContractRulesTable.shipped())) // issue 23
        .withInstalments(terms)); // issue 20
    if (c.rows().isEmpty() && c.excluded().isEmpty() && !unreadable.isEmpty()) {
      return nothingRead(ctx, unreadable);
    }
    return ExitCode.OK;
  }

  /**
   * --keep-going, and not one list could be read: the report lists them, but nothing was compared,
   * so the run fails (issue 18): 66 when no file could be opened, 65 when one was not a valid list.
   */
  private static int nothingRead(Context ctx, List<ClinicComparison.Unreadable> unreadable) {
    boolean opened = false;
    for (ClinicComparison.Unreadable u : unreadable) {
      opened |= !u.where().equals(u.file()); // a position inside the file: it was read, not valid
    }
    ctx.failed("clinics", dev.exoplan.domain.text.Message.of("clinics.none.read", unreadable.size()));
    return opened ? ExitCode.DATA : ExitCode.NO_INPUT;
  }
}
