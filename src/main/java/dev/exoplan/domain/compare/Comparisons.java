package dev.exoplan.domain.compare;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.catalog.Protocol;
import dev.exoplan.domain.catalog.ProtocolPhase;
import dev.exoplan.domain.catalog.Treatment;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.plan.Planner;
import dev.exoplan.domain.plan.PriceChoice;
import dev.exoplan.domain.plan.Timeline;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.MoneyRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link Comparison}. Sessions to keep an effect continuous over N months: one at the start
 * and one each time the effect wears off, so ⌈N ÷ duration⌉; the shortest duration gives the most
 * sessions (high), the longest the fewest (low). Weeks and months are compared exactly.
 */
public final class Comparisons {
  public static final int DEFAULT_MONTHS = 12;

  private Comparisons() {}

  public static Comparison compare(Catalog catalog, CompareRequest r) {
    if (r.months() < 1 || r.months() > Planner.MAX_MONTHS) {
      throw new DomainException(
          Message.of("domain.months.bounds", Planner.MAX_MONTHS, r.months()));
    }
    List<Comparison.Row> rows = new ArrayList<>();
    Optional<Treatment> exosome = catalog.treatments().stream().filter(Treatment::exosome).findFirst();
    Optional<Protocol> protocol = Optional.empty();
    boolean taxIncluded = true;
    if (exosome.isPresent()) {
      Treatment exo = exosome.get();
      MoneyRange price = exo.price().resolve();
      taxIncluded = exo.taxIncluded();
      if (r.method().isPresent()) {
        PriceChoice choice =
            Planner.selectPrice(catalog, r.method().get(), Optional.empty(), Optional.empty());
        price = choice.perSession();
        taxIncluded = choice.taxIncluded();
      }
      rows.add(continuous(exo, price, Comparison.Kind.EXOSOME_CONTINUOUS, r.months()));
      Protocol p = protocol(catalog, r);
      protocol = Optional.of(p);
      rows.add(byProtocol(exo, price, p, r.months()));
    }
    for (Treatment t : catalog.treatments()) {
      if (!t.exosome()) {
        rows.add(continuous(t, t.price().resolve(), Comparison.Kind.TREATMENT, r.months()));
      }
    }
    return new Comparison(r.months(), r.method(), protocol, taxIncluded, rows);
  }

  private static Protocol protocol(Catalog catalog, CompareRequest r) {
    PlanRequest plan =
        new PlanRequest(r.method().orElse(Method.IV), r.protocolId(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());
    String id = plan.protocolId().orElse(Planner.DEFAULT_PROTOCOL);
    Protocol p = catalog.protocol(id).orElseThrow(() -> new DomainException(Message.of("domain.protocol.unknown", id,
        String.join(", ", catalog.protocols().stream().map(Protocol::id).toList()))));
    if (r.method().isPresent() && !p.appliesTo(r.method().get())) {
      throw new DomainException(Message.of("domain.protocol.method", p.id(),
          String.join(", ", p.methods().stream().map(Method::id).toList()), r.method().get().id()));
    }
    return p;
  }

  private static Comparison.Row continuous(
      Treatment t, MoneyRange price, Comparison.Kind kind, int months) {
    Optional<CountRange> sessions = t.duration().map(d -> d.sessionsStartingAtOpening(months));
    Optional<MoneyRange> cost = sessions.map(s -> Planner.cost(s, price));
    List<MoneyRange> cumulative = new ArrayList<>();
    if (t.duration().isPresent()) {
      Interval d = t.duration().get();
      for (int k = 1; k <= months; k++) {
        cumulative.add(Planner.cost(d.sessionsStartingAtOpening(k), price));
      }
    }
    return new Comparison.Row(t.id(), kind, t.name(), t.sourceId(), price, t.duration(),
        t.durationNote(), sessions, cost, cumulative, t.downtime(), t.effect(), t.cites());
  }

  private static Comparison.Row byProtocol(Treatment exo, MoneyRange price, Protocol p, int months) {
    // the same timeline as plan: phases placed from the first session, counted over the window
    List<Timeline.Part> parts = new ArrayList<>();
    for (ProtocolPhase ph : p.phases()) {
      parts.add(new Timeline.Part(ph.kind(), ph.sessions(), ph.every(), ph.fromMonth(), false));
    }
    Timeline.Clock clock = new Timeline.Clock(Optional.empty());
    Timeline.Layout layout = Timeline.layout(parts, Optional.of(months), clock, false);
    CountRange sessions = new CountRange(layout.low().total(), layout.high().total());
    List<MoneyRange> cumulative = new ArrayList<>();
    for (int k = 1; k <= months; k++) {
      Timeline.Offset end = new Timeline.Offset(k, 0);
      int x = layout.low().before(clock, end);
      int y = layout.high().before(clock, end);
      // the scenario with the fewest sessions over the window need not have the fewest at every month
      cumulative.add(Planner.cost(new CountRange(Math.min(x, y), Math.max(x, y)), price));
    }
    List<Citation> cites = new ArrayList<>(exo.cites());
    cites.addAll(p.cites());
    return new Comparison.Row(exo.id() + "-" + p.id(), Comparison.Kind.EXOSOME_PROTOCOL, exo.name(),
        p.sourceId(), price, exo.duration(), exo.durationNote(), Optional.of(sessions),
        Optional.of(Planner.cost(sessions, price)), cumulative, exo.downtime(), exo.effect(), cites);
  }
}
