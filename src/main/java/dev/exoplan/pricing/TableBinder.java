package dev.exoplan.pricing;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.menu.Menu;
import dev.exoplan.domain.clinic.ClinicPrice;
import dev.exoplan.domain.catalog.Contraindication;
import dev.exoplan.domain.clinic.Course;
import dev.exoplan.domain.catalog.Disclosure;
import dev.exoplan.domain.clinic.Discount;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.catalog.MarketPrice;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.PhaseKind;
import dev.exoplan.domain.value.PriceRange;
import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.domain.catalog.Protocol;
import dev.exoplan.domain.catalog.ProtocolPhase;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.catalog.SourceNote;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.TimeUnit;
import dev.exoplan.domain.catalog.Treatment;
import java.math.RoundingMode;
import java.util.ArrayList;
import dev.exoplan.domain.value.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Binds a parsed pricing file to a {@link PriceTable}, checking types, ranges and references (to
 * sources in this file or in the layers below it). Schema: {@code pricing/exoplan-pricing.schema.json}.
 */
final class TableBinder {
  static final String FORMAT = "exoplan-pricing";
  static final int VERSION = 1;
  /** No per-session price or course is anywhere near a trillion minor units. */
  static final long MAX_AMOUNT = 1_000_000_000_000L;

  static final int MAX_SESSIONS = 1000;
  static final int MAX_INTERVAL = 600;
  static final int MAX_LINE = 1_000_000;

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private static final Pattern SOURCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private static final String[] COMMON = {
    "format", "version", "kind", "id", "name", "currency", "taxIncluded", "taxNote"
  };

  private final String origin;
  private final Catalog base;
  private final Set<String> sourceIds = new LinkedHashSet<>();
  private Currency currency;
  private boolean taxIncluded;

  private TableBinder(String origin, Catalog base) {
    this.origin = origin;
    this.base = base;
  }

  static PriceTable bind(String origin, Node root, Catalog base) {
    return new TableBinder(origin, base).table(root);
  }

  private PriceTable table(Node root) {
    if (!(root instanceof Node.Obj obj)) {
      throw new PricingException(root.at(),
          Message.of("data.expected.mapping", Fields.thing("a pricing table"), Node.describe(root)));
    }
    // format, version and kind first: a file of a newer version should say so, not trip on a field
    Node format = required(obj, "format");
    if (!FORMAT.equals(Fields.string(format))) {
      throw new PricingException(format.at(),
          Message.of("data.format.expected", FORMAT, Fields.string(format)));
    }
    Node version = required(obj, "version");
    int v = Fields.integer(version, 1, Integer.MAX_VALUE);
    Node kindNode = required(obj, "kind");
    boolean clinicKind = "clinic".equals(Fields.string(kindNode));
    if (v != VERSION && !(v == ClinicMenuBinder.VERSION && clinicKind)) {
      throw new PricingException(version.at(), clinicKind || v == ClinicMenuBinder.VERSION
          ? Message.of("data.version.clinic", v, VERSION, ClinicMenuBinder.VERSION)
          : Message.of("data.version", v, VERSION));
    }
    String kindText = Fields.string(kindNode);
    PriceTable.Kind kind =
        switch (kindText) {
          case "market" -> PriceTable.Kind.MARKET;
          case "clinic" -> PriceTable.Kind.CLINIC;
          default ->
              throw new PricingException(kindNode.at(), Message.of("data.kind.expected", kindText));
        };
    if (v == ClinicMenuBinder.VERSION) {
      Fields top = Fields.open(root, "a clinic price list", ClinicMenuBinder.TOP);
      currency = currency(top.get("currency"));
      return ClinicMenuBinder.table(this, origin, top);
    }
    Fields top =
        kind == PriceTable.Kind.MARKET
            ? Fields.open(root, "a market table", concat(COMMON,
                "sources", "prices", "protocols", "treatments", "notes", "disclosures",
                "contraindications"))
            : Fields.open(root, "a clinic price list",
                concat(COMMON, "clinic", "prices", "courses", "discounts"));
    String id = id(top.get("id"));
    Text name = top.text("name");
    currency = currency(top.get("currency"));
    taxIncluded = top.bool("taxIncluded");
    Optional<Text> taxNote = top.optText("taxNote");
    base.sources().forEach(s -> sourceIds.add(s.id()));

    if (kind == PriceTable.Kind.CLINIC) {
      Clinic clinic = clinic(top, id);
      return new PriceTable(origin, kind, v, id, name, currency, taxIncluded, taxNote,
          List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
          Optional.of(clinic));
    }
    List<Source> sources = sources(top.optList("sources"));
    List<MarketPrice> prices = marketPrices(top.optList("prices"));
    List<Protocol> protocols = protocols(top.optList("protocols"));
    List<Treatment> treatments = treatments(top.optList("treatments"));
    List<SourceNote> notes = notes(top.optList("notes"));
    List<Disclosure> disclosures = disclosures(top.optList("disclosures"));
    List<Contraindication> contraindications = contraindications(top.optList("contraindications"));
    return new PriceTable(origin, kind, v, id, name, currency, taxIncluded, taxNote,
        sources, prices, protocols, treatments, notes, disclosures, contraindications,
        Optional.empty());
  }

