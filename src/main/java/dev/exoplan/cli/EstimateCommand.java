package dev.exoplan.cli;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.estimate.Estimate;
import dev.exoplan.domain.estimate.Estimator;
import dev.exoplan.domain.value.Method;
import dev.exoplan.report.estimate.EstimateReport;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code exoplan estimate}: the per-session price range of a method, per source and overall. */
@Command(
    name = "estimate",
    customSynopsis = "exoplan estimate --method METHOD [--source ID] [GLOBAL OPTIONS]",
    description = {
      "The price of one session of a delivery method: each source's range, and the range over all"
          + " of them (lowest low, highest high, median of the typical figures).",
      "Formats: text, json, csv, md."
    })
final class EstimateCommand implements Callable<Integer> {
  @ParentCommand RunContext top;

  @Mixin HelpLayout layout;

  @Mixin MethodOption method;

  @Option(names = "--source", paramLabel = "ID", description = "only this source (e.g. 003)")
  String source;

  @Override
  public Integer call() {
    return run(top.context(), method.method, Optional.ofNullable(source));
  }

  /** The command itself, shared by picocli and the lean path ({@link FastPath}). */
  static int run(Context ctx, Method method, Optional<String> source) {
    ctx.checkOutput();
    Catalog catalog = ctx.catalog();
    Estimate e = Estimator.estimate(catalog, method, source);
    ctx.emit(EstimateReport.of(catalog, e));
    return ExitCode.OK;
  }
}
