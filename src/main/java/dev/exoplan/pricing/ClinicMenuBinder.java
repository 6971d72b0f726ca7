package dev.exoplan.pricing;

import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.clinic.ClinicPrice;
import dev.exoplan.domain.text.Listing;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.menu.Fee;
import dev.exoplan.domain.menu.Item;
import dev.exoplan.domain.menu.ItemCourse;
import dev.exoplan.domain.menu.Menu;
import dev.exoplan.domain.menu.Price;
import dev.exoplan.domain.menu.SetOffer;
import dev.exoplan.domain.menu.Step;
import dev.exoplan.domain.menu.TaxBasis;
import dev.exoplan.domain.menu.Trial;
import dev.exoplan.domain.menu.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds a clinic price list of format version 2 (a menu of items with steps, trial, member prices
 * and courses; fees and add-ons; sets; a tax basis that may be "not stated"; an effective date) to
 * a {@link PriceTable}. Every mistake is a {@link PricingException} at its position.
 */
final class ClinicMenuBinder {
  static final int VERSION = 2;
  static final String[] TOP = {"format", "version", "kind", "id", "name", "currency", "tax",
    "taxIncluded", "taxNote", "effective", "clinic", "items", "fees", "sets", "discounts",
    "surcharges", "sharedCourses", "loans"};
  private static final int MAX_STEP = 1000;
  static final int MAX_VALID_MONTHS = 120;

  private final TableBinder binder;
  private final Map<String, Position> ids = new HashMap<>();

  private ClinicMenuBinder(TableBinder binder) {
    this.binder = binder;
  }

  static PriceTable table(TableBinder binder, String origin, Fields top) {
    return new ClinicMenuBinder(binder).bind(origin, top);
  }

