package dev.exoplan.cli;

import dev.exoplan.domain.text.Message;
import dev.exoplan.pricing.PricingLoader;
import dev.exoplan.pricing.Workbooks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code exoplan pricing template} and {@code pricing convert} (issue 19): a clinic's price list
 * kept in a workbook. Both write only with -o, atomically, never over a file without --force.
 */
final class PricingWorkbookCommands {
  private PricingWorkbookCommands() {}

  @Command(
      name = "template",
      customSynopsis = "exoplan pricing template -o FILE.xlsx [--force] [GLOBAL OPTIONS]",
      sortOptions = false,
      descriptionHeading = "%n",
      optionListHeading = "%nOptions (global options too, see 'exoplan --help'):%n",
      description = {
        "Write a workbook to fill in with a clinic's price list: one sheet per part (clinic,"
            + " items, steps, courses, fees, sets, discounts), headers in Japanese and English,"
            + " drop-down lists for the fixed values, filled with the example clinic.",
        "Open it in LibreOffice or Excel, replace the example, then: exoplan pricing check"
            + " FILE.xlsx. See docs/clinic-price-lists.md, section Spreadsheet."
      })
  static final class Template implements Callable<Integer> {
    @ParentCommand PricingCommand parent;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Override
    public Integer call() {
      Context ctx = parent.top.context();
      String out = ctx.options().output;
      if (out == null || out.equals("-") || Workbooks.Format.of(out).orElse(null) != Workbooks.Format.XLSX) {
        throw new UsageException(Message.of("usage.template.output"));
      }
      ctx.checkOutput();
      byte[] bytes = Workbooks.template(ctx.catalog());
      ctx.stream(o -> o.write(bytes));
      say(ctx, Message.of("done.pricing.template", out));
      return ExitCode.OK;
    }
  }

  @Command(
      name = "convert",
      customSynopsis = "exoplan pricing convert IN -o OUT [--force] [GLOBAL OPTIONS]",
      sortOptions = false,
      descriptionHeading = "%n",
      parameterListHeading = "%nArguments:%n",
      optionListHeading = "%nOptions (global options too, see 'exoplan --help'):%n",
      description = {
        "Convert a clinic's price list (format version 2) between a workbook (.xlsx) and YAML or"
            + " JSON, by the file names' extensions. IN is checked as --pricing would check it; the"
            + " output is read back and must give the same clinic, or nothing is written.",
        "Exit 0 when written; 2 without -o OUT; 65 when IN does not validate; 66 when it cannot"
            + " be read; 73 when OUT cannot be written or exists (use --force)."
      })
  static final class Convert implements Callable<Integer> {
    @ParentCommand PricingCommand parent;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Parameters(paramLabel = "IN", description = "the clinic's price list (.xlsx, .yaml or .json)")
    String file;

    @Override
    public Integer call() {
      Context ctx = parent.top.context();
      String out = ctx.options().output;
      if (out == null || out.equals("-")) {
        throw new UsageException(Message.of("usage.convert.output"));
      }
      Workbooks.Format to = Workbooks.Format.of(out).orElseThrow(
          () -> new UsageException(Message.of("usage.convert.extension", out)));
      ctx.checkOutput();
      byte[] in = PricingLoader.read(new PricingLoader.Input(file, ctx.env().resolve(file)));
      byte[] bytes = Workbooks.convert(file, in, to, ctx.catalog());
      ctx.stream(o -> o.write(bytes));
      say(ctx, Message.of("done.pricing.convert", out, file));
      return ExitCode.OK;
    }
  }

  private static void say(Context ctx, Message m) {
    try {
      ctx.env().stdout().write((new dev.exoplan.report.Words(ctx.lang(), false).say(m) + "\n")
          .getBytes(StandardCharsets.UTF_8));
      ctx.env().stdout().flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
