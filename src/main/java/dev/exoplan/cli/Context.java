package dev.exoplan.cli;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.text.Lang;
import dev.exoplan.pricing.PricingLoader;
import dev.exoplan.pricing.TreeCache;
import dev.exoplan.report.Format;
import dev.exoplan.report.output.Report;
import dev.exoplan.report.output.ReportWriter;
import dev.exoplan.report.text.Style;
import dev.exoplan.report.text.TextRenderer;
import dev.exoplan.report.Words;
import dev.exoplan.report.html.PdfRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One run's settings and services: the global options, the environment, the loaded catalog (once),
 * and the one place where a report is rendered and written (stdout or an atomically written file).
 */
public final class Context {
  private final Env env;
  private final GlobalOptions options;
  private Catalog catalog;
  private Optional<String> pdfFont = Optional.empty();
  private TreeCache trees;
  private java.time.LocalDate today;

  Context(Env env, GlobalOptions options) {
    this.env = env;
    this.options = options;
  }

  public Env env() {
    return env;
  }

  public GlobalOptions options() {
    return options;
  }

  /** The shipped tables with every --pricing file layered on top, loaded on first use. */
  public Catalog catalog() {
    if (catalog == null) {
      List<PricingLoader.Input> layers = new java.util.ArrayList<>();
      for (String f : options.pricing) {
        layers.add(input(f));
      }
      catalog = PricingLoader.load(layers, this::warn);
    }
    return catalog;
  }

  /**
   * Today (EXOPLAN_TODAY, else the clock's), read once and only when asked: reading the clock
   * loads the time-zone data, 6 ms of a plan's start-up (issue 21).
   */
  public java.time.LocalDate today() {
    if (today == null) {
      today = java.time.LocalDate.now(env.clock());
    }
    return today;
  }

  /** A pricing file named on the command line, its tree kept between runs (issue 21). */
  public PricingLoader.Input input(String file) {
    if (trees == null) {
      trees = TreeCaches.of(env);
    }
    return new PricingLoader.Input(file, env.resolve(file), trees);
  }

  /** A warning on stderr: one line, "exoplan: warning: …", control characters made visible. */
  public void warn(dev.exoplan.domain.text.Message message) {
    stderrLine(new Words(lang(), false).say(dev.exoplan.domain.text.Message.of("warn.line", message)));
  }

  /**
   * A command's failure said after its output was written: one line, "exoplan COMMAND: …", control
   * characters made visible; the caller returns the exit code.
   */
  public void failed(String command, dev.exoplan.domain.text.Message message) {
    stderrLine("exoplan " + command + ": " + new Words(lang(), false).say(message));
  }

  private void stderrLine(String line) {
    try {
      env.stderr().write((dev.exoplan.util.Visible.escape(line) + "\n")
          .getBytes(StandardCharsets.UTF_8));
      env.stderr().flush();
    } catch (IOException e) {
      // stderr is gone: nowhere left to warn
    }
  }

  /** The --font a PDF is set in, if the command takes one. */
  public void pdfFont(Optional<String> font) {
    this.pdfFont = font;
  }

  /** --lang, else the locale of LC_ALL, LC_MESSAGES or LANG (ja… → Japanese), else English. */
  public Lang lang() {
    if (options.lang != null) {
      return options.lang;
    }
    return RunLanguage.ofLocale(env);
  }

  private Optional<Path> outputPath() {
    if (options.output == null || options.output.equals("-")) {
      return Optional.empty();
    }
    return Optional.of(env.resolve(options.output));
  }

  /** Fails before any work when -o names a file that cannot be created or would be overwritten. */
  public void checkOutput() {
    Optional<Path> path = outputPath();
    if (path.isPresent()) {
      AtomicOutput.check(path.get(), options.output, options.force);
    }
  }

  /**
   * --format, else the -o file's extension, else text; refused if the report cannot be written so.
   * An extension that names no format exoplan writes ({@code plan.docx}) is refused too, rather
   * than filled with text.
   */
  public Format format(Report report) {
    Format f = options.format;
    if (f == null) {
      Optional<Path> path = outputPath();
      f = Format.TEXT;
      if (path.isPresent()) {
        String name = path.get().getFileName().toString();
        Optional<Format> implied = Format.byFileName(name);
        Optional<String> ext = Format.extension(name);
        if (implied.isEmpty() && ext.isPresent()) {
          throw new UsageException(dev.exoplan.domain.text.Message.of(
              "error.output.extension", "." + ext.get(), report.command(),
              Format.extensions(report.formats())));
        }
        f = implied.orElse(Format.TEXT);
      }
    }
    if (f == Format.ICS && !report.formats().contains(f)) { // issue 20
      throw new UsageException(dev.exoplan.domain.text.Message.of("usage.ics.unsupported",
          report.command()));
    }
    if (!report.formats().contains(f)) {
      throw new UsageException(dev.exoplan.domain.text.Message.of("usage.format.unsupported", f.id(),
          report.command(),
          report.formats().stream().map(Format::id).collect(Collectors.joining(", "))));
    }
    return f;
  }

