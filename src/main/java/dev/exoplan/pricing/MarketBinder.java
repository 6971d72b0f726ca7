package dev.exoplan.pricing;

import dev.exoplan.domain.catalog.Contraindication;
import dev.exoplan.domain.catalog.Disclosure;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.catalog.MarketPrice;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.PhaseKind;
import dev.exoplan.domain.value.PriceRange;
import dev.exoplan.domain.catalog.Protocol;
import dev.exoplan.domain.catalog.ProtocolPhase;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.catalog.SourceNote;
import dev.exoplan.domain.value.TimeUnit;
import dev.exoplan.domain.catalog.Treatment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds the parts of a market table (sources, prices, protocols, treatments, notes, disclosures
 * and contraindications) for {@link TableBinder}, which holds what they share: the currency, the
 * tax basis and the sources known so far.
 */
final class MarketBinder {
  private final TableBinder t;

  MarketBinder(TableBinder t) {
    this.t = t;
  }


  List<Source> sources(List<Node> nodes) {
    List<Source> out = new ArrayList<>();
    Map<String, Position> seen = new HashMap<>();
    for (Node n : nodes) {
      Fields f = Fields.open(n, "a source", "id", "file", "title", "date", "publisher", "summary");
      Node idNode = f.get("id");
      String id = Fields.string(idNode);
      if (!TableBinder.SourceIds.SOURCE_ID.matcher(id).matches()) {
        throw new PricingException(idNode.at(), Message.of("data.source.id.expected", id));
      }
      TableBinder.duplicate(seen, id, idNode.at(), Message.of("data.dup.source", id));
      out.add(
          new Source(
              id,
              f.string("file"),
              f.string("title"),
              f.find("date").map(Fields::date),
              f.optString("publisher"),
              f.text("summary")));
      t.sourceIds.add(id);
    }
    return out;
  }

  List<MarketPrice> marketPrices(List<Node> nodes) {
    List<MarketPrice> out = new ArrayList<>();
    Map<String, Position> seen = new HashMap<>();
    for (Node n : nodes) {
      Fields f = Fields.open(n, "a price", "method", "source", "low", "high", "typical", "cite");
      Method m = TableBinder.method(f.get("method"));
      String source = t.sourceRef(f.get("source"));
      TableBinder.duplicate(seen, m.id() + "/" + source, f.at(),
          Message.of("data.dup.price.source", m.id(), source));
      out.add(new MarketPrice(m, source, t.priceRange(f), t.taxIncluded, t.cites(f, source)));
    }
    return out;
  }

  List<Protocol> protocols(List<Node> nodes) {
    List<Protocol> out = new ArrayList<>();
    Map<String, Position> seen = new HashMap<>();
    for (Node n : nodes) {
      Fields f = Fields.open(n, "a protocol", "id", "source", "name", "methods", "phases", "cite",
          "notes");
      Node idNode = f.get("id");
      String id = TableBinder.id(idNode);
      TableBinder.duplicate(seen, id, idNode.at(), Message.of("data.dup.protocol", id));
      String source = t.sourceRef(f.get("source"));
      List<Method> methods = new ArrayList<>();
      Node methodsNode = f.get("methods");
      for (Node m : Fields.list(methodsNode)) {
        Method method = TableBinder.method(m);
        if (methods.contains(method)) {
          throw new PricingException(m.at(), Message.of("data.method.twice", method.id()));
        }
        methods.add(method);
      }
      if (methods.isEmpty()) {
        throw new PricingException(methodsNode.at(), Message.of("data.methods.none"));
      }
      Node phasesNode = f.get("phases");
      List<ProtocolPhase> phases = new ArrayList<>();
      for (Node p : Fields.list(phasesNode)) {
        phases.add(phase(p, phases));
      }
      if (phases.isEmpty()) {
        throw new PricingException(phasesNode.at(), Message.of("data.phases.none"));
      }
      out.add(new Protocol(id, source, f.text("name"), methods, phases, t.cites(f, source),
          notes(f.optList("notes"))));
    }
    return out;
  }

  private ProtocolPhase phase(Node n, List<ProtocolPhase> earlier) {
    Fields f = Fields.open(n, "a phase", "kind", "sessions", "every", "fromMonth");
    Node kindNode = f.get("kind");
    String k = Fields.string(kindNode);
    PhaseKind kind =
        switch (k) {
          case "intensive" -> PhaseKind.INTENSIVE;
          case "maintenance" -> PhaseKind.MAINTENANCE;
          default ->
              throw new PricingException(kindNode.at(), Message.of("data.phase.kind.expected", k));
        };
    for (ProtocolPhase e : earlier) {
      if (e.kind() == kind) {
        throw new PricingException(kindNode.at(), Message.of("data.phase.twice", k));
      }
      if (e.kind() == PhaseKind.MAINTENANCE) {
        throw new PricingException(kindNode.at(), Message.of("data.phase.order"));
      }
    }
    Optional<CountRange> sessions = f.find("sessions").map(this::counts);
    Optional<Interval> every = f.find("every").map(this::interval);
    if (sessions.isEmpty() && every.isEmpty()) {
      throw new PricingException(f.at(), Message.of("data.phase.empty"));
    }
    Optional<Integer> from = f.find("fromMonth")
        .map(x -> Fields.integer(x, 1, ProtocolPhase.MAX_FROM_MONTH));
    return new ProtocolPhase(kind, sessions, every, from);
  }

