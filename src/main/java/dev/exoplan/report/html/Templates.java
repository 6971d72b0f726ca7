package dev.exoplan.report.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * HTML pages: one self-contained file each (inline CSS and SVG, nothing fetched), printable on A4,
 * from the jte templates in {@code src/main/jte}, precompiled at build time, which escape every
 * value for its context.
 */
public final class Templates {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Templates() {}

  /** Renders a template whose one parameter is {@code param}. */
  public static void render(String template, Object param, Writer out) throws IOException {
    try {
      ENGINE.render(template, param, new WriterOutput(out));
    } catch (TemplateException e) {
      throw unwrapped(e);
    }
  }

  /** Renders a template with its parameters by name. */
  public static void render(String template, Map<String, Object> params, Writer out)
      throws IOException {
    try {
      ENGINE.render(template, params, new WriterOutput(out));
    } catch (TemplateException e) {
      throw unwrapped(e);
    }
  }

  /**
   * A write that failed is the {@link IOException} it was (jte wraps it in a TemplateException),
   * so the caller reports it as an output failure, not a bug.
   */
  private static TemplateException unwrapped(TemplateException e) throws IOException {
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof IOException io) {
        throw io;
      }
    }
    return e;
  }
}