  /** The width text tables are fitted to: COLUMNS when it is a sensible number, else 80. */
  int columns() {
    String v = env.variable("COLUMNS");
    if (v != null && !v.isEmpty() && v.length() <= 4 && v.chars().allMatch(Character::isDigit)) {
      int n = Integer.parseInt(v);
      if (n >= 40) {
        return n;
      }
    }
    return TextRenderer.DEFAULT_WIDTH;
  }

  private Style style(boolean toFile) {
    String when = options.color == null ? "auto" : options.color;
    if (when.equals("always")) {
      return Style.ANSI;
    }
    if (when.equals("never") || toFile) {
      return Style.PLAIN;
    }
    String noColor = env.variable("NO_COLOR");
    String term = env.variable("TERM");
    boolean color =
        env.terminal() && (noColor == null || noColor.isEmpty()) && !"dumb".equals(term);
    return color ? Style.ANSI : Style.PLAIN;
  }

  /** The --font's bytes: a regular file or a pipe, at most {@link PdfRenderer#MAX_FONT_BYTES}. */
  private Optional<PdfRenderer.Font> pdfFontFile() {
    if (pdfFont.isEmpty()) {
      return Optional.empty();
    }
    String name = pdfFont.get();
    Path p = env.resolve(name);
    try {
      if (java.nio.file.Files.isDirectory(p)) {
        throw new dev.exoplan.pricing.UnreadableFileException(name, dev.exoplan.domain.text.Message.of("io.is.directory"));
      }
      return Optional.of(new PdfRenderer.Font(name,
          dev.exoplan.util.InputFiles.read(p, PdfRenderer.MAX_FONT_BYTES)));
    } catch (dev.exoplan.util.InputFiles.TooLarge e) {
      throw new dev.exoplan.report.html.FontException(dev.exoplan.domain.text.Message.of("data.font.unusable", name,
          dev.exoplan.pricing.Reasons.ofRead(e)));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new dev.exoplan.pricing.UnreadableFileException(name, dev.exoplan.domain.text.Message.of("io.no.such.file"));
    } catch (java.nio.file.AccessDeniedException e) {
      throw new dev.exoplan.pricing.UnreadableFileException(name, dev.exoplan.domain.text.Message.of("io.font.unreadable"));
    } catch (IOException e) {
      throw new dev.exoplan.pricing.UnreadableFileException(name,
          dev.exoplan.domain.text.Message.of("io.reason", dev.exoplan.pricing.Reasons.ofRead(e)));
    }
  }

  /**
   * Streams content to stdout or, with -o, to the file (atomically: it appears complete at the
   * end, or not at all).
   */
  public void stream(AtomicOutput.Content content) {
    Optional<Path> path = outputPath();
    try {
      if (path.isPresent()) {
        AtomicOutput.write(path.get(), options.output, options.force, content);
      } else {
        toStdout(content);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Renders the report in the chosen format and writes it to stdout or the -o file. */
  public void emit(Report report) {
    Format format = format(report);
    Optional<Path> path = outputPath();
    if (format.isBinary() && path.isEmpty() && env.terminal()) {
      throw new UsageException(dev.exoplan.domain.text.Message.of("usage.pdf.terminal"));
    }
    Optional<PdfRenderer.Font> font = format == Format.PDF ? pdfFontFile() : Optional.empty();
    Style style = style(path.isPresent());
    try {
      if (path.isPresent()) {
        AtomicOutput.write(path.get(), options.output, options.force, new AtomicOutput.Content() {
          @Override
          public void writeTo(OutputStream out) throws IOException {
            render(report, format, style, font, out);
          }
        });
      } else {
        toStdout(out -> render(report, format, style, font, out));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes to stdout and flushes it: a reader that went away (a broken pipe) ends the run quietly;
   * any other failure (a full disk, a closed or size-limited stdout) is exit 73.
   */
  private void toStdout(AtomicOutput.Content content) {
    try {
      content.writeTo(env.stdout());
      env.stdout().flush();
    } catch (IOException e) {
      throw stdoutFailure(e);
    }
  }

  /** The exception a failed write to stdout ends the run with. */
  static RuntimeException stdoutFailure(IOException e) {
    if (brokenPipe(e)) {
      return new OutputClosedException();
    }
    return new OutputFileException(dev.exoplan.domain.text.Message.of("io.stdout.cannot.write", AtomicOutput.reason(e)));
  }

  static boolean brokenPipe(IOException e) {
    String m = e.getMessage();
    return m != null && (m.contains("Broken pipe") || m.contains("EPIPE"));
  }

  private void render(Report report, Format format, Style style,
      Optional<PdfRenderer.Font> font, OutputStream out) throws IOException {
    Words words = new Words(lang(), "man".equals(options.yen));
    new ReportWriter(words, style, columns(), options.bom, font).write(report, format, out);
  }
}