  private CountRange counts(Node n) {
    Fields f = Fields.open(n, "a number of sessions", "low", "high");
    int low = f.integer("low", 0, TableBinder.MAX_SESSIONS);
    int high = f.integer("high", 0, TableBinder.MAX_SESSIONS);
    if (low > high) {
      throw new PricingException(f.get("low").at(), Message.of("data.low.above.high", low, high));
    }
    return new CountRange(low, high);
  }

  private Interval interval(Node n) {
    Fields f = Fields.open(n, "an interval", "low", "high", "unit");
    int low = f.integer("low", 1, TableBinder.MAX_INTERVAL);
    int high = f.integer("high", 1, TableBinder.MAX_INTERVAL);
    if (low > high) {
      throw new PricingException(f.get("low").at(), Message.of("data.low.above.high", low, high));
    }
    Node unitNode = f.get("unit");
    String u = Fields.string(unitNode);
    TimeUnit unit =
        switch (u) {
          case "week" -> TimeUnit.WEEK;
          case "month" -> TimeUnit.MONTH;
          default ->
              throw new PricingException(unitNode.at(), Message.of("data.unit.time.expected", u));
        };
    return new Interval(low, high, unit);
  }

  List<Treatment> treatments(List<Node> nodes) {
    List<Treatment> out = new ArrayList<>();
    Map<String, Position> seen = new HashMap<>();
    for (Node n : nodes) {
      Fields f = Fields.open(n, "a treatment", "id", "name", "source", "price", "duration",
          "durationNote", "downtime", "effect", "exosome", "cite", "notes");
      Node idNode = f.get("id");
      String id = TableBinder.id(idNode);
      TableBinder.duplicate(seen, id, idNode.at(), Message.of("data.dup.treatment", id));
      String source = t.sourceRef(f.get("source"));
      PriceRange price = t.priceRange(Fields.open(f.get("price"), "a price", "low", "high", "typical"));
      f.get("duration"); // required: null states "unknown" explicitly, never by omission
      Optional<Interval> duration =
          f.isNull("duration") ? Optional.empty() : Optional.of(interval(f.get("duration")));
      out.add(
          new Treatment(
              id,
              f.text("name"),
              source,
              price,
              t.taxIncluded,
              duration,
              f.optText("durationNote"),
              f.text("downtime"),
              f.text("effect"),
              f.find("exosome").map(Fields::bool).orElse(false),
              t.cites(f, source),
              notes(f.optList("notes"))));
    }
    return out;
  }

  List<SourceNote> notes(List<Node> nodes) {
    List<SourceNote> out = new ArrayList<>();
    for (Node n : nodes) {
      Fields f = Fields.open(n, "a note", "id", "source", "methods", "text", "cite");
      Optional<String> noteId = f.find("id").map(TableBinder::id);
      String source = t.sourceRef(f.get("source"));
      List<Method> methods = new ArrayList<>();
      for (Node m : f.optList("methods")) {
        methods.add(TableBinder.method(m));
      }
      out.add(new SourceNote(noteId, source, methods, f.text("text"), t.cites(f, source)));
    }
    return out;
  }

  List<Disclosure> disclosures(List<Node> nodes) {
    List<Disclosure> out = new ArrayList<>();
    Map<String, Position> seen = new HashMap<>();
    for (Node n : nodes) {
      Fields f = Fields.open(n, "a disclosure", "id", "source", "text", "cite");
      Node idNode = f.get("id");
      String id = TableBinder.id(idNode);
      TableBinder.duplicate(seen, id, idNode.at(), Message.of("data.dup.disclosure", id));
      String source = t.sourceRef(f.get("source"));
      out.add(new Disclosure(id, source, f.text("text"), t.cites(f, source)));
    }
    return out;
  }

  List<Contraindication> contraindications(List<Node> nodes) {
    List<Contraindication> out = new ArrayList<>();
    Map<String, Position> seen = new HashMap<>();
    for (Node n : nodes) {
      Fields f = Fields.open(n, "a contraindication", "id", "level", "source", "text", "cite");
      Node idNode = f.get("id");
      String id = TableBinder.id(idNode);
      TableBinder.duplicate(seen, id, idNode.at(), Message.of("data.dup.contraindication", id));
      Node levelNode = f.get("level");
      String l = Fields.string(levelNode);
      Contraindication.Level level = switch (l) {
        case "absolute" -> Contraindication.Level.ABSOLUTE;
        case "relative" -> Contraindication.Level.RELATIVE;
        default -> throw new PricingException(levelNode.at(), Message.of("data.level.expected", l));
      };
      String source = t.sourceRef(f.get("source"));
      out.add(new Contraindication(id, level, source, f.text("text"), t.cites(f, source)));
    }
    return out;
  }
}
