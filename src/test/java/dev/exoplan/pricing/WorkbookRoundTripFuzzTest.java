package dev.exoplan.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.PriceTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The round trip (issue 19): a clinic price list made from fuzzed data (texts of any characters,
 * numbers that look like text and texts that look like numbers, "from" prices, steps, courses,
 * fees, sets, discounts; issue 19's fees on request and surcharges; issue 20's loans), if it loads from YAML, goes YAML → XLSX → YAML and gives the same clinic,
 * compared on the bound domain object.
 */
class WorkbookRoundTripFuzzTest {
  static final Catalog MARKET = PricingLoader.shipped();
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final String[] TEXTS = {"点滴", " 前後に空白 ", "123", "true", "2026-04-01", "=1+1",
    "33000〜", "１２３", "a, b", "line\nbreak", "cr\r\nlf", "cr\ronly", "null", "~", "#x", "'q'", "\"d\""};

  @FuzzTest(maxDuration = "10s")
  void yamlToWorkbookToYamlGivesTheSameClinic(FuzzedDataProvider data) throws Exception {
    Map<String, Object> list = list(data);
    byte[] yaml = YAML.writeValueAsBytes(list);
    PriceTable original;
    try {
      original = PricingLoader.parse("same", yaml, MARKET);
    } catch (PricingException e) {
      return; // not a valid list: nothing to carry over
    }
    byte[] xlsx = Workbooks.convert("in.yaml", yaml, Workbooks.Format.XLSX, MARKET);
    byte[] back = Workbooks.convert("in.xlsx", xlsx, Workbooks.Format.YAML, MARKET);
    assertThat(PricingLoader.parse("same", back, MARKET)).isEqualTo(original);
    assertThat(TableBinder.bind("same", WorkbookReader.read("in.xlsx", xlsx), MARKET))
        .isEqualTo(original);
  }

  static String text(FuzzedDataProvider d) {
    return d.consumeBoolean() ? d.pickValue(TEXTS) : d.consumeString(30);
  }

