package dev.exoplan.pricing;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.catalog.Contraindication;
import dev.exoplan.domain.catalog.Disclosure;
import dev.exoplan.domain.catalog.MarketPrice;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.PriceRange;
import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.domain.catalog.Protocol;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.catalog.SourceNote;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.catalog.Treatment;
import java.util.ArrayList;
import dev.exoplan.domain.value.Currency;
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

  /** [A-Za-z0-9][A-Za-z0-9._-]{0,39}: compiled when first used (the market YAML, not a quote). */
  static final class SourceIds {
    static final Pattern SOURCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private SourceIds() {}
  }

  private static final String[] COMMON = {
    "format", "version", "kind", "id", "name", "currency", "taxIncluded", "taxNote"
  };

  private final String origin;
  private final Catalog base;
  final Set<String> sourceIds = new LinkedHashSet<>();
  Currency currency;
  boolean taxIncluded;

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
      Clinic clinic = new ClinicBinder(this).clinic(top, id);
      return new PriceTable(origin, kind, v, id, name, currency, taxIncluded, taxNote,
          List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
          Optional.of(clinic));
    }
    MarketBinder market = new MarketBinder(this);
    List<Source> sources = market.sources(top.optList("sources"));
    List<MarketPrice> prices = market.marketPrices(top.optList("prices"));
    List<Protocol> protocols = market.protocols(top.optList("protocols"));
    List<Treatment> treatments = market.treatments(top.optList("treatments"));
    List<SourceNote> notes = market.notes(top.optList("notes"));
    List<Disclosure> disclosures = market.disclosures(top.optList("disclosures"));
    List<Contraindication> contraindications =
        market.contraindications(top.optList("contraindications"));
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

  static String[] concat(String[] a, String... b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static String id(Node n) {
    String s = Fields.string(n);
    if (!isId(s)) {
      throw new PricingException(n.at(), Message.of("data.id.expected", s));
    }
    return s;
  }

  /**
   * [a-z0-9][a-z0-9-]{0,63}, checked by hand: every id of a price list is, and a regular
   * expression compiled at start-up cost more than the checks (issue 21; TableBinderIdTest).
   */
  static boolean isId(String s) {
    if (s.isEmpty() || s.length() > 64 || s.charAt(0) == '-') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static Currency currency(Node n) {
    String code = Fields.string(n);
    if (code.length() == 3 && upper(code.charAt(0)) && upper(code.charAt(1))
        && upper(code.charAt(2))) { // [A-Z]{3}
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

  String sourceRef(Node n) {
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
  PriceRange priceRange(Fields f) {
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
  List<Citation> cites(Fields f, String source) {
    List<Citation> out = new ArrayList<>();
    for (Node n : f.optList("cite")) {
      Fields c = Fields.open(n, "a citation", "source", "line", "quote");
      String s = c.find("source").map(this::sourceRef).orElse(source);
      out.add(new Citation(s, c.integer("line", 1, MAX_LINE), c.string("quote")));
    }
    return out;
  }

  void taxIncluded(boolean included) {
    this.taxIncluded = included;
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
