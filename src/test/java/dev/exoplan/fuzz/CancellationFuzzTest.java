package dev.exoplan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.exoplan.domain.contract.Cancellation;
import dev.exoplan.domain.contract.ContractRules;
import dev.exoplan.domain.contract.Settlement;
import dev.exoplan.domain.contract.Stop;
import dev.exoplan.domain.contract.Stops;
import dev.exoplan.domain.purchase.Bought;
import dev.exoplan.domain.purchase.Purchase;
import dev.exoplan.domain.value.Money;
import dev.exoplan.pricing.ContractRulesTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cancellation rule (issue 23) over random courses and purchases: a course stopped after any
 * number of its sessions gives a fee and a refund that are never negative, a refund never more than
 * was paid, and paid = used + fee + refund exactly; the fee is never more than the cap that holds.
 * Over a random plan of single sessions, fees and courses bought at random sessions, stopping after
 * any session: the refund is never negative nor more than was paid, and cost + refund = paid.
 */
class CancellationFuzzTest {
  static final ContractRules RULES = ContractRulesTable.shipped();

  @FuzzTest(maxDuration = "10s")
  void refundsAreNeverNegativeNorMoreThanPaidAndAddUp(FuzzedDataProvider data) {
    long price = data.consumeLong(0, 100_000_000_000L);
    int sessions = data.consumeInt(1, 1000);
    int used = data.consumeInt(0, sessions);
    Settlement s = Cancellation.course(Money.yen(price), sessions, used, RULES);
    Money paid = Money.yen(price);
    assertThat(s.paid()).isEqualTo(paid);
    assertThat(s.fee().isNegative()).isFalse();
    assertThat(s.refund().isNegative()).isFalse();
    assertThat(s.refund().isGreaterThan(paid)).isFalse();
    assertThat(s.used().plus(s.fee()).plus(s.refund())).isEqualTo(paid);
    Money cap = used == 0 ? RULES.capBeforeStart() : RULES.capAfterStart();
    assertThat(s.fee().isGreaterThan(cap)).isFalse();
    // the sessions used are never valued above the unit price: used × price ≥ sessions × value
    assertThat(java.math.BigInteger.valueOf(price).multiply(java.math.BigInteger.valueOf(used))
        .compareTo(java.math.BigInteger.valueOf(s.used().minor())
            .multiply(java.math.BigInteger.valueOf(sessions)))).isGreaterThanOrEqualTo(0);
    if (used == sessions) {
      assertThat(s.refund().isZero()).isTrue();
    }

    int n = data.consumeInt(1, 30);
    List<Bought> bought = new ArrayList<>();
    Map<String, Integer> sessionsOf = new HashMap<>();
    Money total = Money.yen(0);
    int k = 1;
    while (k <= n) {
      long p = data.consumeLong(0, 10_000_000L);
      if (data.consumeBoolean()) {
        int len = data.consumeInt(1, n - k + 1);
        int offered = len + data.consumeInt(0, 5);
        int paidAt = Math.max(1, k - data.consumeInt(0, 1));
        String id = "c" + bought.size();
        List<Integer> covers = new ArrayList<>();
        for (int i = 0; i < len; i++) {
          covers.add(k + i);
        }
        bought.add(new Bought(Bought.Kind.COURSE, id, Money.yen(p), paidAt, covers));
        sessionsOf.put(id, offered);
        k += len;
      } else {
        bought.add(new Bought(Bought.Kind.SINGLE, "s", Money.yen(p), k, List.of(k)));
        k++;
      }
      total = total.plus(Money.yen(p));
      if (data.consumeBoolean()) {
        long fee = data.consumeLong(0, 100_000L);
        bought.add(new Bought(Bought.Kind.FEE, "f", Money.yen(fee), k - 1, List.of()));
        total = total.plus(Money.yen(fee));
      }
    }
    Purchase purchase = new Purchase(n, bought, total, Optional.empty());
    boolean all = data.consumeBoolean();
    for (Stop stop : Stops.of(purchase, sessionsOf, b -> all || b.id().hashCode() % 2 == 0, RULES)) {
      assertThat(stop.paid()).isEqualTo(purchase.paidBy(stop.after()));
      assertThat(stop.refund().isNegative()).isFalse();
      assertThat(stop.fee().isNegative()).isFalse();
      assertThat(stop.refund().isGreaterThan(stop.paid())).isFalse();
      assertThat(stop.cost().plus(stop.refund())).isEqualTo(stop.paid());
    }
  }
}
