package dev.exoplan.report.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.domain.compare.CompareRequest;
import dev.exoplan.domain.compare.Comparison;
import dev.exoplan.domain.compare.Comparisons;
import dev.exoplan.domain.text.Lang;
import dev.exoplan.pricing.PricingLoader;
import dev.exoplan.report.MoneyFormat;
import dev.exoplan.report.Words;
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
    report.html(new Words(lang, false), "exoplan test", out);
    return Jsoup.parse(out.toString());
  }

  @ParameterizedTest
  @CsvSource({"EN, 12", "JA, 12", "EN, 24", "EN, 1"})
  void everyTreatmentWithAKnownDurationHasItsMarksAndLabel(Lang lang, int months) throws Exception {
    Document doc = render(lang, months);
    for (Element chart : doc.select("figure.chart")) {
      List<Element> series = chart.select("svg g.series");
      assertThat(series).extracting(s -> s.attr("data-treatment"))
          .containsExactly("exosome", "exosome-003-standard", "hyaluronic-acid", "botox", "placenta");
      long top = moneyOf(chart.select("svg g.y-axis text").last().text());
      for (Element s : series) {
        String id = s.attr("data-treatment");
        String name = doc.selectFirst("tr#row-" + id + " > th").text();
        boolean above = Long.parseLong(s.attr("data-line-end")) > top;
        assertThat(s.selectFirst("text.label").text()).as(id).isEqualTo(above ? "↑ " + name : name);
        assertThat(s.selectFirst("path.band").attr("d")).as(id).startsWith("M").endsWith("Z");
        assertThat(s.selectFirst("path.typical").attr("d")).as(id).startsWith("M");
        String typical = doc.selectFirst("tr#row-" + id + " > td:nth-of-type(5)").text();
        assertThat(typical).as(id).contains(formatted(Long.parseLong(s.attr("data-typical")), lang));
      }
      assertThat(chart.select("svg g.series[data-treatment=laser]")).as("laser is unknown: not drawn")
          .isEmpty();
      assertThat(chart.selectFirst("figcaption").text())
          .contains(lang == Lang.JA ? "レーザー治療" : "Laser");
    }
  }

  @ParameterizedTest
  @CsvSource({"EN, 12", "JA, 24", "EN, 24", "EN, 1"})
  void eachLineEndsAtItsTypicalCostOnTheAxisScale(Lang lang, int months) throws Exception {
    Document doc = render(lang, months);
    for (Element chart : doc.select("figure.chart")) {
      List<Element> ticks = chart.select("svg g.y-axis text");
      // the axis: tick i at value i × step; read the first tick and the last for the scale
      BigDecimal y0 = new BigDecimal(ticks.get(0).attr("y"));
      BigDecimal yTop = new BigDecimal(ticks.get(ticks.size() - 1).attr("y"));
      long topValue = moneyOf(ticks.get(ticks.size() - 1).text());
      for (Element s : chart.select("svg g.series")) {
        long value = Long.parseLong(s.attr("data-line-end"));
        if (value > topValue) {
          continue; // cut off by the zoomed panel's clip path
        }
        Matcher m = LAST_V.matcher(s.selectFirst("path.typical").attr("d"));
        assertThat(m.find()).isTrue();
        BigDecimal y = new BigDecimal(m.group(1));
        BigDecimal expected = y0.subtract(y0.subtract(yTop)
            .multiply(BigDecimal.valueOf(value)).divide(BigDecimal.valueOf(topValue), 3, RoundingMode.HALF_UP));
        assertThat(y.subtract(expected).abs()).as(s.attr("data-treatment"))
            .isLessThanOrEqualTo(new BigDecimal("0.2"));
        assertThat(new BigDecimal(m.group(2))).isEqualTo(new BigDecimal(
            chart.select("svg g.x-axis line").first().attr("x2")));
      }
    }
  }

  /**
   * Issue 18: the typical line climbs whole sessions: every rise of the exosome line is a whole
   * number of sessions at the typical price (before, the middle of an odd range rose by half a
   * session), it ends at most one session under the table's typical, and every band is named in
   * the legend with its own colour and dash.
   */
  @ParameterizedTest
  @CsvSource({"EN, 12", "JA, 24"})
  void theTypicalLineClimbsWholeSessionsAndEveryBandIsInTheLegend(Lang lang, int months)
      throws Exception {
    Document doc = render(lang, months);
    var catalog = PricingLoader.shipped();
    Comparison c = Comparisons.compare(catalog,
        new CompareRequest(months, Optional.empty(), Optional.empty()));
    java.util.Set<String> checked = new java.util.HashSet<>();
    for (Element chart : doc.select("figure.chart")) {
    List<Element> ticks = chart.select("svg g.y-axis text");
    BigDecimal y0 = new BigDecimal(ticks.get(0).attr("y"));
    BigDecimal yTop = new BigDecimal(ticks.get(ticks.size() - 1).attr("y"));
    long topValue = moneyOf(ticks.get(ticks.size() - 1).text());
    for (Comparison.Row row : c.rows()) {
      if (row.cumulative().isEmpty()) {
        continue;
      }
      Element s = chart.selectFirst("svg g.series[data-treatment=" + row.id() + "]");
      long unit = row.perSession().typical().minor();
      BigDecimal perSession = y0.subtract(yTop).multiply(BigDecimal.valueOf(unit))
          .divide(BigDecimal.valueOf(topValue), 6, RoundingMode.HALF_UP);
      if (perSession.compareTo(BigDecimal.valueOf(2)) < 0) {
        continue; // a session too small on this scale to tell from rounding to a tenth
      }
      checked.add(row.id());
      Matcher v = Pattern.compile("V(-?[0-9.]+)").matcher(s.selectFirst("path.typical").attr("d"));
      BigDecimal previous = y0;
      while (v.find()) {
        BigDecimal y = new BigDecimal(v.group(1));
        BigDecimal sessions = previous.subtract(y).divide(perSession, 6, RoundingMode.HALF_UP);
        BigDecimal whole = sessions.setScale(0, RoundingMode.HALF_UP);
        assertThat(sessions.subtract(whole).abs()).as("%s rises %s sessions", row.id(), sessions)
            .isLessThan(new BigDecimal("0.1"));
        previous = y;
      }
      long lineEnd = Long.parseLong(s.attr("data-line-end"));
      long typical = Long.parseLong(s.attr("data-typical"));
      assertThat(typical - lineEnd).as(row.id()).isBetween(0L, unit);
      Element key = chart.selectFirst("ul.legend li[data-treatment=" + row.id() + "]");
      assertThat(key).as("%s in the legend", row.id()).isNotNull();
      assertThat(key.text()).startsWith(doc.selectFirst("tr#row-" + row.id() + " > th").text());
      assertThat(key.selectFirst("line").attr("stroke"))
          .isEqualTo(s.selectFirst("path.band").attr("stroke"));
    }
    }
    assertThat(checked).as("the treatments whose session ranges are odd, checked on some scale")
        .contains("exosome", "exosome-003-standard", "hyaluronic-acid", "botox");
  }

  @ParameterizedTest
  @CsvSource({"EN, 12", "JA, 24", "EN, 24", "EN, 1", "JA, 60"})
  void labelsStayBesideThePlotClearOfTheAxisAndOfEachOther(Lang lang, int months) throws Exception {
    Document doc = render(lang, months);
    for (Element chart : doc.select("figure.chart")) {
      BigDecimal bottom = new BigDecimal(chart.selectFirst("svg g.x-axis line").attr("y1"));
      BigDecimal right = new BigDecimal(chart.selectFirst("svg g.x-axis line").attr("x2"));
      List<BigDecimal> ys = chart.select("svg text.label").stream()
          .map(t -> new BigDecimal(t.attr("y"))).sorted().toList();
      for (Element label : chart.select("svg text.label")) {
        assertThat(new BigDecimal(label.attr("y"))).as(label.text())
            .isLessThanOrEqualTo(bottom.add(new BigDecimal("3.5"))).isPositive();
        assertThat(new BigDecimal(label.attr("x"))).isGreaterThan(right);
      }
      for (int i = 1; i < ys.size(); i++) {
        assertThat(ys.get(i).subtract(ys.get(i - 1))).isGreaterThanOrEqualTo(new BigDecimal("13"));
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"EN, 12", "JA, 24"})
  void aZoomedPanelKeepsTheSmallerTreatmentsReadable(Lang lang, int months) throws Exception {
    Document doc = render(lang, months);
    Element full = doc.selectFirst("figure#chart-full");
    Element zoom = doc.selectFirst("figure#chart-zoom");
    assertThat(zoom).as("the largest band flattens the others: a zoomed panel follows").isNotNull();
    long fullTop = moneyOf(full.select("svg g.y-axis text").last().text());
    long zoomTop = moneyOf(zoom.select("svg g.y-axis text").last().text());
    assertThat(zoomTop).isLessThanOrEqualTo(fullTop / 2);
    assertThat(zoom.selectFirst("h2, figcaption").text()).isNotEmpty();
    assertThat(zoom.select("svg clipPath")).hasSize(1);
    // placenta, the smallest, rises at least twice as high in the zoom
    BigDecimal bottom = new BigDecimal(zoom.selectFirst("svg g.x-axis line").attr("y1"));
    BigDecimal inFull = bottom.subtract(lastY(full, "placenta"));
    BigDecimal inZoom = bottom.subtract(lastY(zoom, "placenta"));
    assertThat(inZoom).isGreaterThanOrEqualTo(inFull.multiply(BigDecimal.valueOf(2)));
  }

  @org.junit.jupiter.api.Test
  void aZoomOnlyWhenSomeTreatmentEndsBelowAThirdOfTheLargest() {
    assertThat(dev.exoplan.report.html.Charts.zoomTop(List.of(series(100), series(50), series(40))))
        .as("nothing flattened").isZero();
    assertThat(dev.exoplan.report.html.Charts.zoomTop(List.of(series(900), series(300), series(40))))
        .isEqualTo(300);
  }

  private static dev.exoplan.report.html.Charts.Input series(long endHigh) {
    var m = new dev.exoplan.domain.value.MoneyRange(dev.exoplan.domain.value.Money.yen(0),
        dev.exoplan.domain.value.Money.yen(0), dev.exoplan.domain.value.Money.yen(endHigh),
        dev.exoplan.domain.value.TypicalBasis.MIDPOINT);
    return new dev.exoplan.report.html.Charts.Input("s" + endHigh, "s", List.of(m));
  }

  private static BigDecimal lastY(Element chart, String id) {
    Matcher m = LAST_V.matcher(
        chart.selectFirst("svg g.series[data-treatment=" + id + "] path.typical").attr("d"));
    assertThat(m.find()).isTrue();
    return new BigDecimal(m.group(1));
  }

  private static String formatted(long yen, Lang lang) {
    return new MoneyFormat(lang).format(dev.exoplan.domain.value.Money.yen(yen));
  }

  /** "¥2,500,000" or "250万円" back to yen. */
  private static long moneyOf(String label) {
    if (label.endsWith("万円")) {
      return new BigDecimal(label.replace("万円", "").replace(",", "")).movePointRight(4).longValueExact();
    }
    return Long.parseLong(label.replaceAll("[^0-9]", ""));
  }
}
