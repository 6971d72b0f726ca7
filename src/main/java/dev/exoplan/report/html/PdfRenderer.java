package dev.exoplan.report.html;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import dev.exoplan.report.Report;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
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

  /** Held so the settings are not garbage-collected with the logger. */
  private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

  private static final Logger FONTBOX_LOG = Logger.getLogger("org.apache.fontbox");

  static {
    XRLog.setLoggingEnabled(false);
    PDFBOX_LOG.setLevel(Level.OFF);
    FONTBOX_LOG.setLevel(Level.OFF);
  }

  private final HtmlRenderer html;
  private final Optional<File> font;

  public PdfRenderer(HtmlRenderer html, Optional<File> font) {
    this.html = html;
    this.font = font;
  }

  public void render(Report report, OutputStream out) throws IOException {
    StringWriter page = new StringWriter();
    html.render(report, page);
    org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(page.toString()));
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withProducer("exoplan");
    if (font.isPresent()) {
      builder.useFont(font.get(), FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
    } else {
      builder.useFont(PdfRenderer::bundledFont, FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
    }
    builder.withW3cDocument(dom, "about:blank");
    builder.toStream(out);
    builder.run();
  }

  private static InputStream bundledFont() {
    InputStream in = PdfRenderer.class.getResourceAsStream(BUNDLED_FONT);
    if (in == null) {
      throw new IllegalStateException("the bundled font is missing from the jar: " + BUNDLED_FONT);
    }
    return in;
  }
}
