package dev.exoplan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.clinic.Discount;
import dev.exoplan.domain.menu.Fee;
import dev.exoplan.domain.menu.Item;
import dev.exoplan.domain.menu.Menu;
import dev.exoplan.domain.menu.TaxBasis;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.quote.Quote;
import dev.exoplan.domain.quote.QuoteRequest;
import dev.exoplan.domain.quote.Quotes;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Lang;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.pricing.PricingLoader;
import dev.exoplan.report.quote.QuoteReport;
import dev.exoplan.report.Words;
import dev.exoplan.report.quote.QuoteJson;
import dev.exoplan.report.quote.QuoteSheet;
import dev.exoplan.report.quote.QuoteSheets;
import java.io.StringWriter;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Issue 18: every claim a quote renders is true of its own JSON. Random clinics (tax included,
 * excluded or not stated, every rounding rule, trial prices, courses, "from" prices, fees,
 * discounts) and random range plans (a maintenance interval of the patient's own, maintenance left
 * out); the quote's JSON is read back and each sentence and label of the Japanese and English
 * sheets is checked against it: a plan is called the price without a course only if its JSON buys
 * none; what each plan pays by the 3rd session and up front is stated for that plan, on the total's
 * tax basis (tax added to a tax-excluded list's figure, "before discounts" exactly when that plan
 * has a discount, never "added" for a list that includes or does not state tax); which sessions a
 * shared course row covers is each plan's own; a plan with a "from" price has its headline, total
 * and every "from" line marked as a floor, and a plan without one has none.
 */
class QuoteClaimsFuzzTest {
  static final Catalog MARKET = PricingLoader.shipped();
  static final LocalDate DATE = LocalDate.of(2026, 12, 1);
  static final RoundingMode[] ROUNDING = {RoundingMode.DOWN, RoundingMode.HALF_UP, RoundingMode.UP};
  static final ObjectMapper JSON = new ObjectMapper();

