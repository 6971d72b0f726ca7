package dev.exoplan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.clinic.ClinicPrice;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.clinic.Course;
import dev.exoplan.domain.clinic.Discount;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.domain.quote.Quote;
import dev.exoplan.domain.quote.QuoteLine;
import dev.exoplan.domain.quote.QuoteRequest;
import dev.exoplan.domain.quote.QuoteScenario;
import dev.exoplan.domain.quote.Quotes;
import dev.exoplan.domain.quote.RefusedException;
import dev.exoplan.domain.text.Text;
import dev.exoplan.pricing.PricingLoader;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Random clinics (prices per session or per cc, first-visit prices, courses, discounts, tax
 * included or not, every rounding rule) and random plans: the quote's lines always add up to its
 * total, tax is what the rule says within one rounding, nothing is negative, courses never cost
 * more than single sessions, and nothing is thrown but exoplan's own typed errors.
 */
class QuoteFuzzTest {
  static final Catalog MARKET = PricingLoader.shipped();
  static final RoundingMode[] ROUNDING = {RoundingMode.DOWN, RoundingMode.HALF_UP, RoundingMode.UP};

  @FuzzTest(maxDuration = "10s")
  void quoteLinesAlwaysAddUpToTheTotal(FuzzedDataProvider data) {
    boolean taxIncluded = data.consumeBoolean();
    RoundingMode rounding = ROUNDING[data.consumeInt(0, 2)];
    int rate = data.consumeInt(0, 25);
    boolean byVolume = data.consumeBoolean();
    Money unit = Money.yen(data.consumeLong(1, 2_000_000));
    Optional<Money> first = !byVolume && data.consumeBoolean()
        ? Optional.of(Money.yen(data.consumeLong(0, 2_000_000))) : Optional.empty();
    ClinicPrice price = byVolume
        ? new ClinicPrice(Method.IV, Optional.empty(), Optional.of(unit), Optional.empty())
        : new ClinicPrice(Method.IV, Optional.of(unit), Optional.empty(), first);
    List<Course> courses = new ArrayList<>();
    int nCourses = byVolume ? 0 : data.consumeInt(0, 3);
    for (int i = 0; i < nCourses; i++) {
      courses.add(new Course("c" + i, Method.IV, Text.of("c" + i), data.consumeInt(1, 12),
          Money.yen(data.consumeLong(0, 20_000_000))));
    }
    List<Discount> discounts = new ArrayList<>();
    List<String> asked = new ArrayList<>();
    int nDiscounts = data.consumeInt(0, 3);
    for (int i = 0; i < nDiscounts; i++) {
      boolean percent = data.consumeBoolean();
      discounts.add(new Discount("d" + i, Text.of("d" + i),
          percent ? Optional.of(data.consumeInt(1, 100)) : Optional.empty(),
          percent ? Optional.empty() : Optional.of(Money.yen(data.consumeLong(0, 5_000_000))),
          data.consumeBoolean()));
      if (data.consumeBoolean()) {
        asked.add("d" + i);
      }
    }
    Clinic clinic = new Clinic("fuzz", Text.of("F"), "a", "p", false, Money.JPY, taxIncluded, rate,
        rounding, data.consumeInt(1, 366), Map.of(Method.IV, price), courses, discounts);
    Catalog catalog = MARKET.with(new PriceTable("fuzz", PriceTable.Kind.CLINIC, 1, "fuzz",
        Text.of("F"), Money.JPY, taxIncluded, Optional.empty(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), Optional.of(clinic)));
    int a = data.consumeInt(0, 40);
    int b = data.consumeInt(0, 40);
    int c = data.consumeInt(0, 12);
    int d = data.consumeInt(0, 12);
    Optional<CountRange> cc = byVolume
        ? Optional.of(new CountRange(data.consumeInt(1, 6), data.consumeInt(6, 12))) : Optional.empty();
    List<String> screen = data.consumeBoolean() ? List.of(data.pickValue(List.of(
        "pregnant", "autoimmune", "anticoagulants", "nonsense"))) : List.of();
    PlanRequest plan = new PlanRequest(Method.IV, Optional.empty(),
        Optional.of(new CountRange(Math.min(a, b), Math.max(a, b))),
        Optional.of(new CountRange(Math.min(c, d), Math.max(c, d))), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    Quote q;
    try {
      q = Quotes.quote(catalog, new QuoteRequest(plan, Optional.empty(), "P", Optional.empty(),
          LocalDate.of(2026, 11, 21), Optional.empty(), cc, screen, asked));
    } catch (RefusedException e) {
      assertThat(screen).contains("pregnant");
      return;
    } catch (DomainException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    check(q, q.full(), clinic);
    q.minimum().ifPresent(m -> check(q, m, clinic));
  }

  static void check(Quote q, QuoteScenario s, Clinic clinic) {
    Money sum = Money.zero(Money.JPY);
    Money items = Money.zero(Money.JPY);
    for (QuoteLine l : s.lines()) {
      sum = sum.plus(l.amount());
      if (l.kind() != QuoteLine.Kind.DISCOUNT && l.kind() != QuoteLine.Kind.TAX) {
        assertThat(l.amount()).isEqualTo(l.unit().times(l.quantity()));
        items = items.plus(l.amount());
      }
    }
    assertThat(sum).as("lines add up to the total").isEqualTo(s.total());
    assertThat(items).isEqualTo(s.subtotal());
    assertThat(s.total().isNegative()).isFalse();
    assertThat(s.tax().isNegative()).isFalse();
    assertThat(s.saving().isNegative()).as("a mix never costs more than single sessions").isFalse();
    Money net = s.subtotal().plus(s.discounts());
    assertThat(net.isNegative()).isFalse();
    int r = clinic.taxRatePercent();
    // tax within one rounding of the exact rational figure
    BigInteger exactNum = BigInteger.valueOf(net.minor()).multiply(BigInteger.valueOf(r));
    BigInteger den = BigInteger.valueOf(clinic.taxIncluded() ? 100L + r : 100L);
    BigInteger[] qr = exactNum.divideAndRemainder(den);
    assertThat(BigInteger.valueOf(s.tax().minor()))
        .isBetween(qr[0], qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE));
    assertThat(s.total()).isEqualTo(clinic.taxIncluded() ? net : net.plus(s.tax()));
  }
}
