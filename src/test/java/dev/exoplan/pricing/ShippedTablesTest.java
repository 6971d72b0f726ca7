package dev.exoplan.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.catalog.Disclosure;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.catalog.MarketPrice;
import dev.exoplan.domain.catalog.Protocol;
import dev.exoplan.domain.catalog.ProtocolPhase;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.catalog.SourceNote;
import dev.exoplan.domain.value.TimeUnit;
import dev.exoplan.domain.catalog.Treatment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every figure the shipped tables carry traces back to its source: the quoted words are on the cited
 * line of the article in {@code pricing/sources/}, and the amounts and durations in the table are
 * the ones those words state.
 */
class ShippedTablesTest {
  static final Catalog SHIPPED = PricingLoader.shipped();

  /** "5万〜20万円", "3〜10万円", "2,000〜5,000円": the yen range a Japanese phrase states. */
  static final Pattern YEN_RANGE =
      Pattern.compile("([0-9][0-9,]*)(万)?円?〜([0-9][0-9,]*)(万)?円");

  static final Pattern DURATION = Pattern.compile("([0-9]+)〜([0-9]+)(ヶ月|週間)");

  static String line(Source s, int line) throws IOException {
    List<String> lines =
        Files.readAllLines(Path.of("pricing/sources", s.file()), StandardCharsets.UTF_8);
    assertThat(line).as("line %d of %s", line, s.file()).isBetween(1, lines.size());
    return lines.get(line - 1);
  }

  static long[] yenRange(String quote) {
    Matcher m = YEN_RANGE.matcher(quote);
    assertThat(m.find()).as("a yen range in '%s'", quote).isTrue();
    boolean highMan = m.group(4) != null;
    boolean lowMan = m.group(2) != null || highMan; // 3〜10万円: the 万 applies to both
    long low = Long.parseLong(m.group(1).replace(",", "")) * (lowMan ? 10_000 : 1);
    long high = Long.parseLong(m.group(3).replace(",", "")) * (highMan ? 10_000 : 1);
    return new long[] {low, high};
  }

  static List<Citation> allCitations() {
    List<Citation> all = new ArrayList<>();
    SHIPPED.prices().forEach(p -> all.addAll(p.cites()));
    SHIPPED.protocols().forEach(p -> all.addAll(p.cites()));
    SHIPPED.protocols().forEach(p -> p.notes().forEach(n -> all.addAll(n.cites())));
    SHIPPED.treatments().forEach(t -> all.addAll(t.cites()));
    for (var m : dev.exoplan.domain.value.Method.values()) {
      SHIPPED.notes(m).forEach(n -> all.addAll(n.cites()));
    }
    SHIPPED.treatments().forEach(t -> t.notes().forEach(n -> all.addAll(n.cites())));
    SHIPPED.disclosures().forEach(d -> all.addAll(d.cites()));
    SHIPPED.contraindications().forEach(c -> all.addAll(c.cites()));
    return all;
  }

  @Test
  void theCompiledTablesTheJarReadsAreExactlyTheYaml() {
    assertThat(PricingLoader.class.getResource(PricingLoader.COMPILED))
        .as("the build compiled the tables").isNotNull();
    assertThat(PricingLoader.shipped().tables()).isEqualTo(PricingLoader.shippedFromYaml().tables());
  }

  @Test
  void everyQuoteIsOnItsCitedLine() throws IOException {
    List<Citation> cites = allCitations();
    assertThat(cites).hasSizeGreaterThan(80);
    for (Citation c : cites) {
      Source s = SHIPPED.source(c.source()).orElseThrow();
      assertThat(line(s, c.line()))
          .as("%s line %d", s.file(), c.line())
          .contains(c.quote());
    }
  }

  /**
   * Issue 18, finding 12: the further-year sentence's citations, which live in code, say what their
   * lines say, and the interval it falls back to is 003 line 195's 半年〜1年.
   */
  @Test
  void theFurtherYearCitationsAreOnTheirLines() throws IOException {
    for (String[] c : dev.exoplan.domain.plan.FurtherYear.CITES) {
      Source s = SHIPPED.source(c[0]).orElseThrow();
      assertThat(line(s, Integer.parseInt(c[1]))).as("%s line %s", c[0], c[1]).contains(c[2]);
    }
    assertThat(dev.exoplan.domain.plan.FurtherYear.SOURCE_INTERVAL)
        .isEqualTo(new Interval(6, 12, TimeUnit.MONTH));
  }

  @Test
  void everySourceFileIsShippedAndDated() {
    for (Source s : SHIPPED.sources()) {
      assertThat(Path.of("pricing/sources", s.file())).exists();
    }
  }

  @Test
  void everyMarketPriceIsTheRangeItsQuoteStates() {
    assertThat(SHIPPED.prices()).hasSize(8);
    for (MarketPrice p : SHIPPED.prices()) {
      assertThat(p.cites()).as("%s from %s is cited", p.method(), p.sourceId()).isNotEmpty();
      long[] stated = yenRange(p.cites().get(0).quote());
      assertThat(new long[] {p.range().low().minor(), p.range().high().minor()})
          .as("%s from %s", p.method().id(), p.sourceId())
          .containsExactly(stated);
    }
  }