  private static Node required(Node.Obj obj, String key) {
    Node n = obj.fields().get(key);
    if (n == null) {
      throw new PricingException(obj.at(), Message.of("data.field.missing", key,
          Message.of("data.thing.the.pricing.table")));
    }
    return n;
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static String id(Node n) {
    String s = Fields.string(n);
    if (!ID.matcher(s).matches()) {
      throw new PricingException(n.at(), Message.of("data.id.expected", s));
    }
    return s;
  }

  static Currency currency(Node n) {
    String code = Fields.string(n);
    if (CURRENCY.matcher(code).matches()) {
      try {
        return Currency.getInstance(code);
      } catch (IllegalArgumentException e) {
        // fall through to the message below
      }
    }
    throw new PricingException(n.at(), Message.of("data.currency.unknown", code));
  }

  static Method method(Node n) {
    String s = Fields.string(n);
    return Method.byId(s)
        .orElseThrow(
            () ->
                new PricingException(n.at(), Message.of("data.method.unknown", s, Method.idList())));
  }

  private String sourceRef(Node n) {
    String s = Fields.string(n);
    if (!sourceIds.contains(s)) {
      throw new PricingException(n.at(), sourceIds.isEmpty()
          ? Message.of("data.source.unknown.none", s)
          : Message.of("data.source.unknown", s, String.join(", ", sourceIds)));
    }
    return s;
  }

  Money money(Node n) {
    return Money.of(Fields.amount(n, MAX_AMOUNT), currency);
  }

  /** {low, high, typical?} for a price; {@code low ≤ typical ≤ high}. */
  private PriceRange priceRange(Fields f) {
    Money low = money(f.get("low"));
    Money high = money(f.get("high"));
    if (low.isGreaterThan(high)) {
      throw new PricingException(f.get("low").at(),
          Message.of("data.low.above.high", low.minor(), high.minor()));
    }
    Optional<Money> typical = Optional.empty();
    if (f.has("typical")) {
      Node t = f.get("typical");
      Money m = money(t);
      if (m.isLessThan(low) || m.isGreaterThan(high)) {
        throw new PricingException(t.at(),
            Message.of("data.typical.outside", m.minor(), low.minor(), high.minor()));
      }
      typical = Optional.of(m);
    }
    return new PriceRange(low, high, typical);
  }

  /** Citations; each names the item's source unless it gives its own {@code source}. */
  private List<Citation> cites(Fields f, String source) {
    List<Citation> out = new ArrayList<>();
    for (Node n : f.optList("cite")) {
      Fields c = Fields.open(n, "a citation", "source", "line", "quote");
      String s = c.find("source").map(this::sourceRef).orElse(source);
      out.add(new Citation(s, c.integer("line", 1, MAX_LINE), c.string("quote")));
    }
    return out;
  }

  private List<Source> sources(List<Node> nodes) {
    List<Source> out = new ArrayList<>();
    Map<String, Position> seen = new HashMap<>();
    for (Node n : nodes) {
      Fields f = Fields.open(n, "a source", "id", "file", "title", "date", "publisher", "summary");
      Node idNode = f.get("id");
      String id = Fields.string(idNode);
      if (!SOURCE_ID.matcher(id).matches()) {
        throw new PricingException(idNode.at(), Message.of("data.source.id.expected", id));
      }
      duplicate(seen, id, idNode.at(), Message.of("data.dup.source", id));
      out.add(
          new Source(
              id,
              f.string("file"),
              f.string("title"),
              f.find("date").map(Fields::date),
              f.optString("publisher"),
              f.text("summary")));
      sourceIds.add(id);
    }
    return out;
  }

  private List<MarketPrice> marketPrices(List<Node> nodes) {
    List<MarketPrice> out = new ArrayList<>();
    Map<String, Position> seen = new HashMap<>();
    for (Node n : nodes) {
      Fields f = Fields.open(n, "a price", "method", "source", "low", "high", "typical", "cite");
      Method m = method(f.get("method"));
      String source = sourceRef(f.get("source"));
      duplicate(seen, m.id() + "/" + source, f.at(),
          Message.of("data.dup.price.source", m.id(), source));
      out.add(new MarketPrice(m, source, priceRange(f), taxIncluded, cites(f, source)));
    }
    return out;
  }

  private List<Protocol> protocols(List<Node> nodes) {
    List<Protocol> out = new ArrayList<>();
    Map<String, Position> seen = new HashMap<>();
    for (Node n : nodes) {
      Fields f = Fields.open(n, "a protocol", "id", "source", "name", "methods", "phases", "cite",
          "notes");
      Node idNode = f.get("id");
      String id = id(idNode);
      duplicate(seen, id, idNode.at(), Message.of("data.dup.protocol", id));
      String source = sourceRef(f.get("source"));
      List<Method> methods = new ArrayList<>();
      Node methodsNode = f.get("methods");
      for (Node m : Fields.list(methodsNode)) {
        Method method = method(m);
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
      out.add(new Protocol(id, source, f.text("name"), methods, phases, cites(f, source),
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
    int low = f.integer("low", 0, MAX_SESSIONS);
    int high = f.integer("high", 0, MAX_SESSIONS);
    if (low > high) {
      throw new PricingException(f.get("low").at(), Message.of("data.low.above.high", low, high));
    }
    return new CountRange(low, high);
  }

  private Interval interval(Node n) {
    Fields f = Fields.open(n, "an interval", "low", "high", "unit");
    int low = f.integer("low", 1, MAX_INTERVAL);
    int high = f.integer("high", 1, MAX_INTERVAL);
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

  private List<Treatment> treatments(List<Node> nodes) {
    List<Treatment> out = new ArrayList<>();
    Map<String, Position> seen = new HashMap<>();
    for (Node n : nodes) {
      Fields f = Fields.open(n, "a treatment", "id", "name", "source", "price", "duration",
          "durationNote", "downtime", "effect", "exosome", "cite", "notes");
      Node idNode = f.get("id");
      String id = id(idNode);
      duplicate(seen, id, idNode.at(), Message.of("data.dup.treatment", id));
      String source = sourceRef(f.get("source"));
      PriceRange price = priceRange(Fields.open(f.get("price"), "a price", "low", "high", "typical"));
      f.get("duration"); // required: null states "unknown" explicitly, never by omission
      Optional<Interval> duration =
          f.isNull("duration") ? Optional.empty() : Optional.of(interval(f.get("duration")));
      out.add(
          new Treatment(
              id,
              f.text("name"),
              source,
              price,
              taxIncluded,
              duration,
              f.optText("durationNote"),
              f.text("downtime"),
              f.text("effect"),
              f.find("exosome").map(Fields::bool).orElse(false),
              cites(f, source),
              notes(f.optList("notes"))));
    }
    return out;
  }

  private List<SourceNote> notes(List<Node> nodes) {
    List<SourceNote> out = new ArrayList<>();
    for (Node n : nodes) {
      Fields f = Fields.open(n, "a note", "id", "source", "methods", "text", "cite");
      Optional<String> noteId = f.find("id").map(TableBinder::id);
      String source = sourceRef(f.get("source"));
      List<Method> methods = new ArrayList<>();
      for (Node m : f.optList("methods")) {
        methods.add(method(m));
      }
      out.add(new SourceNote(noteId, source, methods, f.text("text"), cites(f, source)));
    }
    return out;
  }

  private List<Disclosure> disclosures(List<Node> nodes) {
    List<Disclosure> out = new ArrayList<>();
    Map<String, Position> seen = new HashMap<>();
    for (Node n : nodes) {
      Fields f = Fields.open(n, "a disclosure", "id", "source", "text", "cite");
      Node idNode = f.get("id");
      String id = id(idNode);
      duplicate(seen, id, idNode.at(), Message.of("data.dup.disclosure", id));
      String source = sourceRef(f.get("source"));
      out.add(new Disclosure(id, source, f.text("text"), cites(f, source)));
    }
    return out;
  }

  private List<Contraindication> contraindications(List<Node> nodes) {
    List<Contraindication> out = new ArrayList<>();
    Map<String, Position> seen = new HashMap<>();
    for (Node n : nodes) {
      Fields f = Fields.open(n, "a contraindication", "id", "level", "source", "text", "cite");
      Node idNode = f.get("id");
      String id = id(idNode);
      duplicate(seen, id, idNode.at(), Message.of("data.dup.contraindication", id));
      Node levelNode = f.get("level");
      String l = Fields.string(levelNode);
      Contraindication.Level level = switch (l) {
        case "absolute" -> Contraindication.Level.ABSOLUTE;
        case "relative" -> Contraindication.Level.RELATIVE;
        default -> throw new PricingException(levelNode.at(), Message.of("data.level.expected", l));
      };
      String source = sourceRef(f.get("source"));
      out.add(new Contraindication(id, level, source, f.text("text"), cites(f, source)));
    }
    return out;
  }

  private Clinic clinic(Fields top, String id) {
    Fields c = clinicBlock(top);
    Map<Method, ClinicPrice> prices = new EnumMap<>(Method.class);
    Map<String, Position> seen = new HashMap<>();
    for (Node n : top.list("prices")) {
      Fields f = Fields.open(n, "a clinic price", "method", "low", "high", "perCc", "firstVisit");
      Method m = method(f.get("method"));
      duplicate(seen, m.id(), f.at(), Message.of("data.dup.price", m.id()));
      Optional<Money> perSession = Optional.empty();
      Optional<Money> perCc = Optional.empty();
      if (f.has("perCc")) {
        if (f.has("low") || f.has("high")) {
          throw new PricingException(f.keyAt("perCc"), Message.of("data.price.both"));
        }
        perCc = Optional.of(money(f.get("perCc")));
        if (perCc.get().isZero()) {
          throw new PricingException(f.get("perCc").at(), Message.of("data.price.cc.zero"));
        }
      } else {
        PriceRange r = priceRange(f);
        if (!r.isPoint()) {
          throw new PricingException(f.get("high").at(),
              Message.of("data.price.single", r.low().minor(), r.high().minor()));
        }
        perSession = Optional.of(r.low());
      }
      Optional<Money> firstVisit = f.find("firstVisit").map(this::money);
      if (firstVisit.isPresent() && perCc.isPresent()) {
        throw new PricingException(f.keyAt("firstVisit"), Message.of("data.first.visit.cc", m.id()));
      }
      prices.put(m, new ClinicPrice(m, perSession, perCc, firstVisit));
    }
    List<Course> courses = new ArrayList<>();
    Map<String, Position> courseIds = new HashMap<>();
    for (Node n : top.optList("courses")) {
      Fields f = Fields.open(n, "a course", "id", "method", "name", "sessions", "price");
      Node idNode = f.get("id");
      String courseId = id(idNode);
      duplicate(courseIds, courseId, idNode.at(), Message.of("data.dup.course", courseId));
      Node methodNode = f.get("method");
      Method m = method(methodNode);
      ClinicPrice p = prices.get(m);
      if (p == null) {
        throw new PricingException(methodNode.at(), Message.of("data.course.unpriced", m.id()));
      }
      if (p.byVolume()) {
        throw new PricingException(methodNode.at(), Message.of("data.course.cc", m.id()));
      }
      courses.add(new Course(courseId, m, f.text("name"), f.integer("sessions", 1, MAX_SESSIONS),
          money(f.get("price"))));
    }
    List<Discount> discounts = discounts(top.optList("discounts"));
    return clinic(c, id, prices, courses, discounts, Optional.empty());
  }

  /** The clinic block's contact and rules, with the prices read from either version. */
  Clinic clinic(Fields c, String id, Map<Method, ClinicPrice> prices, List<Course> courses,
      List<Discount> discounts, Optional<Menu> menu) {
    RoundingMode rounding = RoundingMode.DOWN;
    if (c.has("rounding")) {
      Node r = c.get("rounding");
      String s = Fields.string(r);
      rounding = switch (s) {
        case "down" -> RoundingMode.DOWN;
        case "half-up" -> RoundingMode.HALF_UP;
        case "up" -> RoundingMode.UP;
        default -> throw new PricingException(r.at(), Message.of("data.rounding.expected", s));
      };
    }
    int rate =
        c.find("taxRatePercent").map(x -> Fields.integer(x, 0, 100)).orElse(Clinic.STANDARD_TAX_RATE);
    int validity = c.find("quoteValidityDays").map(x -> Fields.integer(x, 1, 366))
        .orElse(Clinic.DEFAULT_VALIDITY_DAYS);
    boolean example = c.find("example").map(Fields::bool).orElse(false);
    Optional<String> registration = registration(c);
    if (menu.isPresent()) {
      return new Clinic(id, c.text("name"), c.string("address"), c.string("phone"), example,
          currency, taxIncluded, rate, rounding, validity, prices, courses, discounts, menu.get(),
          registration);
    }
    return new Clinic(id, c.text("name"), c.string("address"), c.string("phone"), example,
        currency, taxIncluded, rate, rounding, validity, prices, courses, discounts);
  }

  /** Opens the clinic block (name, address, phone, registration number and the quote rules). */
  static Fields clinicBlock(Fields top) {
    return Fields.open(top.get("clinic"), "the clinic", "name", "address", "phone", "example",
        "quoteValidityDays", "taxRatePercent", "rounding", "registrationNumber", "registrant");
  }

  /** The invoice registration number, checked (issue 11): T and 13 digits, a valid check digit. */
  private static Optional<String> registration(Fields c) {
    boolean corporation = true;
    if (c.has("registrant")) {
      Node r = c.get("registrant");
      String s = Fields.string(r);
      corporation = switch (s) {
        case "corporation" -> true;
        case "individual" -> false;
        default -> throw new PricingException(r.at(),
            dev.exoplan.domain.text.Message.of("data.registrant", s));
      };
    }
    if (!c.has("registrationNumber")) {
      return Optional.empty();
    }
    Node n = c.get("registrationNumber");
    String number = Fields.string(n);
    Optional<dev.exoplan.domain.text.Message> problem = RegistrationNumbers.problem(number, corporation);
    if (problem.isPresent()) {
      throw new PricingException(n.at(), problem.get());
    }
    return Optional.of(number);
  }

  void taxIncluded(boolean included) {
    this.taxIncluded = included;
  }

  List<Discount> discounts(List<Node> nodes) {
    List<Discount> discounts = new ArrayList<>();
    Map<String, Position> discountIds = new HashMap<>();
    for (Node n : nodes) {
      Fields f = Fields.open(n, "a discount", "id", "name", "percent", "amount", "automatic");
      Node idNode = f.get("id");
      String discountId = id(idNode);
      duplicate(discountIds, discountId, idNode.at(), Message.of("data.dup.discount", discountId));
      if (f.has("percent") == f.has("amount")) {
        throw new PricingException(f.at(), Message.of("data.discount.empty"));
      }
      discounts.add(new Discount(discountId, f.text("name"),
          f.find("percent").map(x -> Fields.integer(x, 1, 100)),
          f.find("amount").map(this::money),
          f.find("automatic").map(Fields::bool).orElse(false)));
    }
    return discounts;
  }

  static void duplicate(Map<String, Position> seen, String key, Position at, Message what) {
    Position first = seen.putIfAbsent(key, at);
    if (first != null) {
      throw new PricingException(at, Message.of("data.duplicate", what, first.line()));
    }
  }

  static String ids(List<String> ids) {
    return ids.stream().collect(Collectors.joining(", "));
  }
}
