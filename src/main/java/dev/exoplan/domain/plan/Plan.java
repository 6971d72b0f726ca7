package dev.exoplan.domain.plan;

import dev.exoplan.domain.catalog.Protocol;
import dev.exoplan.domain.catalog.ProtocolPhase;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.MoneyRange;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A computed multi-phase plan: the phases with their costs, the total (the sum of the phases, figure
 * by figure, so displayed parts add up to the displayed total), and a dated schedule when a start
 * date was given.
 */
public record Plan(
    Method method,
    Optional<Protocol> protocol,
    PriceChoice price,
    List<Phase> phases,
    CountRange sessions,
    MoneyRange total,
    Optional<LocalDate> start,
    List<ScheduledSession> schedule,
    Optional<MoneyRange> paidByThird) {

  /** 003 line 151: many people begin to feel a change after about three sessions. */
  public static final int DECISION_SESSION = 3;

  public Plan {
    phases = List.copyOf(phases);
    schedule = List.copyOf(schedule);
  }

  /** A plan priced session by session: what is paid by session 3 follows from the price. */
  public Plan(Method method, Optional<Protocol> protocol, PriceChoice price, List<Phase> phases,
      CountRange sessions, MoneyRange total, Optional<LocalDate> start,
      List<ScheduledSession> schedule) {
    this(method, protocol, price, phases, sessions, total, start, schedule, Optional.empty());
  }

  /**
   * What the patient has paid by the {@value #DECISION_SESSION}rd session, when every plan in the
   * range reaches it: that many sessions at the price per session, or, for a plan priced by a
   * clinic's purchase (courses paid when bought), what the purchase has paid by then.
   */
  public Optional<MoneyRange> paidByDecision() {
    if (paidByThird.isPresent()) {
      return paidByThird;
    }
    return sessions.low() >= DECISION_SESSION
        ? Optional.of(Planner.cost(CountRange.of(DECISION_SESSION), price.perSession()))
        : Optional.empty();
  }

  /**
   * Whether the phases are the protocol's own: no count or interval given on the command line, no
   * phase added, so the protocol's name (which states its counts and intervals) describes the plan.
   */
  public boolean asProtocolStates() {
    if (protocol.isEmpty()) {
      return false;
    }
    List<ProtocolPhase> own = protocol.get().phases();
    if (own.size() != phases.size()) {
      return false;
    }
    for (int i = 0; i < phases.size(); i++) {
      Phase p = phases.get(i);
      if (p.sessionsBasis() == Phase.SessionsBasis.OPTION || p.kind() != own.get(i).kind()
          || !p.every().equals(own.get(i).every())) {
        return false;
      }
    }
    return true;
  }
}
