package dev.exoplan.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exoplan.cli.CliSupport;
import dev.exoplan.domain.purchase.Bought;
import dev.exoplan.domain.purchase.Offer;
import dev.exoplan.domain.purchase.Purchase;
import dev.exoplan.domain.purchase.PurchasePlanner;
import dev.exoplan.domain.purchase.Sessions;
import dev.exoplan.domain.purchase.Visit;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.PhaseKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, gaps 3 and 4, checked to the yen by hand: a surcharge for patients from abroad with a
 * discount after it and an interpreter fee on request kept out of every figure; a course for 2–3
 * sessions at one price bought for a plan of 2 and of 3 sessions.
 */
class Issue19GapsTest {
  static final Path HERE = Path.of("src/test/data/pricing/docs");
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void surchargeThenDiscountAndTheFeeOnRequestInNoTotal() throws Exception {
    var r = CliSupport.run(HERE, "quote", "--pricing", "abroad.yaml", "--patient", "P",
        "--method", "iv", "--surcharge", "overseas", "--add", "interpreter", "--discount",
        "monitor", "--intensive", "3", "--maintenance", "0", "--date", "2026-11-21",
        "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode q = JSON.readTree(r.out());
    // by hand: 3 × 110,000 + 5,500 (first consultation) = 335,500; +20 % = 67,100;
    // −10 % of 402,600 = −40,260; total 362,340, of which tax 362,340 × 10 / 110 = 32,940
    assertThat(q.get("subtotal").asLong()).isEqualTo(335_500);
    assertThat(q.get("surcharges").asLong()).isEqualTo(67_100);
    assertThat(q.get("discounts").asLong()).isEqualTo(-40_260);
    assertThat(q.get("total").asLong()).isEqualTo(362_340);
    assertThat(q.get("tax").asLong()).isEqualTo(32_940);
    assertThat(q.get("excludesOnRequest").asBoolean()).isTrue();
    assertThat(q.get("onRequest").get(0).get("id").asText()).isEqualTo("interpreter");
    long sum = 0;
    for (JsonNode l : q.get("lines")) {
      assertThat(l.get("item").asText()).isNotEqualTo("interpreter"); // never a line, never 0
      sum += l.get("amount").asLong();
    }
    assertThat(sum).isEqualTo(362_340);
  }

  @Test
  void withoutTheSurchargeOrTheFeeNothingIsMarked() throws Exception {
    var r = CliSupport.run(HERE, "quote", "--pricing", "abroad.yaml", "--patient", "P",
        "--method", "iv", "--intensive", "3", "--maintenance", "0", "--date", "2026-11-21",
        "--format", "json");
    JsonNode q = JSON.readTree(r.out());
    assertThat(q.get("total").asLong()).isEqualTo(335_500);
    assertThat(q.has("surcharges")).isFalse();
    assertThat(q.has("excludesOnRequest")).isFalse();
  }

  @Test
  void aCourseForTwoOrThreeSessionsCostsItsOnePriceForEither() throws Exception {
    var r = CliSupport.run(HERE, "quote", "--pricing", "range.yaml", "--patient", "P",
        "--method", "iv", "--intensive", "2..3", "--maintenance", "0", "--date", "2026-11-21",
        "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode q = JSON.readTree(r.out());
    assertThat(q.get("total").asLong()).isEqualTo(760_000); // 3 sessions: the course
    assertThat(q.get("minimum").get("total").asLong()).isEqualTo(760_000); // 2 sessions: too
  }

  @Test
  void thePlannerBuysARangeCourseForAnyCountInItAndNoneOutside() {
    Offer offer = new Offer(Money.yen(400_000), Optional.empty(),
        List.of(new Offer.CourseOffer("iv-2-3", 3, Money.yen(760_000), Optional.empty(), 2)),
        List.of());
    assertThat(plan(offer, 1).total()).isEqualTo(Money.yen(400_000)); // a single: 1 < 2
    assertThat(plan(offer, 2).total()).isEqualTo(Money.yen(760_000));
    assertThat(plan(offer, 3).total()).isEqualTo(Money.yen(760_000));
    assertThat(plan(offer, 4).total()).isEqualTo(Money.yen(1_160_000)); // 3 + a single
    assertThat(plan(offer, 5).total()).isEqualTo(Money.yen(1_520_000)); // 3 + 2
    assertThat(plan(offer, 3).bought()).extracting(Bought::id).containsExactly("iv-2-3");
    Offer cheap = new Offer(Money.yen(400_000), Optional.empty(),
        List.of(new Offer.CourseOffer("iv-2-3", 3, Money.yen(300_000), Optional.empty(), 2)),
        List.of());
    assertThat(plan(cheap, 1).total()).isEqualTo(Money.yen(400_000)); // never bought for 1
    assertThat(plan(cheap, 1).unused().orElseThrow().unusedSessions()).isEqualTo(1); // 2 − 1
    assertThat(plan(cheap, 2).unused()).isEmpty(); // 2 of 2..3 leaves none unused
  }

  private static Purchase plan(Offer offer, int n) {
    List<Visit> visits = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      visits.add(new Visit(PhaseKind.INTENSIVE, 30 * i));
    }
    return PurchasePlanner.plan(offer, new Sessions(LocalDate.of(2026, 12, 1), visits));
  }
}
