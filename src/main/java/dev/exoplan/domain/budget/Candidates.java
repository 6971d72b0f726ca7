package dev.exoplan.domain.budget;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.Protocol;
import dev.exoplan.domain.catalog.ProtocolPhase;
import dev.exoplan.domain.plan.Phase;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.plan.Planner;
import dev.exoplan.domain.plan.ScheduledSession;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.PhaseKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The plans of one protocol a budget is tried on: every count of each phase from its lowest to its
 * highest over the window ({@code plan}'s counts for the protocol: 003's first 12 months are 3–5
 * intensive and 1–2 maintenance sessions), each with the month of the plan every session falls in
 * on the earliest dated schedule from the first session. The first is the minimum plan.
 */
public record Candidates(Protocol protocol, CountRange intensive, CountRange maintenance,
    List<Plan> plans) {

  /** A candidate: its counts, its request (for a clinic's quote) and its sessions' due months. */
  public record Plan(Counts counts, PlanRequest request, List<Integer> months) {
    public Plan {
      months = List.copyOf(months);
    }
  }

  public Plan minimum() {
    return plans.get(0);
  }

  public static Candidates of(Catalog catalog, Method method, Protocol p, int months,
      LocalDate start) {
    boolean counted = p.phases().stream().anyMatch(x -> x.sessions().isEmpty());
    dev.exoplan.domain.plan.Plan shape = Planner.plan(catalog, PlanRequest.builder(method)
        .protocol(p.id()).months(counted ? months : null).build());
    CountRange in = range(shape, PhaseKind.INTENSIVE);
    CountRange mt = range(shape, PhaseKind.MAINTENANCE);
    List<Plan> plans = new ArrayList<>();
    for (int i = in.low(); i <= in.high(); i++) {
      for (int m = mt.low(); m <= mt.high(); m++) {
        Counts c = new Counts(i, m);
        if (c.sessions() == 0) {
          continue;
        }
        PlanRequest r = c.request(method, p).build();
        plans.add(new Plan(c, r, dueMonths(catalog, c.request(method, p).start(start).build(),
            start)));
      }
    }
    return new Candidates(p, in, mt, plans);
  }

  private static CountRange range(dev.exoplan.domain.plan.Plan shape, PhaseKind kind) {
    for (Phase ph : shape.phases()) {
      if (ph.kind() == kind) {
        return ph.sessions();
      }
    }
    return CountRange.of(0);
  }

  /** The month of the plan (1: the first session's) each session falls in, earliest dates. */
  private static List<Integer> dueMonths(Catalog catalog, PlanRequest dated, LocalDate start) {
    List<Integer> out = new ArrayList<>();
    int last = 1;
    for (ScheduledSession s : Planner.plan(catalog, dated).schedule()) {
      if (s.earliest().isPresent()) {
        last = (int) Period.between(start, s.earliest().get()).toTotalMonths() + 1;
      }
      out.add(last); // a session with no date: no earlier than the one before
    }
    return out;
  }

  /** Whether the protocol has a phase of this kind (for the report's columns). */
  public boolean has(PhaseKind kind) {
    return protocol.phases().stream().map(ProtocolPhase::kind).anyMatch(k -> k == kind);
  }
}
