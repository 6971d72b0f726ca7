package dev.exoplan.report.quote;

import dev.exoplan.report.Words;
import java.util.Map;

/**
 * The parameters of the quote's page ({@code quote.jte}), which the HTML and PDF renderers print:
 * the sheet, and the running header and page number for every printed page as CSS strings.
 */
public final class QuoteHtml {
  private QuoteHtml() {}

  public static Map<String, Object> params(QuoteReport r, Words words, String generator) {
    QuoteSheet s = QuoteSheets.build(r, words);
    Map<String, Object> params = new java.util.HashMap<>(Map.of(
        "s", s,
        "generator", generator,
        "pageHead", css(s.pageHeader()),
        "pageOf", css(s.pageLabel() + " ") + " counter(page) \" / \" counter(pages)",
        "endnotes", r.copy() == Copy.PATIENT));
    // issue 23: the cooling-off and cancellation section, its own template
    CancellationSheets.build(r, words).ifPresent(c -> params.put("cancel", c));
    QuotePayments.sheet(r, words).ifPresent(p -> params.put("payments", p)); // issue 20
    QuoteCreditSheet.build(r, words).ifPresent(c -> params.put("credit", c)); // issue 23
    return params;
  }

  /**
   * A CSS string literal for {@code text}, safe inside a {@code <style>} element: every character but
   * ASCII letters and digits is written as a six-digit hex escape, so no quote, backslash, angle
   * bracket or line break reaches the style sheet as itself.
   */
  static String css(String text) {
    StringBuilder sb = new StringBuilder("\"");
    text.codePoints().forEach(c -> {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        sb.appendCodePoint(c);
      } else {
        sb.append(String.format("\\%06X", c));
      }
    });
    return sb.append('"').toString();
  }
}
