package dev.exoplan.report.html;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * PDF from the same HTML the page prints: jsoup turns it into a well-formed DOM, openhtmltopdf lays
 * it out with PDFBox, and IPAex Gothic (bundled, IPA Font License) is embedded as a subset so
 * Japanese prints on a machine with no fonts installed. {@code --font} replaces it.
 */
public final class PdfRenderer {
  /** The family name the templates ask for first. */
  static final String FAMILY = "IPAexGothic";

  static final String BUNDLED_FONT = "/dev/exoplan/fonts/ipaexg.ttf";

  // Nothing of PDFBox's or openhtmltopdf's logging reaches the user, and neither starts
  // java.util.logging, whose LogManager cost a PDF quote tens of milliseconds (issue 21):
  // PDFBox logs through commons-logging, told here to discard; openhtmltopdf through XRLog,
  // given a logger that discards. A problem the user must hear of is an exception, not a log line.
  static {
    if (System.getProperty("org.apache.commons.logging.Log") == null) {
      System.setProperty("org.apache.commons.logging.LogFactory",
          "org.apache.commons.logging.impl.LogFactoryImpl");
      System.setProperty("org.apache.commons.logging.Log",
          "org.apache.commons.logging.impl.NoOpLog");
    }
    XRLog.setLoggerImpl(new Silent());
    XRLog.setLoggingEnabled(false);
  }

  /** openhtmltopdf's logger, discarding everything. */
  private static final class Silent implements com.openhtmltopdf.util.XRLogger {
    @Override
    public void log(String where, java.util.logging.Level level, String msg) {}

    @Override
    public void log(String where, java.util.logging.Level level, String msg, Throwable th) {}

    @Override
    public void setLevel(String logger, java.util.logging.Level level) {}

    @Override
    public boolean isLogLevelEnabled(com.openhtmltopdf.util.Diagnostic diagnostic) {
      return false;
    }
  }

  /** A --font: the name it was given by and its bytes. */
  public record Font(String name, byte[] bytes) {}

  /** The largest --font read, in bytes (a full CJK font is 5 to 20 MB). */
  public static final int MAX_FONT_BYTES = 64 * 1024 * 1024;

  /** What writes the HTML page the PDF prints. */
  @FunctionalInterface
  public interface Page {
    void write(Writer out) throws IOException;
  }

  private final Optional<Font> font;

  public PdfRenderer(Optional<Font> font) {
    this.font = font;
  }

  /**
   * Renders the page as a PDF. A --font that is not a TrueType or OpenType font, or a font (given
   * or bundled) that lacks a glyph for a character of the page's text, is refused
   * ({@link FontException}) before anything is written: a PDF that prints "#" for a patient's name,
   * or drops a letter of it, is no quote.
   */
  public void render(Page page, OutputStream out) throws IOException {
    StringWriter html = new StringWriter();
    page.write(html);
    org.jsoup.nodes.Document parsed = Jsoup.parse(html.toString());
    if (font.isPresent()) {
      Fonts.check(font.get().name(), font.get().bytes(), parsed.text());
    }
    org.w3c.dom.Document dom = new W3CDom().fromJsoup(parsed);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withProducer("exoplan");
    if (font.isPresent()) {
      byte[] bytes = font.get().bytes();
      builder.useFont(() -> new java.io.ByteArrayInputStream(bytes), FAMILY, 400,
          BaseRendererBuilder.FontStyle.NORMAL, true);
      write(builder, dom, out);
      return;
    }
    // The bundled font, parsed once and given to PDFBox as it is, with its glyph substitutions
    // off: PDFBox would otherwise build a regular expression from the font's Latin substitution
    // rules for every run of text it shows (a fifth of a PDF quote's time, issue 21), to find
    // ligatures that IPAex Gothic's Latin does not use, and a ligature's letters are lost to
    // copying and searching anyway. QuotePdfIT reads the text back with pdftotext.
    org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
    try (org.apache.fontbox.ttf.TrueTypeFont ttf = Fonts.parseBundled(bundled())) {
      Fonts.checkBundled(parsed.text(), ttf); // before anything is written
      ttf.setEnableGsub(false);
      builder.usePDDocument(doc);
      builder.useFont(new com.openhtmltopdf.pdfboxout.PDFontSupplier(
          org.apache.pdfbox.pdmodel.font.PDType0Font.load(doc, ttf, true)), FAMILY, 400,
          BaseRendererBuilder.FontStyle.NORMAL, true);
      write(builder, dom, out);
    } finally {
      doc.close();
    }
  }

  /** Lays the page out and writes the PDF, its font given. */
  private static void write(PdfRendererBuilder builder, org.w3c.dom.Document dom, OutputStream out)
      throws IOException {
    builder.withW3cDocument(dom, "about:blank");
    builder.toStream(out);
    builder.run();
  }

  /** The bundled font's bytes, read once a run (the check and the layout share them). */
  private static byte[] bundled() throws IOException {
    byte[] b = bundledBytes;
    if (b == null) {
      // straight from the jar (util.Resources), not through the class loader's module search
      try (InputStream in = dev.exoplan.util.Resources.open(BUNDLED_FONT.substring(1))
          .orElse(null)) {
        if (in == null) {
          throw new IllegalStateException("the bundled font is missing from the jar: " + BUNDLED_FONT);
        }
        b = in.readAllBytes();
      }
      bundledBytes = b;
    }
    return b;
  }

  private static byte[] bundledBytes;
}
