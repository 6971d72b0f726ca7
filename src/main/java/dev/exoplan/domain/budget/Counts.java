package dev.exoplan.domain.budget;

import dev.exoplan.domain.catalog.Protocol;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.PhaseKind;

/**
 * A plan of one protocol as counts: sessions in its intensive and its maintenance phase (0 for a
 * phase the protocol does not have).
 */
public record Counts(int intensive, int maintenance) {
  public int sessions() {
    return intensive + maintenance;
  }

  /** The plan request for these counts: each phase the protocol has, at its count. */
  PlanRequest.Builder request(Method method, Protocol protocol) {
    PlanRequest.Builder b = PlanRequest.builder(method).protocol(protocol.id());
    if (has(protocol, PhaseKind.INTENSIVE)) {
      b.intensive(CountRange.of(intensive));
    }
    if (has(protocol, PhaseKind.MAINTENANCE)) {
      b.maintenance(CountRange.of(maintenance));
    }
    return b;
  }

  static boolean has(Protocol p, PhaseKind kind) {
    return p.phases().stream().anyMatch(x -> x.kind() == kind);
  }
}
