package dev.exoplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** An HTML page that loads nothing: no src or href to fetch, no stylesheet links, no CSS url(). */
public final class SelfContained {
  private SelfContained() {}

  public static void check(String html) {
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("[src], link, [href]:not(a)")).as("elements that fetch").isEmpty();
    assertThat(doc.select("a[href]")).as("links out of the page").isEmpty();
    String css = String.join("\n", doc.select("style").eachText()) + doc.select("[style]").eachAttr("style");
    assertThat(css).doesNotContain("url(").doesNotContain("@import");
  }
}
