package dev.exoplan.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.clinics.ClinicComparison;
import dev.exoplan.domain.clinics.ClinicComparisons;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Method;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22, finding 6: {@code clinics} prices each list as it is read and keeps only its row, which
 * holds the quoted item and its fees, not the rest of the menu; the list in force on the date is
 * chosen whatever order the lists of one clinic come in.
 */
class ClinicsOneAtATimeTest {
  static final Catalog MARKET = PricingLoader.shipped();
  static final Path TRIAL = Path.of("src/test/data/clinics/c-trial-course.yaml");

  @TempDir Path dir;

  static ClinicComparisons.Request request(LocalDate on) {
    PlanRequest plan = new PlanRequest(Method.IV, Optional.empty(),
        Optional.of(CountRange.of(3)), Optional.of(CountRange.of(0)), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    return new ClinicComparisons.Request(plan, Optional.empty(), Optional.empty(), false, on);
  }

  /** The trial-course clinic's list taking effect on {@code date}, its IV price {@code price}. */
  Path dated(String name, String date, String price) throws IOException {
    String yaml = Files.readString(TRIAL).replaceAll("(?m)^effective:.*\\n", "")
        .replaceFirst("(?m)^currency: JPY$", "currency: JPY\neffective: " + date);
    Path f = dir.resolve(name);
    Files.writeString(f, yaml.replaceFirst("price: \\d+", "price: " + price));
    return f;
  }

  ClinicComparison compare(LocalDate on, Path... files) {
    List<PricingLoader.Input> inputs = new ArrayList<>();
    for (Path f : files) {
      inputs.add(new PricingLoader.Input(f.getFileName().toString(), f));
    }
    ClinicComparisons.Builder b = new ClinicComparisons.Builder(MARKET, request(on));
    assertThat(ClinicFiles.read(inputs, MARKET, false, w -> { }, b::add)).isEmpty();
    return b.build();
  }

  @Test
  void theListInForceIsChosenWhateverTheOrder() throws IOException {
    Path a = dated("a.yaml", "2026-01-01", "90000");
    Path b = dated("b.yaml", "2026-06-01", "80000");
    Path c = dated("c.yaml", "2027-01-01", "70000");
    for (Path[] order : new Path[][] {{a, b, c}, {c, b, a}, {b, c, a}}) {
      ClinicComparison in = compare(LocalDate.of(2026, 7, 1), order);
      assertThat(in.rows()).extracting(ClinicComparison.Row::file).containsExactly("b.yaml");
      ClinicComparison before = compare(LocalDate.of(2026, 3, 1), order);
      assertThat(before.rows()).extracting(ClinicComparison.Row::file).containsExactly("a.yaml");
      ClinicComparison none = compare(LocalDate.of(2025, 12, 31), order);
      assertThat(none.rows()).isEmpty();
      assertThat(none.excluded()).singleElement()
          .satisfies(e -> assertThat(e.file()).isEqualTo(order[0].getFileName().toString()))
          .satisfies(e -> assertThat(e.reason().args()).containsExactly(
              java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2025, 12, 31)));
    }
  }

  @Test
  void aRowKeepsOnlyTheItemQuotedAndItsFees() throws IOException {
    Path big = dir.resolve("big");
    Process p = new ProcessBuilder("bench/gen-big-clinics.sh", "1", big.toString(), "200000")
        .inheritIO().start();
    try {
      assertThat(p.waitFor()).isZero();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
    Path f = big.resolve("bench-clinic-001.yaml");
    PricingLoader.Input input = new PricingLoader.Input("big.yaml", f);
    assertThat(ClinicFiles.read(List.of(input), MARKET, false, w -> { }).lists().get(0).clinic()
        .menu().items()).hasSizeGreaterThan(1000);
    ClinicComparison c = compare(LocalDate.of(2026, 11, 21), f);
    assertThat(c.rows()).singleElement().satisfies(r -> {
      assertThat(r.clinic().menu().items()).extracting(i -> i.id()).containsExactly("iv");
      assertThat(r.fees()).extracting(x -> x.fee().id()).containsExactly("first");
    });
  }
}
