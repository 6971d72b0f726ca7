package dev.exoplan.domain.plan;

import dev.exoplan.domain.value.PhaseKind;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.Protocol;
import dev.exoplan.domain.catalog.ProtocolPhase;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.estimate.Estimate;
import dev.exoplan.domain.estimate.Estimator;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.MoneyRange;
import dev.exoplan.domain.value.PriceRange;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a {@link PlanRequest} into a {@link Plan}: picks the protocol (003's by default), applies
 * the command-line overrides, places the phases on one timeline from the first session ({@link
 * Timeline}), counts interval-only phases over a window of months from that session (12 by
 * default: 003's first year), prices every phase and adds them up.
 */
public final class Planner {
  /** 003's protocol: intensive monthly × 3–5, then maintenance every 6–12 months. */
  public static final String DEFAULT_PROTOCOL = "003-standard";

  public static final int DEFAULT_MONTHS = 12;
  public static final int MAX_MONTHS = 1200;

  private Planner() {}

  public static Plan plan(Catalog catalog, PlanRequest request) {
    return plan(catalog, request, Optional.empty());
  }

  /**
   * A plan whose per-session price was already chosen for this request's method and source (by
   * {@link #selectPrice}, say once for many requests); without one it is chosen here.
   */
  public static Plan plan(Catalog catalog, PlanRequest request, Optional<PriceChoice> chosen) {
    Protocol protocol = protocol(catalog, request);
    PriceChoice price = chosen.isPresent() && request.price().isEmpty()
        ? chosen.get()
        : selectPrice(catalog, request.method(), request.price(), request.sourceId());
    List<Spec> specs = specs(protocol, request);
    int months = request.months().orElse(DEFAULT_MONTHS);
    if (months < 1 || months > MAX_MONTHS) {
      throw new DomainException(Message.of("domain.months.bounds", MAX_MONTHS, months));
    }
    boolean anyCounted = false;
    for (Spec s : specs) {
      anyCounted |= s.counted();
    }
    if (request.months().isPresent() && !anyCounted) {
      throw new DomainException(Message.of("domain.months.no.effect"));
    }
    // one timeline from the first session; a window only when a phase is counted over it
    Optional<Integer> window = anyCounted ? Optional.of(months) : Optional.empty();
    List<Timeline.Part> parts = new ArrayList<>();
    for (Spec s : specs) {
      parts.add(new Timeline.Part(s.kind, s.sessions, s.every, s.fromMonth,
          s.basis == Phase.SessionsBasis.OPTION));
    }
    Timeline.Clock clock = new Timeline.Clock(request.start());
    Timeline.Layout layout = Timeline.layout(parts, window, clock, request.start().isPresent());
    List<Phase> phases = new ArrayList<>();
    MoneyRange total = MoneyRange.zero(price.perSession().currency(), price.perSession().basis());
    CountRange sessions = CountRange.of(0);
    boolean noneBefore = true; // as Timeline: after phases of no sessions, no protocol month
    for (int i = 0; i < specs.size(); i++) {
      Spec s = specs.get(i);
      CountRange count = layout.counts().get(i);
      MoneyRange cost = cost(count, price.perSession());
      Optional<Integer> counted = s.counted() ? window : Optional.empty();
      phases.add(new Phase(s.kind, count, s.basis, s.every, counted,
          noneBefore ? Optional.empty() : s.fromMonth, price.perSession(), cost));
      noneBefore &= s.sessions.isPresent() && s.sessions.get().high() == 0;
      total = total.plus(cost);
      sessions = sessions.plus(count);
    }
    if (sessions.high() == 0) {
      throw new DomainException(Message.of("domain.plan.empty"));
    }
    List<ScheduledSession> schedule = request.start().isPresent()
        ? schedule(layout, specs, window.orElse(months), clock) : List.of();
    return new Plan(
        request.method(),
        Optional.of(protocol),
        price,
        phases,
        sessions,
        total,
        request.start(),
        schedule);
  }

  /** {@code sessions.low × low .. sessions.high × high}; typical = typical × midpoint, rounded down. */
  public static MoneyRange cost(CountRange sessions, MoneyRange unit) {
    Money low = unit.low().times(sessions.low());
    Money high = unit.high().times(sessions.high());
    Money typical =
        unit.typical().times((long) sessions.low() + sessions.high(), 2, RoundingMode.DOWN);
    return new MoneyRange(low, typical, high, unit.basis());
  }

  private static Protocol protocol(Catalog catalog, PlanRequest request) {
    String id = request.protocolId().orElse(DEFAULT_PROTOCOL);
    Optional<Protocol> found = catalog.protocol(id);
    if (found.isEmpty()) {
      throw new DomainException(Message.of("domain.protocol.unknown", id,
          catalog.protocols().stream().map(Protocol::id).collect(Collectors.joining(", "))));
    }
    Protocol p = found.get();
    if (!p.appliesTo(request.method())) {
      throw new DomainException(Message.of("domain.protocol.method", p.id(),
          p.methods().stream().map(Method::id).collect(Collectors.joining(", ")),
          request.method().id()));
    }
    return p;
  }

  /** The per-session price: --price, else --source, else a loaded clinic, else every source. */
  public static PriceChoice selectPrice(
      Catalog catalog, Method method, Optional<PriceRange> override, Optional<String> sourceId) {
    if (override.isPresent()) {
      if (sourceId.isPresent()) {
        throw new DomainException(Message.of("domain.price.and.source"));
      }
      return new PriceChoice(
          override.get().resolve(), true, PriceChoice.Origin.OPTION, List.of(), Optional.empty());
    }
    if (sourceId.isPresent()) {
      Estimate e = Estimator.estimate(catalog, method, sourceId);
      Estimate.SourceRow row = e.rows().get(0);
      return new PriceChoice(
          row.range(),
          row.price().taxIncluded(),
          PriceChoice.Origin.SOURCE,
          List.of(row.source().id()),
          Optional.empty());
    }
    List<Clinic> clinics = catalog.clinics();
    for (int i = clinics.size() - 1; i >= 0; i--) {
      Clinic c = clinics.get(i);
      Optional<Money> p = c.price(method);
      if (p.isPresent()) {
        return new PriceChoice(
            PriceRange.point(p.get()).resolve(),
            c.taxIncluded(),
            PriceChoice.Origin.CLINIC,
            List.of(),
            Optional.of(c));
      }
    }
    Estimate e = Estimator.estimate(catalog, method, Optional.empty());
    if (e.overall().isEmpty()) {
      String why =
          switch (e.noOverall().orElseThrow()) {
            case NO_PRICES -> "domain.no.overall.prices";
            case MIXED_CURRENCY -> "domain.no.overall.currency";
            case MIXED_TAX -> "domain.no.overall.tax";
          };
      throw new DomainException(Message.of("domain.no.overall", Message.of(why, method.id())));
    }
    return new PriceChoice(
        e.overall().get(),
        e.taxIncluded(),
        PriceChoice.Origin.MARKET,
        sourceIds(e),
        Optional.empty());
  }

  private static List<String> sourceIds(Estimate e) {
    List<String> ids = new ArrayList<>();
    for (Estimate.SourceRow r : e.rows()) {
      ids.add(r.source().id());
    }
    return ids;
  }

  private record Spec(
      PhaseKind kind,
      Optional<CountRange> sessions,
      Optional<Interval> every,
      Optional<Integer> fromMonth,
      Phase.SessionsBasis basis,
      boolean yearly) {
    /** A protocol's phase counted over the window (003's maintenance, lines 113–114). */
    boolean counted() {
      return sessions.isEmpty();
    }
  }

  private static List<Spec> specs(Protocol protocol, PlanRequest r) {
    if (r.maintenance().isPresent() && r.maintenanceEvery().isPresent()) {
      throw new DomainException(Message.of("domain.maintenance.both"));
    }
    List<Spec> specs = new ArrayList<>();
    for (ProtocolPhase p : protocol.phases()) {
      specs.add(
          new Spec(
              p.kind(),
              p.sessions(),
              p.every(),
              p.fromMonth(),
              p.sessions().isPresent() ? Phase.SessionsBasis.PROTOCOL : Phase.SessionsBasis.COUNTED,
              p.sessions().isEmpty() && p.every().isPresent()));
    }
    if (r.intensive().isPresent()) {
      Spec s = new Spec(PhaseKind.INTENSIVE, r.intensive(), Optional.empty(), Optional.empty(),
          Phase.SessionsBasis.OPTION, false);
      replaceOrAdd(specs, s, true);
    }
    if (r.maintenance().isPresent()) {
      Spec s =
          new Spec(PhaseKind.MAINTENANCE, r.maintenance(), Optional.empty(), Optional.empty(),
              Phase.SessionsBasis.OPTION, false);
      replaceOrAdd(specs, s, false);
    }
    if (r.maintenanceEvery().isPresent()) {
      Spec s =
          new Spec(
              PhaseKind.MAINTENANCE, Optional.empty(), r.maintenanceEvery(), Optional.empty(),
              Phase.SessionsBasis.COUNTED, true);
      replaceOrAdd(specs, s, false);
    }
    return specs;
  }

  /**
   * Replaces the phase of the same kind, keeping its interval when the override gives only a
   * count and always its place on the protocol's timeline (003's maintenance still opens in month
   * 6); adds the phase (first for intensive, last for maintenance) when the protocol lacks it.
   */
  private static void replaceOrAdd(List<Spec> specs, Spec override, boolean first) {
    for (int i = 0; i < specs.size(); i++) {
      Spec old = specs.get(i);
      if (old.kind == override.kind) {
        Optional<Interval> every = override.every.isPresent() ? override.every : old.every;
        specs.set(i, new Spec(override.kind, override.sessions, every, old.fromMonth, override.basis,
            old.yearly || override.yearly));
        return;
      }
    }
    if (first) {
      specs.add(0, override);
    } else {
      specs.add(override);
    }
  }

  /**
   * Dates for every session of the high plan, in phase order, which is date order: the earliest date
   * from the high scenario (most sessions, shortest intervals), the latest from the same counts at
   * the longest intervals; a session that would then fall after the window is by its last day.
   * Issue 18: a count given for a phase the protocol counts over the window (003's maintenance,
   * two sessions in the first year, lines 113–114) is dated in that window too: a session whose
   * earliest date is in it is by the window's last day at the latest.
   */
  private static List<ScheduledSession> schedule(Timeline.Layout layout, List<Spec> specs,
      int window, Timeline.Clock clock) {
    List<ScheduledSession> out = new ArrayList<>();
    LocalDate lastDay = clock.date(new Timeline.Offset(window, 0)).minusDays(1);
    int number = 0;
    for (int p = 0; p < specs.size(); p++) {
      for (Timeline.Slot slot : layout.slots().get(p)) {
        number++;
        Optional<LocalDate> earliest = Optional.empty();
        Optional<LocalDate> latest = Optional.empty();
        if (slot.dated()) {
          earliest = Optional.of(clock.date(slot.earliest()));
          LocalDate last = slot.latest().map(clock::date).orElse(lastDay);
          if (specs.get(p).yearly && last.isAfter(lastDay) && !earliest.get().isAfter(lastDay)) {
            last = lastDay;
          }
          latest = Optional.of(last);
        }
        out.add(new ScheduledSession(number, specs.get(p).kind, earliest, latest, slot.optional()));
      }
    }
    return out;
  }
}