  private PriceTable bind(String origin, Fields top) {
    if (top.has("taxIncluded")) {
      throw new PricingException(top.keyAt("taxIncluded"), Message.of("data.tax.version"));
    }
    String id = TableBinder.id(top.get("id"));
    Text name = top.text("name");
    Node taxNode = top.get("tax");
    String taxText = Fields.string(taxNode);
    TaxBasis basis = switch (taxText) {
      case "included" -> TaxBasis.INCLUDED;
      case "excluded" -> TaxBasis.EXCLUDED;
      case "not-stated" -> TaxBasis.NOT_STATED;
      default -> throw new PricingException(taxNode.at(), Message.of("data.tax.expected", taxText));
    };
    binder.taxIncluded(basis == TaxBasis.INCLUDED);
    Optional<Text> taxNote = top.optText("taxNote");
    Optional<LocalDate> effective = top.find("effective").map(Fields::date);
    Fields c = ClinicBinder.clinicBlock(top);
    List<Item> items = new ArrayList<>();
    Map<Method, Position> standards = new EnumMap<>(Method.class);
    for (Node n : top.list("items")) {
      Item item = item(n, standards);
      items.add(item);
    }
    if (items.isEmpty()) {
      throw new PricingException(top.get("items").at(), Message.of("data.items.none"));
    }
    List<String> itemIds = items.stream().map(Item::id).toList();
    items = SharedCourses.add(top.optList("sharedCourses"), items, itemIds, // issue 19, gap 5
        n -> newId(n, "course"), this::price, ClinicFees::refs);
    List<Fee> fees = new ArrayList<>();
    for (Node n : top.optList("fees")) {
      fees.add(ClinicFees.fee(n, itemIds, x -> newId(x, "fee"), this::price));
    }
    List<SetOffer> sets = new ArrayList<>();
    for (Node n : top.optList("sets")) {
      sets.add(set(n, itemIds));
    }
    Menu menu = new Menu(items, fees, sets, basis, effective,
        ClinicSurcharges.of(binder, top.optList("surcharges")),
        ClinicLoans.of(binder, top.optList("loans"))); // issue 20
    Map<Method, ClinicPrice> prices = new EnumMap<>(Method.class);
    for (Method m : Method.values()) {
      menu.standard(m).filter(i -> i.price().isPresent() && !i.price().get().from())
          .ifPresent(i -> prices.put(m, new ClinicPrice(m, Optional.of(i.price().get().amount()),
              Optional.empty(), i.trial().map(t -> t.price().amount()))));
    }
    Clinic clinic = new ClinicBinder(binder).clinic(c, id, prices, List.of(),
        new ClinicBinder(binder).discounts(top.optList("discounts")), Optional.of(menu));
    return new PriceTable(origin, PriceTable.Kind.CLINIC, VERSION, id, name, clinic.currency(),
        basis == TaxBasis.INCLUDED, taxNote, List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), Optional.of(clinic));
  }

  private String newId(Node n, String what) {
    String id = TableBinder.id(n);
    String kind = "data.id.of." + what;
    TableBinder.duplicate(ids, id, n.at(), Message.of("data.dup.id", id, Message.of(kind)));
    return id;
  }

  /** A price: a whole amount, or {from: amount} for a "from" price (〜円), a floor. */
  private Price price(Node n) {
    if (ClinicSurcharges.onRequest(n)) { // issue 19: only a fee's amount may be on request
      throw new PricingException(n.at(), Message.of("data.on.request.fee.only"));
    }
    if (n instanceof Node.Obj) {
      Fields f = Fields.open(n, "a \"from\" price", "from");
      return new Price(binder.money(f.get("from")), true);
    }
    return Price.of(binder.money(n));
  }

  private Item item(Node n, Map<Method, Position> standards) {
    Fields f = Fields.open(n, "an item", "id", "name", "method", "standard", "price", "member",
        "trial", "memberTrial", "unit", "steps", "courses", "designatedService");
    String id = newId(f.get("id"), "item");
    // issue 23: whether the item is a designated cosmetic service under the Act (else inferred)
    Optional<Boolean> designated = f.find("designatedService").map(Fields::bool);
    Text name = f.text("name");
    Node methodNode = f.get("method");
    Optional<Method> method = Fields.string(methodNode).equals("none") ? Optional.empty()
        : Optional.of(method(methodNode));
    boolean standard = f.find("standard").map(Fields::bool).orElse(false);
    if (standard) {
      if (method.isEmpty()) {
        throw new PricingException(f.keyAt("standard"), Message.of("data.standard.none"));
      }
      Position first = standards.putIfAbsent(method.get(), f.keyAt("standard"));
      if (first != null) {
        throw new PricingException(f.keyAt("standard"),
            Message.of("data.standard.twice", method.get().id(), first.line()));
      }
    }
    boolean stepped = f.has("steps");
    if (stepped == f.has("price")) {
      throw new PricingException(f.at(),
          Message.of(stepped ? "data.item.priced.both" : "data.item.unpriced"));
    }
    if (!stepped) {
      if (f.has("unit")) {
        throw new PricingException(f.keyAt("unit"), Message.of("data.unit.without.steps"));
      }
      List<ItemCourse> courses = courses(f, Optional.empty());
      return new Item(id, Optional.of(name), method, standard, Optional.empty(),
          Optional.of(price(f.get("price"))), f.find("member").map(this::price), Optional.empty(),
          List.of(), trial(f, Optional.empty()), courses, designated);
    }
    for (String key : List.of("member", "trial", "memberTrial")) {
      if (f.has(key)) {
        throw new PricingException(f.keyAt(key), Message.of("data.price.in.step", key));
      }
    }
    if (!f.has("unit")) {
      throw new PricingException(f.keyAt("steps"), Message.of("data.steps.unit"));
    }
    Node unitNode = f.get("unit");
    String unitText = Fields.string(unitNode);
    Unit unit = switch (unitText) {
      case "cc" -> Unit.CC;
      case "ampoule" -> Unit.AMPOULE;
      default -> throw new PricingException(unitNode.at(), Message.of("data.unit.expected", unitText));
    };
    List<Step> steps = new ArrayList<>();
    Optional<Trial> trial = Optional.empty();
    Map<String, Position> amounts = new HashMap<>();
    for (Node s : f.list("steps")) {
      Fields sf = Fields.open(s, "a step", "amount", "price", "member", "trial", "memberTrial");
      Node amountNode = sf.get("amount");
      int amount = Fields.integer(amountNode, 1, MAX_STEP);
      TableBinder.duplicate(amounts, Integer.toString(amount), amountNode.at(),
          Message.of("data.dup.step", amount, unit.id()));
      steps.add(new Step(amount, price(sf.get("price")), sf.find("member").map(this::price)));
      Optional<Trial> stepTrial = trial(sf, Optional.of(amount));
      if (stepTrial.isPresent()) {
        if (trial.isPresent()) {
          throw new PricingException(sf.keyAt("trial"), Message.of("data.trial.twice"));
        }
        trial = stepTrial;
      }
    }
    if (steps.isEmpty()) {
      throw new PricingException(f.get("steps").at(), Message.of("data.steps.none"));
    }
    List<Integer> stepAmounts = steps.stream().map(Step::amount).toList();
    return new Item(id, Optional.of(name), method, standard, Optional.of(unit), Optional.empty(),
        Optional.empty(), Optional.empty(), steps, trial, courses(f, Optional.of(stepAmounts)),
        designated);
  }

  /** A first-visit price with its members' price (issue 19: memberTrial needs trial). */
  private Optional<Trial> trial(Fields f, Optional<Integer> amount) {
    Optional<Price> member = f.find("memberTrial").map(this::price);
    if (member.isPresent() && !f.has("trial")) {
      throw new PricingException(f.keyAt("memberTrial"), Message.of("data.member.trial.alone"));
    }
    return f.find("trial").map(t -> new Trial(amount, price(t), member));
  }

  private static Method method(Node n) {
    try {
      return TableBinder.method(n);
    } catch (PricingException e) {
      Message m = e.message().orElseThrow();
      throw new PricingException(n.at(), m.key().equals("data.method.unknown")
          ? Message.of("data.method.unknown.none", m.args().toArray())
          : Message.of("data.or.none", m));
    }
  }

  private List<ItemCourse> courses(Fields item, Optional<List<Integer>> steps) {
    List<ItemCourse> out = new ArrayList<>();
    for (Node n : item.optList("courses")) {
      Fields f = Fields.open(n, "a course", "id", "name", "sessions", "price", "member",
          "validMonths", "amount");
      String id = newId(f.get("id"), "course");
      Optional<Integer> amount = Optional.empty();
      if (steps.isPresent()) {
        if (!f.has("amount")) {
          throw new PricingException(f.at(), Message.of("data.course.amount.missing"));
        }
        Node a = f.get("amount");
        int v = Fields.integer(a, 1, MAX_STEP);
        if (!steps.get().contains(v)) {
          throw new PricingException(a.at(), Message.of("data.course.amount.unknown", v,
              TableBinder.ids(steps.get().stream().map(String::valueOf).toList())));
        }
        amount = Optional.of(v);
      } else if (f.has("amount")) {
        throw new PricingException(f.keyAt("amount"), Message.of("data.course.amount.extra"));
      }
      int[] sessions = ClinicSurcharges.sessions(f.get("sessions")); // issue 19: 5, or 2..3
      out.add(new ItemCourse(id, f.text("name"), sessions[1],
          price(f.get("price")), f.find("member").map(this::price),
          f.find("validMonths").map(x -> Fields.integer(x, 1, MAX_VALID_MONTHS)), amount,
          sessions[0]));
    }
    return out;
  }

  private SetOffer set(Node n, List<String> itemIds) {
    Fields f = Fields.open(n, "a set", "id", "name", "items", "price", "member");
    String id = newId(f.get("id"), "set");
    Text name = f.text("name");
    Node itemsNode = f.get("items");
    List<String> items = ClinicFees.refs(itemsNode, itemIds);
    if (items.size() < 2) {
      throw new PricingException(itemsNode.at(), Message.of("data.set.small"));
    }
    return new SetOffer(id, name, items, price(f.get("price")), f.find("member").map(this::price));
  }
}
