package dev.exoplan.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.domain.Catalog;
import dev.exoplan.domain.Citation;
import dev.exoplan.domain.Interval;
import dev.exoplan.domain.MarketPrice;
import dev.exoplan.domain.Protocol;
import dev.exoplan.domain.ProtocolPhase;
import dev.exoplan.domain.Source;
import dev.exoplan.domain.SourceNote;
import dev.exoplan.domain.TimeUnit;
import dev.exoplan.domain.Treatment;
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
    SHIPPED.treatments().forEach(t -> all.addAll(t.cites()));
    for (var m : dev.exoplan.domain.Method.values()) {
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
    assertThat(p003.phases().get(0).sessions().orElseThrow()).isEqualTo(new dev.exoplan.domain.CountRange(3, 5));
    assertThat(p003.phases().get(0).every()).contains(Interval.of(1, TimeUnit.MONTH));
    assertThat(p003.phases().get(1).every()).contains(new Interval(6, 12, TimeUnit.MONTH));

    Protocol beauty = SHIPPED.protocol("004-beauty").orElseThrow();
    assertThat(quotes(beauty)).contains("1~2週おき").contains("3〜5回");
    assertThat(beauty.phases()).containsExactly(new ProtocolPhase(dev.exoplan.domain.PhaseKind.INTENSIVE,
        java.util.Optional.of(new dev.exoplan.domain.CountRange(3, 5)),
        java.util.Optional.of(new Interval(1, 2, TimeUnit.WEEK))));

    Protocol aga = SHIPPED.protocol("004-aga").orElseThrow();
    assertThat(quotes(aga)).contains("月1回の注入治療を6~8回");
    assertThat(aga.phases().get(0).sessions()).contains(new dev.exoplan.domain.CountRange(6, 8));

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
    SourceNote vague = SHIPPED.notes(dev.exoplan.domain.Method.IV).stream()
        .filter(n -> n.sourceId().equals("002")).findFirst().orElseThrow();
    assertThat(vague.cites().get(0).quote()).contains("数万円から数十万円");
    assertThat(SHIPPED.prices()).noneMatch(p -> p.sourceId().equals("002"));
  }

  private static String quotes(Protocol p) {
    return String.join(" | ", p.cites().stream().map(Citation::quote).toList());
  }
}
