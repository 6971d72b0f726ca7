package dev.exoplan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.clinics.ClinicComparison;
import dev.exoplan.domain.clinics.ClinicComparisons;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.text.Lang;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.menu.Fee;
import dev.exoplan.domain.menu.Item;
import dev.exoplan.domain.menu.ItemCourse;
import dev.exoplan.domain.menu.Menu;
import dev.exoplan.domain.menu.Price;
import dev.exoplan.domain.menu.TaxBasis;
import dev.exoplan.domain.menu.Trial;
import dev.exoplan.pricing.PricingLoader;
import dev.exoplan.report.clinics.ClinicsReport;
import dev.exoplan.report.text.Style;
import dev.exoplan.report.text.TextRenderer;
import dev.exoplan.report.Words;
import dev.exoplan.report.csv.CsvWriter;
import dev.exoplan.report.output.ReportWriter;
import java.io.StringWriter;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Random clinics (tax included, excluded or not stated, trial prices, courses with or without a
 * validity, fees once or per visit, "from" prices, effective dates, several lists of one clinic,
 * items for other methods) compared over random plans: every clinic given is a row or excluded,
 * once; the rows are cheapest first; per session is each total over its sessions; and every format
 * renders, the JSON valid against docs/schemas/clinics.schema.json. Every {@code mvn test} replays
 * the committed inputs in src/test/resources/dev/exoplan/fuzz/ClinicsFuzzTestInputs/ (147: the
 * reproducer of the bar-chart bug and what a 3-minute {@code src/build/fuzz.sh ClinicsFuzzTest 3m}
 * found reaching new code: one to six clinics, several lists of one clinic, courses, fees, trials).
 */
class ClinicsFuzzTest {
  static final Catalog MARKET = PricingLoader.shipped();
  static final LocalDate DATE = LocalDate.of(2026, 11, 21);
  static final JsonSchema SCHEMA;

  static {
    try {
      SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
          new ObjectMapper().readTree(Path.of("docs/schemas/clinics.schema.json").toFile()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "10s")
  void everyClinicIsComparedOrExcludedOnce(FuzzedDataProvider data) throws Exception {
    int n = data.consumeInt(1, 6);
    List<ClinicComparison.Loaded> lists = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < n; i++) {
      String id = "c" + data.consumeInt(0, n - 1); // sometimes two lists of one clinic
      ids.add(id);
      lists.add(new ClinicComparison.Loaded("f" + i + ".yaml", table(clinic(id, data))));
    }
    int a = data.consumeInt(1, 8);
    PlanRequest plan = new PlanRequest(Method.IV, Optional.empty(),
        Optional.of(new CountRange(a, a + data.consumeInt(0, 3))),
        Optional.of(new CountRange(0, data.consumeInt(0, 3))), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    ClinicComparison c = ClinicComparisons.compare(MARKET, new ClinicComparisons.Request(plan,
        Optional.empty(), Optional.empty(), data.consumeBoolean(), DATE), lists);

    List<String> seen = new ArrayList<>();
    c.rows().forEach(r -> seen.add(r.clinic().id()));
    c.excluded().forEach(e -> seen.add(e.id()));
    assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
    for (int i = 1; i < c.rows().size(); i++) {
      assertThat(c.rows().get(i).high()).isGreaterThanOrEqualTo(c.rows().get(i - 1).high());
    }
    for (ClinicComparison.Row r : c.rows()) {
      if (r.perSession().isPresent()) {
        ClinicComparison.Span p = r.perSession().get();
        assertThat(p.low()).isLessThanOrEqualTo(p.high());
        assertThat(p.low().minor()).isLessThanOrEqualTo(Math.max(r.low().minor() / r.sessionsLow(),
            r.high().minor() / r.sessionsHigh()));
      }
      r.third().ifPresent(t -> assertThat(t.low()).isLessThanOrEqualTo(t.high()));
    }

    ClinicsReport report = new ClinicsReport(c, List.of(), List.of());
    StringWriter json = new StringWriter();
    ReportWriter.json(report, true, json);
    assertThat(SCHEMA.validate(new ObjectMapper().readTree(json.toString()))).isEmpty();
    for (Lang lang : Lang.values()) {
      Words w = new Words(lang, false);
      new TextRenderer(Style.PLAIN, data.consumeInt(40, 200))
          .render(report.doc(w), new StringWriter());
      report.html(w, "fuzz", new StringWriter());
    }
    report.csv(new CsvWriter(new StringWriter(), true));
  }

  private static Clinic clinic(String id, FuzzedDataProvider data) {
    TaxBasis tax = TaxBasis.values()[data.consumeInt(0, 2)];
    Money single = Money.yen(data.consumeLong(1, 3_000_000));
    Optional<Trial> trial = data.consumeBoolean()
        ? Optional.of(new Trial(Optional.empty(), Price.of(Money.yen(data.consumeLong(0, 3_000_000)))))
        : Optional.empty();
    List<ItemCourse> courses = new ArrayList<>();
    for (int k = data.consumeInt(0, 2); k > 0; k--) {
      courses.add(new ItemCourse("k" + k, Text.of("k" + k), data.consumeInt(1, 10),
          Price.of(Money.yen(data.consumeLong(0, 20_000_000))), Optional.empty(),
          data.consumeBoolean() ? Optional.of(data.consumeInt(1, 24)) : Optional.empty(),
          Optional.empty()));
    }
    Method method = data.consumeInt(0, 4) == 0 ? Method.SCALP : Method.IV;
    Item item = new Item("i", Optional.of(Text.of("item")), Optional.of(method), true,
        Optional.empty(), Optional.of(new Price(single, data.consumeBoolean())), Optional.empty(),
        Optional.empty(), List.of(), trial, courses);
    List<Fee> fees = new ArrayList<>();
    for (int k = data.consumeInt(0, 2); k > 0; k--) {
      fees.add(new Fee("fee" + k, Text.of("fee" + k), Price.of(Money.yen(data.consumeLong(0, 50_000))),
          data.consumeBoolean(), data.consumeBoolean(), List.of()));
    }
    Optional<LocalDate> effective = data.consumeBoolean()
        ? Optional.of(DATE.plusDays(data.consumeInt(-400, 400))) : Optional.empty();
    Menu menu = new Menu(List.of(item), fees, List.of(), tax, effective);
    return new Clinic(id, Text.of(id), "a", "p", true, Money.JPY, tax != TaxBasis.EXCLUDED, 10,
        RoundingMode.DOWN, 30, Map.of(), List.of(), List.of(), menu);
  }

  private static PriceTable table(Clinic clinic) {
    return new PriceTable(clinic.id(), PriceTable.Kind.CLINIC, 2, clinic.id(), clinic.name(),
        Money.JPY, clinic.taxIncluded(), Optional.empty(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), Optional.of(clinic));
  }
}