  static Map<String, String> both(FuzzedDataProvider d) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("ja", text(d));
    m.put("en", text(d));
    return m;
  }

  static Object price(FuzzedDataProvider d) {
    long v = d.consumeLong(0, 2_000_000);
    return d.consumeInt(0, 4) == 0 ? Map.of("from", v) : v;
  }

  static Map<String, Object> list(FuzzedDataProvider d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", "exoplan-pricing");
    m.put("version", 2);
    m.put("kind", "clinic");
    m.put("id", "c-" + d.consumeInt(0, 99));
    m.put("name", both(d));
    m.put("currency", "JPY");
    m.put("tax", d.pickValue(new String[] {"included", "excluded", "not-stated"}));
    if (d.consumeBoolean()) {
      m.put("taxNote", both(d));
    }
    if (d.consumeBoolean()) {
      m.put("effective", "2026-0" + d.consumeInt(1, 9) + "-1" + d.consumeInt(0, 9));
    }
    Map<String, Object> clinic = new LinkedHashMap<>();
    clinic.put("name", both(d));
    clinic.put("address", text(d));
    clinic.put("phone", d.consumeBoolean() ? "0300000000" : text(d));
    clinic.put("example", d.consumeBoolean());
    if (d.consumeBoolean()) {
      clinic.put("quoteValidityDays", d.consumeInt(1, 366));
      clinic.put("taxRatePercent", d.consumeInt(0, 100));
      clinic.put("rounding", d.pickValue(new String[] {"down", "half-up", "up"}));
    }
    m.put("clinic", clinic);
    List<Object> items = new ArrayList<>();
    String[] methods = {"iv", "injection", "scalp", "topical", "none"};
    int n = d.consumeInt(1, 4);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, Object> item = new LinkedHashMap<>();
      String id = "item-" + i;
      ids.add(id);
      item.put("id", id);
      item.put("name", both(d));
      item.put("method", methods[i % methods.length]);
      if (d.consumeBoolean() && i < 4) {
        item.put("standard", true);
      }
      List<Object> courses = new ArrayList<>();
      if (d.consumeBoolean()) {
        item.put("price", price(d));
        if (d.consumeBoolean()) {
          item.put("member", price(d));
        }
        if (d.consumeBoolean()) {
          item.put("trial", price(d));
        }
      } else {
        item.put("unit", d.consumeBoolean() ? "cc" : "ampoule");
        List<Object> steps = new ArrayList<>();
        for (int s = 1; s <= d.consumeInt(1, 3); s++) {
          Map<String, Object> step = new LinkedHashMap<>();
          step.put("amount", s);
          step.put("price", price(d));
          if (d.consumeBoolean()) {
            step.put("member", price(d));
          }
          steps.add(step);
        }
        item.put("steps", steps);
      }
      if (d.consumeBoolean()) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", "course-" + i);
        c.put("name", both(d));
        if (item.containsKey("steps")) {
          c.put("amount", 1);
        }
        c.put("sessions", d.consumeInt(1, 12));
        c.put("price", price(d));
        if (d.consumeBoolean()) {
          c.put("validMonths", d.consumeInt(1, 24));
        }
        courses.add(c);
        item.put("courses", courses);
      }
      items.add(item);
    }
    m.put("items", items);
    if (d.consumeBoolean()) {
      Map<String, Object> fee = new LinkedHashMap<>();
      fee.put("id", "fee");
      fee.put("name", both(d));
      fee.put("price", price(d));
      fee.put("per", d.consumeBoolean() ? "once" : "visit");
      fee.put("mandatory", d.consumeBoolean());
      if (d.consumeBoolean()) {
        fee.put("items", List.of(ids.get(0)));
      }
      m.put("fees", List.of(fee));
    }
    if (ids.size() >= 2 && d.consumeBoolean()) {
      m.put("sets", List.of(Map.of("id", "set", "name", both(d), "items", ids.subList(0, 2),
          "price", price(d))));
    }
    if (d.consumeBoolean()) {
      Map<String, Object> disc = new LinkedHashMap<>();
      disc.put("id", "disc");
      disc.put("name", both(d));
      if (d.consumeBoolean()) {
        disc.put("percent", d.consumeInt(1, 100));
      } else {
        disc.put("amount", d.consumeLong(0, 100_000));
      }
      disc.put("automatic", d.consumeBoolean());
      m.put("discounts", List.of(disc));
    }
    issue19(d, m);
    // issue 19, gap 4 (consumed last, so the kept inputs mean what they meant): a fee on request
    // (written on-request or 要問合せ in a cell) and a surcharge
    if (d.consumeBoolean()) {
      Map<String, Object> fee = new LinkedHashMap<>();
      fee.put("id", "asked");
      fee.put("name", both(d));
      fee.put("price", "on-request");
      fee.put("per", d.consumeBoolean() ? "once" : "visit");
      fee.put("mandatory", d.consumeBoolean());
      List<Object> fees = new ArrayList<>((List<?>) m.getOrDefault("fees", List.of()));
      fees.add(fee);
      m.put("fees", fees);
    }
    if (d.consumeBoolean()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("id", "abroad");
      s.put("name", both(d));
      if (d.consumeBoolean()) {
        s.put("percent", d.consumeInt(1, 1000));
      } else {
        s.put("amount", d.consumeLong(0, 100_000));
      }
      s.put("automatic", d.consumeBoolean());
      m.put("surcharges", List.of(s));
    }
    // issue 19, gap 5: an add-on priced per N minutes
    if (d.consumeBoolean() && m.get("fees") instanceof List<?> fs && !fs.isEmpty()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> fee = (Map<String, Object>) fs.get(0);
      fee.put("minutes", d.consumeInt(0, 1441));
    }
    // issue 19, gap 5: one course shared by the first two items
    if (ids.size() >= 2 && d.consumeBoolean()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("id", "shared");
      c.put("name", both(d));
      c.put("items", ids.subList(0, 2));
      c.put("sessions", d.consumeInt(1, 12));
      c.put("price", price(d));
      if (d.consumeBoolean()) {
        c.put("validMonths", d.consumeInt(1, 24));
      }
      m.put("sharedCourses", new ArrayList<>(List.of(c)));
    }
    // issue 19, gap 3: a course for a range of sessions, written 2..3
    List<Object> all = new ArrayList<>(items);
    all.add(Map.of("courses", m.getOrDefault("sharedCourses", List.of())));
    for (Object item : all) {
      @SuppressWarnings("unchecked")
      List<Object> cs = (List<Object>) ((Map<String, Object>) item).getOrDefault("courses", List.of());
      for (Object c : cs) {
        @SuppressWarnings("unchecked")
        Map<String, Object> course = (Map<String, Object>) c;
        if (d.consumeBoolean()) {
          int least = d.consumeInt(0, 12);
          course.put("sessions", least + ".." + d.consumeInt(0, 13));
        }
      }
    }
    // issue 20, drawn last: loan products (a rate with 0-2 decimals, allowed counts, a minimum)
    for (int i = 0; i < 2 && d.remainingBytes() > 0 && d.consumeBoolean(); i++) {
      Map<String, Object> loan = new LinkedHashMap<>();
      loan.put("id", "loan-" + d.consumeInt(0, 2));
      loan.put("name", both(d));
      loan.put("method", d.consumeBoolean() ? "amortised" : "addon");
      loan.put("rate", java.math.BigDecimal.valueOf(d.consumeInt(0, 2100), d.consumeInt(0, 2)));
      loan.put("counts", List.of(d.consumeInt(1, 121), d.consumeInt(1, 121)));
      if (d.consumeBoolean()) {
        loan.put("minimum", d.consumeLong(0, 1_000_000));
      }
      List<Object> loans = new ArrayList<>((List<?>) m.getOrDefault("loans", List.of()));
      loans.add(loan);
      m.put("loans", loans);
    }
    return m;
  }

  /**
   * Issue 19's fields, drawn after the rest so the committed inputs make what they made before:
   * members' first-visit prices (an item's, a step's), a set's member price, a revisit fee and a
   * first-visit fee charged again after a lapse.
   */
  @SuppressWarnings("unchecked")
  static void issue19(FuzzedDataProvider d, Map<String, Object> m) {
    if (d.remainingBytes() == 0) {
      return;
    }
    for (Object o : (List<Object>) m.get("items")) {
      Map<String, Object> item = (Map<String, Object>) o;
      if (item.containsKey("trial") && d.consumeBoolean()) {
        item.put("memberTrial", price(d));
      }
      if (item.containsKey("steps") && d.consumeBoolean()) {
        Map<String, Object> step = (Map<String, Object>) ((List<Object>) item.get("steps")).get(0);
        step.put("trial", price(d));
        if (d.consumeBoolean()) {
          step.put("memberTrial", price(d));
        }
      }
    }
    if (m.containsKey("sets") && d.consumeBoolean()) {
      Map<String, Object> set = new LinkedHashMap<>((Map<String, Object>) ((List<Object>) m.get(
          "sets")).get(0));
      set.put("member", price(d));
      m.put("sets", List.of(set));
    }
    if (d.consumeBoolean()) {
      List<Object> fees = new ArrayList<>((List<Object>) m.getOrDefault("fees", List.of()));
      Map<String, Object> first = new LinkedHashMap<>();
      first.put("id", "first-visit");
      first.put("name", both(d));
      first.put("price", price(d));
      first.put("per", "once");
      first.put("lapseMonths", d.consumeInt(1, 120));
      first.put("mandatory", d.consumeBoolean());
      fees.add(first);
      Map<String, Object> revisit = new LinkedHashMap<>();
      revisit.put("id", "revisit");
      revisit.put("name", both(d));
      revisit.put("price", price(d));
      revisit.put("per", "revisit");
      revisit.put("mandatory", d.consumeBoolean());
      fees.add(revisit);
      m.put("fees", fees);
    }
  }
}
