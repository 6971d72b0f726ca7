package dev.exoplan.cli;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.compare.CompareRequest;
import dev.exoplan.domain.compare.Comparison;
import dev.exoplan.domain.compare.Comparisons;
import dev.exoplan.domain.value.Method;
import dev.exoplan.report.compare.CompareReport;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code exoplan compare}: exosome against the other treatments, over a window of months. */
@Command(
    name = "compare",
    customSynopsis = "exoplan compare [--months N] [--method METHOD] [--protocol ID] [GLOBAL OPTIONS]",
    description = {
      "Exosome therapy against hyaluronic acid, botulinum toxin, laser and placenta (source 003's"
          + " table): per session, how long the effect lasts, the sessions needed to keep it over"
          + " N months, their cost, downtime and main effect.",
      "Two exosome rows: keeping the effect continuous, and the protocol as stated.",
      "Formats: text (with a chart), json, csv, md, html (with a cumulative-cost chart)."
    })
final class CompareCommand implements Callable<Integer> {
  @ParentCommand RunContext top;

  @Mixin HelpLayout layout;

  @Option(names = "--months", paramLabel = "N", converter = Converters.MonthsConverter.class,
      description = "the window, 1 to 1200 months (default 12)")
  Integer months;

  @Option(names = "--method", paramLabel = "METHOD", converter = Converters.MethodConverter.class,
      description = "price exosome by this method's market range instead of 003's comparison row")
  Method method;

  @Option(names = "--protocol", paramLabel = "ID",
      description = "the protocol of the second exosome row (default 003-standard)")
  String protocol;

  @Override
  public Integer call() {
    return run(top.context(), new CompareRequest(
        months == null ? Comparisons.DEFAULT_MONTHS : months,
        Optional.ofNullable(method), Optional.ofNullable(protocol)));
  }

  /** The command itself, shared by picocli and the lean path ({@link FastPath}). */
  static int run(Context ctx, CompareRequest request) {
    ctx.checkOutput();
    Catalog catalog = ctx.catalog();
    Comparison c = Comparisons.compare(catalog, request);
    ctx.emit(CompareReport.of(catalog, c));
    return ExitCode.OK;
  }
}
