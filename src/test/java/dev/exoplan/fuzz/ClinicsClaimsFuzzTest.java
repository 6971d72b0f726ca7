package dev.exoplan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.clinics.ClinicComparison;
import dev.exoplan.domain.clinics.ClinicComparisons;
import dev.exoplan.domain.menu.Fee;
import dev.exoplan.domain.menu.Item;
import dev.exoplan.domain.menu.Menu;
import dev.exoplan.domain.menu.TaxBasis;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.text.Lang;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.pricing.PricingLoader;
import dev.exoplan.report.Words;
import dev.exoplan.report.clinics.ClinicsReport;
import dev.exoplan.report.clinics.ClinicsWords;
import dev.exoplan.report.output.ReportWriter;
import java.io.StringWriter;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issue 18: every claim a {@code clinics} row renders is true of the row's JSON. Random clinics
 * (tax included, excluded or not stated, every rounding rule, trial prices, courses with or
 * without a validity, fees once or per visit, "from" prices) compared over random range plans; the
 * JSON is read back and each row's cells, in Japanese and English, are checked against it: the
 * up-front cell says "none" exactly when no plan buys a course, names every course a plan buys
 * with the sessions it covers, and names each plan when the two buy different courses; the
 * figures it states are the plans' own on the totals' basis; "paid by the 3rd session" states the
 * plans' figures (tax added for a tax-excluded list, as listed otherwise), names the maximum plan
 * when only it reaches a 3rd session, and says "fewer than 3" when neither does; the tax cell
 * says what the list's basis is (never "included" for a list that does not state it); the total,
 * per-session and 3rd-session cells are marked as floors exactly when a "from" price is used.
 */
class ClinicsClaimsFuzzTest {
  static final Catalog MARKET = PricingLoader.shipped();
  static final LocalDate DATE = LocalDate.of(2026, 12, 1);
  static final RoundingMode[] ROUNDING = {RoundingMode.DOWN, RoundingMode.HALF_UP, RoundingMode.UP};
  static final ObjectMapper JSON = new ObjectMapper();

