package dev.exoplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.plan.Timeline;
import dev.exoplan.domain.purchase.Bought;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.PhaseKind;
import dev.exoplan.domain.value.PriceRange;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * The records whose {@code equals}, {@code hashCode} or {@code toString} a short run calls have
 * them written out, because the generated ones are linked by an invokedynamic bootstrap
 * ({@code ObjectMethods}) that spins method-handle classes the start-up archive cannot hold. A
 * written-out method must still behave as the generated one: {@code toString} in the record's own
 * form (a quote's number hashes {@code PlanRequest.toString()}, so one changed character changes
 * every quote number), {@code equals} component by component, {@code hashCode} agreeing with it.
 * A component added to one of these records without its method fails here.
 */
class RecordMethodsTest {

  /** {@code Name[a=…, b=…]}, from the components, as java.lang.Record documents its toString. */
  private static String recordForm(Record r) throws ReflectiveOperationException {
    StringJoiner j = new StringJoiner(", ", r.getClass().getSimpleName() + "[", "]");
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      j.add(c.getName() + "=" + c.getAccessor().invoke(r));
    }
    return j.toString();
  }

  private static List<Object> components(Record r) throws ReflectiveOperationException {
    List<Object> values = new ArrayList<>();
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      var accessor = c.getAccessor();
      accessor.setAccessible(true); // a private record's public accessor is not reachable here
      values.add(accessor.invoke(r));
    }
    return values;
  }

  private static void assertBehavesAsGenerated(List<? extends Record> samples)
      throws ReflectiveOperationException {
    for (Record a : samples) {
      for (Record b : samples) {
        boolean same = components(a).equals(components(b));
        assertThat(a.equals(b)).as("%s equals %s", a, b).isEqualTo(same);
        if (same) {
          assertThat(a.hashCode()).as("hashCode of %s and %s", a, b).isEqualTo(b.hashCode());
        }
      }
      assertThat(a.equals(null)).isFalse();
      assertThat(a.equals("x")).isFalse();
    }
  }

  @Test
  void planRequestPrintsItsRecordForm() throws ReflectiveOperationException {
    PlanRequest bare = PlanRequest.of(Method.IV);
    PlanRequest full = PlanRequest.builder(Method.SCALP).protocol("004-aga")
        .intensive(new CountRange(3, 5)).maintenance(CountRange.of(2))
        .maintenanceEvery(Interval.parse("1..2m")).months(12)
        .price(PriceRange.of(Money.yen(30_000), Money.yen(50_000))).source("003")
        .start(LocalDate.of(2026, 12, 1)).build();
    for (PlanRequest r : List.of(bare, full)) {
      assertThat(r.toString()).isEqualTo(recordForm(r));
    }
    assertThat(full.toString()).startsWith("PlanRequest[method=SCALP, protocolId=Optional[004-aga], "
        + "intensive=Optional[3..5], maintenance=Optional[2], maintenanceEvery=Optional[1..2m]");
  }

  @Test
  void priceRangePrintsItsRecordForm() throws ReflectiveOperationException {
    for (PriceRange p : List.of(PriceRange.of(Money.yen(1), Money.yen(2)),
        PriceRange.point(Money.yen(30_000)))) {
      assertThat(p.toString()).isEqualTo(recordForm(p));
    }
  }

  @Test
  void writtenOutEqualsAndHashCodeAgreeWithTheComponents() throws ReflectiveOperationException {
    assertBehavesAsGenerated(List.of(new CountRange(3, 5), new CountRange(3, 5),
        CountRange.of(3), CountRange.of(5), new CountRange(5, 3 + 2)));
    assertBehavesAsGenerated(List.of(new Timeline.Offset(1, 0), new Timeline.Offset(1, 0),
        new Timeline.Offset(0, 1), new Timeline.Offset(0, 0), new Timeline.Offset(-1, 5)));
    // ClinicPricing's private Group (kind, phase, id): through its canonical constructor.
    Class<?> group = Class.forName("dev.exoplan.domain.quote.ClinicPricing$Group");
    var make = group.getDeclaredConstructor(Bought.Kind.class, Optional.class, String.class);
    make.setAccessible(true);
    List<Record> groups = new ArrayList<>();
    for (Bought.Kind kind : Bought.Kind.values()) {
      for (Optional<PhaseKind> phase : List.of(Optional.<PhaseKind>empty(),
          Optional.of(PhaseKind.values()[0]))) {
        for (String id : List.of("a", "b")) {
          groups.add((Record) make.newInstance(kind, phase, id));
          groups.add((Record) make.newInstance(kind, phase, new String(id)));
        }
      }
    }
    assertBehavesAsGenerated(groups);
    List<Bought> bought = new ArrayList<>();
    for (Bought.Kind kind : List.of(Bought.Kind.COURSE, Bought.Kind.FEE)) {
      for (String id : List.of("c5", "fee")) {
        for (int at : List.of(1, 2)) {
          bought.add(new Bought(kind, id, Money.yen(99_000), at, List.of(2, 3, 4)));
          bought.add(new Bought(kind, new String(id), Money.yen(99_000), at, List.of(2, 3, 4)));
          bought.add(new Bought(kind, id, Money.yen(99_001), at, List.of(2, 3, 4)));
          bought.add(new Bought(kind, id, Money.yen(99_000), at, List.of(2, 3)));
        }
      }
    }
    assertBehavesAsGenerated(bought);
    for (Bought b : bought) {
      assertThat(b.toString()).isEqualTo(recordForm(b));
    }
  }
}