  @Test
  void everyTreatmentIsTheRowOf003sTable() {
    assertThat(SHIPPED.treatments()).extracting(Treatment::id)
        .containsExactly("exosome", "hyaluronic-acid", "botox", "laser", "placenta");
    for (Treatment t : SHIPPED.treatments()) {
      String quote = t.cites().get(0).quote();
      long[] stated = yenRange(quote);
      assertThat(new long[] {t.price().low().minor(), t.price().high().minor()})
          .as(t.id()).containsExactly(stated);
      Matcher d = DURATION.matcher(quote);
      if (quote.contains("個人差あり")) {
        assertThat(t.duration()).as("%s: 'varies by person' is unknown, never a number", t.id())
            .isEmpty();
      } else {
        assertThat(d.find()).as("a duration in '%s'", quote).isTrue();
        Interval i = t.duration().orElseThrow();
        assertThat(new int[] {i.low(), i.high()}).as(t.id())
            .containsExactly(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)));
        assertThat(i.unit()).isEqualTo(d.group(3).equals("週間") ? TimeUnit.WEEK : TimeUnit.MONTH);
      }
    }
  }

  @Test
  void everyProtocolIsWhatItsSourceStates() {
    Protocol p003 = SHIPPED.protocol("003-standard").orElseThrow();
    assertThat(quotes(p003)).contains("月1回を3〜5回").contains("半年〜1年に1回");
    assertThat(p003.phases().get(0).sessions().orElseThrow()).isEqualTo(new dev.exoplan.domain.value.CountRange(3, 5));
    assertThat(p003.phases().get(0).every()).contains(Interval.of(1, TimeUnit.MONTH));
    assertThat(p003.phases().get(1).every()).contains(new Interval(6, 12, TimeUnit.MONTH));

    Protocol beauty = SHIPPED.protocol("004-beauty").orElseThrow();
    assertThat(quotes(beauty)).contains("1~2週おき").contains("3〜5回");
    assertThat(beauty.phases()).containsExactly(new ProtocolPhase(dev.exoplan.domain.value.PhaseKind.INTENSIVE,
        java.util.Optional.of(new dev.exoplan.domain.value.CountRange(3, 5)),
        java.util.Optional.of(new Interval(1, 2, TimeUnit.WEEK))));

    Protocol aga = SHIPPED.protocol("004-aga").orElseThrow();
    assertThat(quotes(aga)).contains("月1回の注入治療を6~8回");
    assertThat(aga.phases().get(0).sessions()).contains(new dev.exoplan.domain.value.CountRange(6, 8));

    Protocol regular = SHIPPED.protocol("001-regular").orElseThrow();
    assertThat(quotes(regular)).contains("2週間から3週間に1回");
    assertThat(regular.phases().get(0).every()).contains(new Interval(2, 3, TimeUnit.WEEK));
    assertThat(regular.phases().get(0).sessions()).as("001 gives no count").isEmpty();
  }

  @Test
  void theWorkedExampleOf003IsCited() {
    assertThat(quotes(SHIPPED.protocol("003-standard").orElseThrow()))
        .contains("点滴10万円×5回)= 50万円").contains("点滴10万円×2回)= 20万円").contains("約70万円");
  }

  @Test
  void notesThatAreNotRangesAreNotComputedWith() {
    SourceNote vague = SHIPPED.notes(dev.exoplan.domain.value.Method.IV).stream()
        .filter(n -> n.sourceId().equals("002")).findFirst().orElseThrow();
    assertThat(vague.cites().get(0).quote()).contains("数万円から数十万円");
    assertThat(SHIPPED.prices()).noneMatch(p -> p.sourceId().equals("002"));
  }

  @Test
  void maintenanceOf003OpensInMonthSixAsItsTimelineStates() {
    Protocol p003 = SHIPPED.protocol("003-standard").orElseThrow();
    assertThat(p003.phases().get(0).fromMonth()).isEmpty();
    assertThat(p003.phases().get(1).fromMonth()).contains(6);
    assertThat(cited(p003.cites(), "003", 150)).contains("| 維持期 | 6ヶ月目以降 | 半年〜1年に1回 |");
    assertThat(cited(p003.cites(), "003", 149)).contains("| 初期集中期 | 1〜5ヶ月目 | 月1回(計3〜5回) |");
  }

  @Test
  void disclosuresSayWhatTheSourcesSayAndWhereTheyDisagree() {
    // medical expense deduction: 003 line 118 the softer reading, 004 line 144 not eligible
    Disclosure tax = disclosure("tax-deduction");
    assertThat(cited(tax.cites(), "003", 118)).anyMatch(q -> q.contains("医師が必要と認めた場合"));
    assertThat(cited(tax.cites(), "004", 144)).containsExactly("医療費控除においても対象外です");
    assertThat(tax.text().en()).contains("003 says").contains("004 says it is not eligible");
    assertThat(tax.text().ja()).contains("004は対象外");
    // blood donation: 003 line 81 in principle no longer; 001 line 199 no published criteria
    Disclosure blood = disclosure("blood-donation");
    assertThat(cited(blood.cites(), "003", 81)).anyMatch(q -> q.contains("原則として献血ができなくなる"));
    assertThat(cited(blood.cites(), "001", 199)).anyMatch(q -> q.contains("明確な基準や期間が公表されていません"));
    assertThat(blood.text().en()).contains("in principle no longer donate").contains("001 says");
    // side effects: 001 line 227's fatigue is not said to follow IV drips
    Disclosure side = disclosure("side-effects");
    assertThat(cited(side.cites(), "001", 227)).anyMatch(q -> q.contains("倦怠感"));
    assertThat(cited(side.cites(), "002", 158)).anyMatch(q -> q.contains("点滴投与") && q.contains("頭痛"));
    assertThat(side.text().en()).doesNotContain("fatigue after").contains("Fatigue has also been reported (001)");
    assertThat(side.text().ja()).contains("倦怠感の報告もあります(001)");
    // infection: 000 lines 39-44, 003 lines 76-77, 004 line 120
    Disclosure infection = disclosure("infection");
    assertThat(cited(infection.cites(), "000", 39)).isNotEmpty();
    assertThat(cited(infection.cites(), "000", 43)).anyMatch(q -> q.contains("免疫機能が低下"));
    assertThat(cited(infection.cites(), "003", 77)).isNotEmpty();
    assertThat(cited(infection.cites(), "004", 120)).isNotEmpty();
    // 004 line 123: a death reported in 2023
    assertThat(cited(disclosure("reported-death").cites(), "004", 123))
        .anyMatch(q -> q.contains("2023年"));
    // a history of cancer: 001 lines 109-119 and 004 line 69 avoid; 003 line 79 consult a doctor
    Disclosure cancer = disclosure("cancer-history");
    assertThat(cited(cancer.cites(), "001", 111)).anyMatch(q -> q.contains("避けたほうがよい"));
    assertThat(cited(cancer.cites(), "004", 69)).anyMatch(q -> q.contains("避けることが推奨"));
    assertThat(cited(cancer.cites(), "003", 79)).anyMatch(q -> q.contains("医師に相談"));
    // planning a pregnancy: 003 line 199
    assertThat(cited(disclosure("pregnancy-planning").cites(), "003", 199))
        .anyMatch(q -> q.contains("妊娠を計画している方"));
  }

  @Test
  void plansCarryTheTimingFactsOfTheSources() {
    for (Protocol p : SHIPPED.protocols()) {
      assertThat(cited(note(p, "onset").cites(), "003", 42)).anyMatch(q -> q.contains("2〜4週間"));
      assertThat(cited(note(p, "onset").cites(), "003", 185)).anyMatch(q -> q.contains("2〜4週間"));
      assertThat(cited(note(p, "decision-point").cites(), "003", 151))
          .anyMatch(q -> q.contains("3回程度の施術で変化を感じ始める"));
      assertThat(cited(note(p, "no-standard-count").cites(), "004", 191))
          .anyMatch(q -> q.contains("明確な基準は確立されていません"));
    }
    Protocol regular = SHIPPED.protocol("001-regular").orElseThrow();
    SourceNote pushed = note(regular, "regular-sessions-warning");
    assertThat(cited(pushed.cites(), "000", 64)).anyMatch(q -> q.contains("定期的に施術を受けることを勧められた"));
    assertThat(cited(pushed.cites(), "000", 101)).anyMatch(q -> q.contains("必要以上の施術"));
    Protocol beauty = SHIPPED.protocol("004-beauty").orElseThrow();
    SourceNote reading = note(beauty, "reading");
    assertThat(cited(reading.cites(), "004", 192)).anyMatch(q -> q.contains("1~2週おき"));
    assertThat(reading.text().en()).contains("read as every 1–2 weeks").contains("every 2–3 weeks");
    assertThat(beauty.phases().get(0).every()).contains(new Interval(1, 2, TimeUnit.WEEK));
  }

  private static Disclosure disclosure(String id) {
    return SHIPPED.disclosures().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }

  private static SourceNote note(Protocol p, String id) {
    return p.notes().stream().filter(n -> n.id().equals(java.util.Optional.of(id))).findFirst()
        .orElseThrow(() -> new AssertionError(p.id() + " has no note " + id));
  }

  private static List<String> cited(List<Citation> cites, String source, int line) {
    return cites.stream().filter(c -> c.source().equals(source) && c.line() == line)
        .map(Citation::quote).toList();
  }

  private static String quotes(Protocol p) {
    return String.join(" | ", p.cites().stream().map(Citation::quote).toList());
  }
}
