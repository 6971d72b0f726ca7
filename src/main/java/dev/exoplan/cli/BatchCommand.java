package dev.exoplan.cli;

import dev.exoplan.batch.Batch;
import dev.exoplan.batch.Form;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.pricing.UnreadableFileException;
import dev.exoplan.report.Format;
import dev.exoplan.util.InputFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code exoplan batch}: JSON Lines requests in, JSON Lines results out, streaming. */
@Command(
    name = "batch",
    customSynopsis = "exoplan batch [-i FILE] [-o FILE] [--detail full|summary] [--format json|csv]"
        + " [GLOBAL OPTIONS]",
    description = {
      "Many estimate, plan and compare requests at once: JSON Lines in, JSON Lines out, streaming.",
      "Runs one request per line of JSON: {\"command\":\"plan\",\"method\":\"iv\",\"price\":\"100000\","
          + "\"intensive\":\"5\",\"maintenance\":\"2\"} — the command (estimate, plan or compare) and"
          + " its long option names without the dashes, values as strings or numbers.",
      "Writes one line per request, in order: the JSON the command prints with --format json,"
          + " plus \"line\": N. A bad line gives {\"line\":N,\"error\":{\"exit\":2 or 65,"
          + "\"message\":…}} and the others go on; the exit code is then 65.",
      "--detail summary writes one compact line per request instead: {\"line\":N,\"command\":…,"
          + "\"method\":…,\"currency\":…,\"taxIncluded\":…,\"total\":{…},\"sessions\":{…}}."
          + " --format csv (or -o FILE.csv) writes one CSV row per request: line, command, status,"
          + " exit, method, currency, tax_included, low, typical, high, typical_basis, sessions_low,"
          + " sessions_typical, sessions_high, message.",
      "Reads stdin without -i. Streams in constant memory. Shows progress on stderr when stderr"
          + " is a terminal and the input is a file."
    })
final class BatchCommand implements Callable<Integer> {
  @ParentCommand RunContext top;

  @Spec CommandSpec spec;

  @Mixin HelpLayout layout;

  @Option(names = {"-i", "--input"}, paramLabel = "FILE", description = "the requests (default: stdin)")
  String input;

  @Option(names = "--detail", paramLabel = "full|summary",
      description = "JSON results: the whole document (full, the default) or the figures only")
  String detail;

  @Override
  public Integer call() {
    return run(top.context(), Optional.ofNullable(input), Optional.ofNullable(detail),
        spec.commandLine().getErr());
  }

  /** The command itself, shared by picocli and the lean path ({@link FastPath}). */
  static int run(Context ctx, Optional<String> input, Optional<String> detail, PrintWriter err) {
    Form form = form(ctx, detail);
    ctx.checkOutput();
    Catalog catalog = ctx.catalog();
    Env env = ctx.env();
    InputStream in;
    long size = -1;
    if (input.isPresent()) {
      Path p = env.resolve(input.get());
      try {
        if (Files.isDirectory(p)) {
          throw new UnreadableFileException(input.get(), dev.exoplan.domain.text.Message.of("io.is.directory"));
        }
        in = InputFiles.open(p);
        size = Files.isRegularFile(p) ? Files.size(p) : -1;
      } catch (InputFiles.NotAFile | InputFiles.NoWriter e) {
        throw new UnreadableFileException(input.get(), dev.exoplan.domain.text.Message.of("io.reason",
            dev.exoplan.pricing.Reasons.ofRead(e)));
      } catch (NoSuchFileException e) {
        throw new UnreadableFileException(input.get(), dev.exoplan.domain.text.Message.of("io.no.such.file"));
      } catch (AccessDeniedException e) {
        throw new UnreadableFileException(input.get(), dev.exoplan.domain.text.Message.of("io.permission.denied"));
      } catch (IOException e) {
        throw new UnreadableFileException(input.get(), dev.exoplan.domain.text.Message.of("io.cannot.read",
            e.getMessage()));
      }
    } else {
      in = env.stdin();
    }
    Batch.Progress progress = input.isPresent() && env.stderrTerminal()
        ? new TerminalProgress(err, size, ctx.lang()) : (lines, bytes) -> { };
    int threads = threads(env);
    Batch batch = new Batch(catalog, threads, java.time.LocalDate.now(ctx.env().clock()), form,
        ctx.options().bom);
    Batch.Outcome[] outcome = new Batch.Outcome[1];
    try (InputStream source = in) {
      ctx.stream(out -> {
        OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        outcome[0] = batch.run(source, buffered, progress);
        buffered.flush();
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (progress instanceof TerminalProgress t) {
      t.finish();
    }
    return outcome[0].failed() > 0 ? ExitCode.DATA : ExitCode.OK;
  }

  /**
   * What each result is: --format (json or csv), else csv for an -o FILE.csv, else json; with
   * --detail full (the default) or summary for json.
   */
  static Form form(Context ctx, Optional<String> detail) {
    Format format = ctx.options().format;
    if (format == null) {
      String o = ctx.options().output;
      boolean csv = o != null && !o.equals("-") && Path.of(o).getFileName() != null
          && Format.byFileName(Path.of(o).getFileName().toString()).equals(Optional.of(Format.CSV));
      format = csv ? Format.CSV : Format.JSON;
    }
    if (format != Format.JSON && format != Format.CSV) {
      throw new UsageException(Message.of("usage.format.unsupported", format.id(), "batch",
          "json, csv"));
    }
    if (detail.isPresent() && !detail.get().equals("full") && !detail.get().equals("summary")) {
      throw new UsageException(Message.of("usage.batch.detail", detail.get()));
    }
    if (format == Format.CSV) {
      if (detail.isPresent() && detail.get().equals("full")) {
        throw new UsageException(Message.of("usage.batch.csv.full"));
      }
      return Form.CSV;
    }
    return detail.isPresent() && detail.get().equals("summary") ? Form.SUMMARY : Form.FULL;
  }

  /** Worker threads: EXOPLAN_BATCH_THREADS, else one per core up to two. */
  static int threads(Env env) {
    String v = env.variable("EXOPLAN_BATCH_THREADS");
    if (v != null && v.length() <= 2 && !v.isEmpty() && v.charAt(0) >= '1' && v.charAt(0) <= '9'
        && (v.length() == 1 || (v.charAt(1) >= '0' && v.charAt(1) <= '9'))) {
      return Integer.parseInt(v);
    }
    return Math.min(2, Runtime.getRuntime().availableProcessors());
  }

  /** "exoplan batch: 1,234,567 lines, 45%", rewritten in place at most four times a second. */
  static final class TerminalProgress implements Batch.Progress {
    private final PrintWriter err;
    private final long size;
    private final dev.exoplan.report.Words words;
    private long last;
    private long lines;
    private long bytes;

    TerminalProgress(PrintWriter err, long size, dev.exoplan.domain.text.Lang lang) {
      this.err = err;
      this.size = size;
      this.words = new dev.exoplan.report.Words(lang, false);
    }

    @Override
    public void update(long lines, long bytes) {
      this.lines = lines;
      this.bytes = bytes;
      long now = System.nanoTime();
      if (now - last > 250_000_000L) {
        last = now;
        show();
      }
    }

    private void show() {
      String count = dev.exoplan.report.MoneyFormat.grouped(lines);
      err.print("\r" + (size > 0
          ? words.get("note.batch.progress.percent", count, Math.min(100, bytes * 100 / size))
          : words.get("note.batch.progress", count)));
      err.flush();
    }

    void finish() {
      show();
      err.println();
      err.flush();
    }
  }
}