  @FuzzTest(maxDuration = "10s")
  void everyRowClaimIsTrueOfTheJson(FuzzedDataProvider data) throws Exception {
    int n = data.consumeInt(1, 3);
    List<ClinicComparison.Loaded> lists = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lists.add(new ClinicComparison.Loaded("f" + i + ".yaml", table(clinic("c" + i, data))));
    }
    int a = data.consumeInt(0, 8);
    int c = data.consumeInt(0, 2);
    PlanRequest plan = new PlanRequest(Method.IV, Optional.empty(),
        Optional.of(new CountRange(a, a + data.consumeInt(0, 3))),
        Optional.of(new CountRange(c, c + data.consumeInt(0, 2))), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    ClinicComparison comparison;
    try {
      comparison = ClinicComparisons.compare(MARKET, new ClinicComparisons.Request(plan,
          Optional.empty(), Optional.empty(), false, DATE), lists);
    } catch (dev.exoplan.domain.text.DomainException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    ClinicsReport report = new ClinicsReport(comparison, List.of(), List.of());
    StringWriter out = new StringWriter();
    ReportWriter.json(report, true, out);
    JsonNode json = JSON.readTree(out.toString());
    for (Lang lang : Lang.values()) {
      ClinicsWords words = new ClinicsWords(new Words(lang, false));
      for (int i = 0; i < comparison.rows().size(); i++) {
        check(json.get("clinics").get(i), words, comparison.rows().get(i), lang);
      }
    }
  }

  /** The claims of one row's cells against its JSON. */
  static void check(JsonNode row, ClinicsWords words, ClinicComparison.Row r, Lang lang) {
    boolean ja = lang == Lang.JA;
    Words w = words.words();
    String basis = row.get("taxBasis").asText();
    int rate = row.get("taxRatePercent").asInt();
    List<JsonNode> plans = new ArrayList<>();
    row.get("plans").forEach(plans::add);
    String minName = ja ? "最小プラン" : "minimum plan";
    String maxName = ja ? "最大プラン" : "maximum plan";
    String none = ja ? "なし" : "none";
    String floor = ja ? "(下限)" : " or more";
    boolean lower = row.get("lowerBound").asBoolean();

    // per-plan figures agree with the row's spans
    long upLow = Long.MAX_VALUE;
    long upHigh = 0;
    for (JsonNode p : plans) {
      upLow = Math.min(upLow, p.get("upfrontShown").asLong());
      upHigh = Math.max(upHigh, p.get("upfrontShown").asLong());
    }
    assertThat(row.get("upfrontShown").get("low").asLong()).isEqualTo(upLow);
    assertThat(row.get("upfrontShown").get("high").asLong()).isEqualTo(upHigh);

    // up front: course bought or not per plan, the sessions each covers, each plan named
    String upfront = words.upfront(r);
    boolean anyCourse = plans.stream().anyMatch(p -> !p.get("courses").isEmpty());
    if (!anyCourse) {
      assertThat(upfront).as("no plan buys a course").isEqualTo(none);
    }
    boolean differ = plans.size() == 2 && !(plans.get(0).get("courses")
        .equals(plans.get(1).get("courses"))
        && plans.get(0).get("upfrontShown").equals(plans.get(1).get("upfrontShown")));
    if (differ) {
      assertThat(upfront).as("plans that buy differently are each named").contains(minName)
          .contains(maxName);
    } else {
      assertThat(upfront).as("one purchase for both plans names neither")
          .doesNotContain(minName).doesNotContain(maxName);
    }
    for (JsonNode p : plans) {
      String part = upfront;
      if (differ) {
        int max = upfront.indexOf(maxName);
        part = p.get("plan").asText().equals("minimum") ? upfront.substring(0, max)
            : upfront.substring(max);
      }
      if (p.get("courses").isEmpty()) {
        assertThat(part).as("%s buys no course", p.get("plan")).contains(none)
            .doesNotContain(ja ? "回目" : "sessions");
      } else {
        assertThat(part).contains(w.money(Money.yen(p.get("upfrontShown").asLong())));
        for (JsonNode k : p.get("courses")) {
          String name = r.quote().item().courses().stream()
              .filter(x -> x.id().equals(k.get("id").asText())).findFirst().orElseThrow()
              .name().in(lang);
          assertThat(part).as("%s buys %s", p.get("plan"), name)
              .contains(name + (ja ? " " : ", sessions ") + sessions(k.get("covers"), ja)
                  + (ja ? "回目" : ""));
        }
      }
    }

    // paid by the 3rd session: each plan's figure on the totals' basis
    String third = words.third(r);
    List<JsonNode> reach = plans.stream()
        .filter(p -> !p.get("paidByThirdSessionShown").isNull()).toList();
    if (reach.isEmpty()) {
      assertThat(third).isEqualTo(ja ? "3回未満" : "fewer than 3 sessions");
      assertThat(row.get("paidByThirdSession").isNull()).isTrue();
    } else {
      for (JsonNode p : reach) {
        assertThat(third).contains(w.money(Money.yen(p.get("paidByThirdSessionShown").asLong())));
      }
      if (reach.size() < plans.size()) {
        assertThat(third).as("only the maximum plan reaches a 3rd session").contains(maxName)
            .contains(minName);
      }
      assertThat(third.contains(floor)).as("3rd-session cell %s as a floor", third)
          .isEqualTo(lower);
      JsonNode listed = row.get("paidByThirdSession");
      JsonNode shown = row.get("paidByThirdSessionShown");
      for (String end : List.of("low", "high")) {
        long l = listed.get(end).asLong();
        long s = shown.get(end).asLong();
        if (basis.equals("excluded")) {
          assertThat(s - l).as("tax added to %d", l).isBetween(l * rate / 100,
              (l * rate + 99) / 100);
        } else {
          assertThat(s).as("no tax added on a %s list", basis).isEqualTo(l);
        }
      }
    }

    // tax wording follows the list's basis
    String tax = words.tax(r);
    switch (basis) {
      case "included" -> assertThat(tax).isEqualTo(ja ? "税込" : "included");
      case "excluded" -> assertThat(tax).contains(ja ? "税抜" : "excluded").contains(rate + "%");
      default -> assertThat(tax).contains(ja ? "記載なし" : "NOT STATED")
          .doesNotContain(ja ? "税込" : "included");
    }

    // floors: the total and per-session cells, exactly when a "from" price is used
    assertThat(lower).isEqualTo(plans.stream().anyMatch(p -> p.get("lowerBound").asBoolean()));
    String total = words.total(r);
    assertThat(total.contains(floor)).as("total %s as a floor", total).isEqualTo(lower);
    assertThat(total).contains(w.money(Money.yen(row.get("total").get("low").asLong())));
    if (!row.get("perSession").isNull()) {
      String per = words.perSession(r);
      assertThat(per.contains(floor)).as("per session %s as a floor", per).isEqualTo(lower);
    }
  }

  private static String sessions(JsonNode covers, boolean ja) {
    List<Integer> c = new ArrayList<>();
    covers.forEach(x -> c.add(x.asInt()));
    if (c.size() > 1 && c.get(c.size() - 1) - c.get(0) == c.size() - 1) {
      return c.get(0) + (ja ? "〜" : "–") + c.get(c.size() - 1);
    }
    return String.join(ja ? "・" : ", ", c.stream().map(String::valueOf).toList());
  }

  private static Clinic clinic(String id, FuzzedDataProvider data) {
    TaxBasis tax = TaxBasis.values()[data.consumeInt(0, 2)];
    RoundingMode rounding = ROUNDING[data.consumeInt(0, 2)];
    Item item = FuzzedMenus.item(data, "course");
    List<Fee> fees = FuzzedMenus.fees(data);
    Menu menu = new Menu(List.of(item), fees, List.of(), tax, Optional.empty());
    return new Clinic(id, Text.of(id), "a", "p", true, Money.JPY, tax != TaxBasis.EXCLUDED,
        data.consumeInt(0, 20), rounding, 30, Map.of(), List.of(), List.of(), menu);
  }

  private static PriceTable table(Clinic clinic) {
    return new PriceTable(clinic.id(), PriceTable.Kind.CLINIC, 2, clinic.id(), clinic.name(),
        Money.JPY, clinic.taxIncluded(), Optional.empty(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), Optional.of(clinic));
  }
}
