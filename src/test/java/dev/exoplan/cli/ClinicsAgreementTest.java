package dev.exoplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code clinics} prices each clinic as {@code quote} quotes it: for every test clinic and several
 * plans, the comparison's totals, what is paid by the 3rd session and up front, and the market
 * checks are the quote's own figures; the rows are cheapest first; and every clinic given is either
 * a row or excluded, once.
 */
class ClinicsAgreementTest {
  static final Path ROOT = Path.of("").toAbsolutePath();
  static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> plans() {
    return Stream.of("--intensive 3..5 --maintenance 1..2", "--intensive 5 --maintenance 2",
        "--intensive 4 --maintenance 0", "--intensive 2..6 --maintenance 0..3",
        "--intensive 4 --maintenance 1..3 --start 2026-12-01",
        "--maintenance-every 2..3m --months 24 --intensive 3");
  }

  private static JsonNode run(String... args) throws Exception {
    CliSupport.Result r = CliSupport.run(ROOT, args);
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  private static String[] args(String base, String plan) {
    List<String> a = new ArrayList<>(List.of(base.split(" ")));
    a.addAll(List.of(plan.split(" ")));
    return a.toArray(String[]::new);
  }

  @ParameterizedTest
  @MethodSource("plans")
  void everyRowIsTheClinicsOwnQuote(String plan) throws Exception {
    JsonNode c = run(args("clinics src/test/data/clinics src/test/data/clinics-more --method iv"
        + " --date 2026-11-21 --format json", plan));
    long previous = -1;
    for (JsonNode row : c.get("clinics")) { // cheapest first: by the full plan's total
      JsonNode q = run(args("quote --pricing " + row.get("file").asText() + " --patient P"
          + " --method iv --date 2026-11-21 --format json", plan));
      JsonNode min = q.get("minimum").isNull() ? q : q.get("minimum");
      String id = row.get("id").asText();
      assertThat(row.get("total").get("high").asLong()).as(id)
          .isEqualTo(Math.max(min.get("total").asLong(), q.get("total").asLong()));
      assertThat(row.get("total").get("low").asLong()).as(id)
          .isEqualTo(Math.min(min.get("total").asLong(), q.get("total").asLong()));
      assertThat(row.get("lowerBound").asBoolean()).as(id).isEqualTo(
          q.get("lowerBound").asBoolean() || min.get("lowerBound").asBoolean());
      assertThat(row.get("upfront").get("high").asLong()).as(id).isEqualTo(Math.max(
          q.get("committedUpFront").asLong(), min.get("committedUpFront").asLong()));
      if (q.get("paidByThirdSession").isNull()) {
        assertThat(row.get("paidByThirdSession").isNull()).as(id).isTrue();
      } else {
        long full = q.get("paidByThirdSession").asLong();
        long low = min.get("paidByThirdSession").isNull() ? full
            : min.get("paidByThirdSession").asLong();
        assertThat(row.get("paidByThirdSession").get("low").asLong()).as(id)
            .isEqualTo(Math.min(low, full));
        assertThat(row.get("paidByThirdSession").get("high").asLong()).as(id)
            .isEqualTo(Math.max(low, full));
      }
      assertThat(row.get("marketCheck")).as(id).isEqualTo(q.get("marketChecks"));
      assertThat(row.get("taxBasis")).as(id).isEqualTo(q.get("taxBasis"));
      assertThat(q.get("total").asLong()).as("cheapest first").isGreaterThanOrEqualTo(previous);
      previous = q.get("total").asLong();
    }
  }

  @Test
  void everyClinicGivenIsARowOrExcludedOnce() throws Exception {
    JsonNode c = run("clinics", "src/test/data/clinics", "src/test/data/clinics-more",
        "--method", "iv", "--date", "2026-11-21", "--format", "json");
    List<String> seen = new ArrayList<>();
    c.get("clinics").forEach(r -> seen.add(r.get("file").asText()));
    c.get("excluded").forEach(r -> seen.add(r.get("file").asText()));
    List<String> given = new ArrayList<>();
    for (String dir : List.of("src/test/data/clinics", "src/test/data/clinics-more")) {
      try (Stream<Path> files = Files.list(ROOT.resolve(dir))) {
        files.map(f -> dir + "/" + f.getFileName()).forEach(given::add);
      }
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(given);
    assertThat(c.get("excluded").findValuesAsText("reasonKey")).containsExactly(
        "clinics.excluded.no-method", "clinics.excluded.no-standard",
        "clinics.excluded.not-yet", "clinics.excluded.by-ampoule", "clinics.excluded.currency");
  }

  @ParameterizedTest
  @MethodSource("plans")
  void theLeanPathPrintsWhatPicocliPrints(String plan) {
    // "-o -" (stdout) is a command line the lean path leaves to picocli: the same output
    for (String format : List.of("text", "json", "csv", "md", "html")) {
      String[] lean = args("clinics src/test/data/clinics src/test/data/clinics-invalid"
          + " --keep-going --method iv --member --date 2026-11-21 --format " + format, plan);
      String[] full = args(String.join(" ", lean), "-o -");
      CliSupport.Result a = CliSupport.run(ROOT, lean);
      CliSupport.Result b = CliSupport.run(ROOT, full);
      assertThat(a.exit()).as(a.err()).isZero();
      assertThat(a).as(format).isEqualTo(b);
    }
  }

  @Test
  void aListNotYetInForceGivesWayToTheOneInForceForTheSameClinic() throws Exception {
    // the same clinic id twice: the list in force on the date is compared, the later one is not
    JsonNode before = run("clinics", "src/test/data/clinics/c-trial-course.yaml",
        "--method", "iv", "--date", "2026-09-30", "--format", "json");
    assertThat(before.get("clinics")).isEmpty();
    assertThat(before.get("excluded").get(0).get("reasonKey").asText())
        .isEqualTo("clinics.excluded.not-yet");
    JsonNode after = run("clinics", "src/test/data/clinics/c-trial-course.yaml",
        "--method", "iv", "--date", "2026-10-01", "--format", "json");
    assertThat(after.get("clinics")).hasSize(1);
  }
}
