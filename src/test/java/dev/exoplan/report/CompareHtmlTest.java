package dev.exoplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.domain.CompareRequest;
import dev.exoplan.domain.Comparison;
import dev.exoplan.domain.Comparisons;
import dev.exoplan.domain.Lang;
import dev.exoplan.pricing.PricingLoader;
import dev.exoplan.report.html.HtmlRenderer;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reads the compare page's SVG chart back: one series per treatment with a known duration, each with
 * its band, its typical line and its label, and the line ending where the figures say it should.
 */
class CompareHtmlTest {
  static final Pattern LAST_V = Pattern.compile("V([0-9.]+) H([0-9.]+)$");

  static Document render(Lang lang, int months) throws Exception {
    var catalog = PricingLoader.shipped();
    Comparison c = Comparisons.compare(catalog,
        new CompareRequest(months, Optional.empty(), Optional.empty()));
    var report = new CompareReport(c, List.of(), List.of(), List.of());
    StringWriter out = new StringWriter();
    new HtmlRenderer(new Words(lang, false), "exoplan test").render(report, out);
    return Jsoup.parse(out.toString());
  }

  @ParameterizedTest
  @CsvSource({"EN, 12", "JA, 12", "EN, 24", "EN, 1"})
  void everyTreatmentWithAKnownDurationHasItsMarksAndLabel(Lang lang, int months) throws Exception {
    Document doc = render(lang, months);
    List<Element> series = doc.select("svg g.series");
    assertThat(series).extracting(s -> s.attr("data-treatment"))
        .containsExactly("exosome", "exosome-003-standard", "hyaluronic-acid", "botox", "placenta");
    for (Element s : series) {
      String id = s.attr("data-treatment");
      String name = doc.selectFirst("tr#row-" + id + " > th").text();
      assertThat(s.selectFirst("text.label").text()).as(id).isEqualTo(name);
      assertThat(s.selectFirst("path.band").attr("d")).as(id).startsWith("M").endsWith("Z");
      assertThat(s.selectFirst("path.typical").attr("d")).as(id).startsWith("M");
      String typical = doc.selectFirst("tr#row-" + id + " > td:nth-of-type(5)").text();
      assertThat(typical).as(id).contains(formatted(Long.parseLong(s.attr("data-typical")), lang));
    }
    assertThat(doc.select("svg g.series[data-treatment=laser]")).as("laser is unknown: not drawn")
        .isEmpty();
    assertThat(doc.selectFirst("figcaption").text()).contains(lang == Lang.JA ? "レーザー治療" : "Laser");
  }

  @ParameterizedTest
  @CsvSource({"EN, 12", "JA, 24"})
  void eachLineEndsAtItsTypicalCostOnTheAxisScale(Lang lang, int months) throws Exception {
    Document doc = render(lang, months);
    List<Element> ticks = doc.select("svg g.y-axis text");
    // the axis: tick i at value i × step; read the first two ticks and the last for the scale
    BigDecimal y0 = new BigDecimal(ticks.get(0).attr("y"));
    BigDecimal yTop = new BigDecimal(ticks.get(ticks.size() - 1).attr("y"));
    long topValue = moneyOf(ticks.get(ticks.size() - 1).text());
    for (Element s : doc.select("svg g.series")) {
      Matcher m = LAST_V.matcher(s.selectFirst("path.typical").attr("d"));
      assertThat(m.find()).isTrue();
      BigDecimal y = new BigDecimal(m.group(1));
      long value = Long.parseLong(s.attr("data-typical"));
      BigDecimal expected = y0.subtract(y0.subtract(yTop)
          .multiply(BigDecimal.valueOf(value)).divide(BigDecimal.valueOf(topValue), 3, RoundingMode.HALF_UP));
      assertThat(y.subtract(expected).abs()).as(s.attr("data-treatment"))
          .isLessThanOrEqualTo(new BigDecimal("0.2"));
      assertThat(new BigDecimal(m.group(2))).isEqualTo(new BigDecimal(
          doc.select("svg g.x-axis line").first().attr("x2")));
    }
  }

  private static String formatted(long yen, Lang lang) {
    return new MoneyFormat(lang).format(dev.exoplan.domain.Money.yen(yen));
  }

  /** "¥2,500,000" or "250万円" back to yen. */
  private static long moneyOf(String label) {
    if (label.endsWith("万円")) {
      return new BigDecimal(label.replace("万円", "").replace(",", "")).movePointRight(4).longValueExact();
    }
    return Long.parseLong(label.replaceAll("[^0-9]", ""));
  }
}
