package dev.exoplan.report.output;

import dev.exoplan.report.Format;
import dev.exoplan.report.Words;
import dev.exoplan.report.csv.CsvWriter;
import dev.exoplan.report.html.PdfRenderer;
import dev.exoplan.report.json.Json;
import dev.exoplan.report.text.MarkdownRenderer;
import dev.exoplan.report.text.Style;
import dev.exoplan.report.text.TextRenderer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one dispatch from a format to a report's writer: text and Markdown print the report's
 * {@link dev.exoplan.report.text.Doc}, JSON, CSV and HTML are the report's own, and PDF prints its
 * HTML page. The caller has checked that the report writes the format.
 */
public final class ReportWriter {
  /** Who made the page, in its HTML {@code generator} meta tag and the PDF's producer. */
  public static final String GENERATOR = "exoplan";

  private final Words words;
  private final Style style;
  private final int columns;
  private final boolean bom;
  private final Optional<PdfRenderer.Font> font;

  /**
   * @param columns the terminal's width, for text
   * @param bom whether CSV starts with a byte-order mark
   * @param font the {@code --font} for PDF, else the bundled one
   */
  public ReportWriter(Words words, Style style, int columns, boolean bom,
      Optional<PdfRenderer.Font> font) {
    this.words = words;
    this.style = style;
    this.columns = columns;
    this.bom = bom;
    this.font = font;
  }

  public void write(Report report, Format format, OutputStream out) throws IOException {
    if (format == Format.PDF) {
      new PdfRenderer(font).render(page -> report.html(words, GENERATOR, page), out);
      out.flush();
      return;
    }
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    switch (format) {
      case TEXT -> new TextRenderer(style, columns, words.lang() == dev.exoplan.domain.text.Lang.JA)
          .render(report.doc(words), w);
      case MD -> new MarkdownRenderer().render(report.doc(words), w);
      case JSON -> json(report, true, w);
      case CSV -> report.csv(new CsvWriter(w, bom));
      case HTML -> report.html(words, GENERATOR, w);
      case ICS -> report.ics(words, w);
      default -> throw new IllegalArgumentException(report.command() + " cannot write " + format.id());
    }
    w.flush();
  }

  /** The report's JSON and a newline; indented for people, or compact on one line for batch. */
  public static void json(Report report, boolean pretty, Writer out) throws IOException {
    Json.write(out, pretty, report::json);
  }
}