  @FuzzTest(maxDuration = "10s")
  void everyRenderedClaimIsTrueOfTheJson(FuzzedDataProvider data) throws Exception {
    Clinic clinic = clinic(data);
    Catalog catalog = MARKET.with(new PriceTable(clinic.id(), PriceTable.Kind.CLINIC, 2,
        clinic.id(), clinic.name(), Money.JPY, clinic.taxIncluded(), Optional.empty(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Optional.of(clinic)));
    int a = data.consumeInt(0, 8);
    int b = a + data.consumeInt(0, 3);
    int c = data.consumeInt(0, 2);
    int d = c + data.consumeInt(0, 2);
    boolean every = data.consumeBoolean();
    PlanRequest plan = new PlanRequest(Method.IV, Optional.empty(),
        Optional.of(new CountRange(a, b)),
        every ? Optional.empty() : Optional.of(new CountRange(c, d)),
        every ? Optional.of(new Interval(1, 1 + data.consumeInt(0, 2),
            dev.exoplan.domain.value.TimeUnit.MONTH)) : Optional.empty(),
        every ? Optional.of(12) : Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(DATE));
    List<String> asked = new ArrayList<>();
    clinic.discounts().stream().filter(x -> !x.automatic())
        .forEach(x -> {
          if (data.consumeBoolean()) {
            asked.add(x.id());
          }
        });
    Quote q;
    try {
      q = Quotes.quote(catalog, new QuoteRequest(plan, Optional.empty(), "P", Optional.empty(),
          DATE, Optional.empty(), Optional.empty(), List.of(), asked));
    } catch (DomainException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    QuoteReport report = new QuoteReport(q, List.of());
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
      QuoteJson.write(g, report);
    }
    JsonNode json = JSON.readTree(out.toString());
    for (Lang lang : Lang.values()) {
      check(json, QuoteSheets.build(report, new Words(lang, false)), lang);
    }
  }

  /** The claims of one sheet against the JSON. */
  static void check(JsonNode json, QuoteSheet s, Lang lang) {
    boolean ja = lang == Lang.JA;
    boolean range = json.hasNonNull("minimum");
    List<JsonNode> plans = new ArrayList<>();
    if (range) {
      plans.add(json.get("minimum"));
    }
    plans.add(json);
    String minName = ja ? "最小プラン" : "minimum plan";
    String maxName = ja ? "最大プラン" : "maximum plan";
    String alternatives = s.alternatives().stream().map(QuoteSheet.Note::text)
        .collect(Collectors.joining("\n"));
    String facts = s.facts().stream().map(QuoteSheet.Note::text).collect(Collectors.joining("\n"));
    String basis = json.get("taxBasis").asText();
    int rate = json.get("taxRatePercent").asInt();
    String added = ja ? "消費税" + rate + "%を加算" : rate + "% consumption tax added";

    // a plan called the price without a course buys none
    String without = ja ? "の合計" : "'s total of";
    if (range) {
      for (int i = 0; i < 2; i++) {
        String name = i == 0 ? minName : maxName;
        if (alternatives.contains(name + without)) {
          assertThat(plans.get(i).get("committedUpFront").asLong())
              .as("%s is called the price without a course: %s", name, alternatives).isZero();
        }
      }
    }

    // tax wording follows the list's basis
    if (!basis.equals("excluded")) {
      assertThat(alternatives + facts).as("tax added on a %s list", basis).doesNotContain(added);
    }

    // paid by the 3rd session and up front: each plan's own figure, on the total's basis
    for (int i = 0; i < plans.size(); i++) {
      JsonNode p = plans.get(i);
      String name = !range ? "" : i == 0 ? minName : maxName;
      if (p.hasNonNull("paidByThirdSession")) {
        String fragment = stated(json, p, p.get("paidByThirdSession").asLong(), ja, added);
        assertThat(facts).as("%s paid by the 3rd session", name).contains(fragment);
        if (range) {
          assertThat(facts).contains(name + (ja ? " " : ": ") + fragment);
        }
      }
      long upFront = p.get("committedUpFront").asLong();
      if (upFront > 0) {
        String fragment = stated(json, p, upFront, ja, added);
        assertThat(facts).as("%s up front", name).contains(fragment);
      }
    }

    // which sessions a shared course row covers
    if (range) {
      Map<String, JsonNode> min = courses(json.get("minimum"));
      Map<String, JsonNode> max = courses(json);
      for (QuoteSheet.Row row : s.table().rows()) {
        for (Map.Entry<String, JsonNode> e : max.entrySet()) {
          JsonNode m = min.get(e.getKey());
          String desc = e.getValue().get("description").get(lang.id()).asText();
          if (m == null || !row.description().startsWith(desc.replaceAll("[((].*", ""))) {
            continue;
          }
          if (!m.get("covers").equals(e.getValue().get("covers"))) {
            assertThat(row.description()).as("a shared course row names each plan's sessions")
                .contains(minName).contains(maxName)
                .contains(sessions(m.get("covers"), ja)).contains(sessions(e.getValue().get("covers"), ja));
          }
        }
      }
    }

    // floors: a plan with a "from" price is marked as one, a plan without one is not
    String floor = ja ? "〜" : "from ";
    for (int i = 0; i < plans.size(); i++) {
      boolean lower = plans.get(i).get("lowerBound").asBoolean();
      QuoteSheet.Headline h = s.headline().get(i);
      assertThat(h.amount().contains(floor)).as("headline %s marked as a floor", h.amount())
          .isEqualTo(lower);
      QuoteSheet.Row total = s.table().totals().stream().filter(r -> r.kind().equals("total"))
          .findFirst().orElseThrow();
      String cell = range && i == 0 ? total.minAmount() : total.amount();
      assertThat(cell.contains(floor)).as("total %s marked as a floor", cell).isEqualTo(lower);
    }
    for (QuoteSheet.Row row : s.table().rows()) {
      boolean marked = row.amount().contains(floor) || row.minAmount().contains(floor);
      if (marked) {
        assertThat(plans.stream().anyMatch(p -> p.get("lowerBound").asBoolean()))
            .as("a line marked as a floor in a quote without a from price: %s", row).isTrue();
      }
    }
    for (JsonNode p : plans) {
      for (JsonNode l : p.get("lines")) {
        if (l.get("from").asBoolean()) {
          String desc = l.get("description").get(lang.id()).asText();
          assertThat(s.table().rows().stream()
              .filter(r -> r.description().equals(desc))
              .allMatch(r -> r.unit().contains(floor)))
              .as("a from line's unit price is marked: %s", desc).isTrue();
        }
      }
    }
  }

  /** An amount as a sentence must state it: tax added to a tax-excluded list's, with its basis. */
  static String stated(JsonNode json, JsonNode plan, long listed, boolean ja, String added) {
    String basis = json.get("taxBasis").asText();
    long shown = listed;
    List<String> words = new ArrayList<>();
    if (basis.equals("excluded")) {
      long r = json.get("taxRatePercent").asLong();
      BigInteger[] qr = BigInteger.valueOf(listed).multiply(BigInteger.valueOf(r))
          .divideAndRemainder(BigInteger.valueOf(100));
      long tax = qr[0].longValueExact();
      String rounding = json.get("rounding").asText();
      if (qr[1].signum() != 0 && (rounding.equals("up")
          || rounding.equals("half-up") && qr[1].intValue() * 2 >= 100)) {
        tax++;
      }
      shown = listed + tax;
      words.add(ja ? "税込・" + added : "tax included: " + added);
    } else if (basis.equals("included")) {
      words.add(ja ? "税込" : "tax included");
    }
    if (plan.get("discounts").asLong() != 0) {
      words.add(ja ? "割引前" : "before discounts");
    }
    String amount = ja ? String.format("%,d円", shown) : String.format("¥%,d", shown);
    if (plan.get("lowerBound").asBoolean()) {
      amount = ja ? amount + "〜" : "from " + amount;
    }
    if (basis.equals("not-stated")) {
      return amount + (ja ? "(税込・税抜の記載なし" : " (as listed");
    }
    return amount + (ja ? "(" : " (") + String.join(ja ? "・" : ", ", words) + (ja ? ")" : ")");
  }

  private static Map<String, JsonNode> courses(JsonNode plan) {
    Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
    for (JsonNode l : plan.get("lines")) {
      if (l.get("kind").asText().equals("course") && l.get("phase").isNull()) {
        out.put(l.get("item").asText(), l);
      }
    }
    return out;
  }

  private static String sessions(JsonNode covers, boolean ja) {
    List<Integer> c = new ArrayList<>();
    covers.forEach(n -> c.add(n.asInt()));
    if (c.size() > 1 && c.get(c.size() - 1) - c.get(0) == c.size() - 1) {
      return c.get(0) + (ja ? "〜" : "–") + c.get(c.size() - 1); // 〜 in Japanese (issue 18)
    }
    return c.stream().map(String::valueOf).collect(Collectors.joining(ja ? "・" : ", "));
  }

  private static Clinic clinic(FuzzedDataProvider data) {
    TaxBasis tax = TaxBasis.values()[data.consumeInt(0, 2)];
    RoundingMode rounding = ROUNDING[data.consumeInt(0, 2)];
    Item item = FuzzedMenus.item(data, "k");
    List<Fee> fees = FuzzedMenus.fees(data);
    List<Discount> discounts = new ArrayList<>();
    for (int k = data.consumeInt(0, 2); k > 0; k--) {
      boolean percent = data.consumeBoolean();
      discounts.add(new Discount("d" + k, Text.of("d" + k),
          percent ? Optional.of(data.consumeInt(1, 100)) : Optional.empty(),
          percent ? Optional.empty() : Optional.of(Money.yen(data.consumeLong(1, 500_000))),
          data.consumeBoolean()));
    }
    Menu menu = new Menu(List.of(item), fees, List.of(), tax, Optional.empty());
    return new Clinic("claims", Text.of("claims"), "a", "p", true, Money.JPY,
        tax != TaxBasis.EXCLUDED, data.consumeInt(0, 20), rounding, 30, Map.of(), List.of(),
        discounts, menu);
  }
}
