package dev.exoplan.pricing;

import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.menu.Menu;
import dev.exoplan.domain.clinic.ClinicPrice;
import dev.exoplan.domain.clinic.Course;
import dev.exoplan.domain.clinic.Discount;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.PriceRange;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds a clinic's price list of format version 1 (a price per method, courses, discounts) and the
 * clinic block every version shares (contact, quote rules, registration number), for
 * {@link TableBinder} and {@link ClinicMenuBinder}.
 */
final class ClinicBinder {
  private final TableBinder t;

  ClinicBinder(TableBinder t) {
    this.t = t;
  }


  Clinic clinic(Fields top, String id) {
    Fields c = clinicBlock(top);
    Map<Method, ClinicPrice> prices = new EnumMap<>(Method.class);
    Map<String, Position> seen = new HashMap<>();
    for (Node n : top.list("prices")) {
      Fields f = Fields.open(n, "a clinic price", "method", "low", "high", "perCc", "firstVisit");
      Method m = TableBinder.method(f.get("method"));
      TableBinder.duplicate(seen, m.id(), f.at(), Message.of("data.dup.price", m.id()));
      Optional<Money> perSession = Optional.empty();
      Optional<Money> perCc = Optional.empty();
      if (f.has("perCc")) {
        if (f.has("low") || f.has("high")) {
          throw new PricingException(f.keyAt("perCc"), Message.of("data.price.both"));
        }
        perCc = Optional.of(t.money(f.get("perCc")));
        if (perCc.get().isZero()) {
          throw new PricingException(f.get("perCc").at(), Message.of("data.price.cc.zero"));
        }
      } else {
        PriceRange r = t.priceRange(f);
        if (!r.isPoint()) {
          throw new PricingException(f.get("high").at(),
              Message.of("data.price.single", r.low().minor(), r.high().minor()));
        }
        perSession = Optional.of(r.low());
      }
      Optional<Money> firstVisit = f.find("firstVisit").map(t::money);
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
      String courseId = TableBinder.id(idNode);
      TableBinder.duplicate(courseIds, courseId, idNode.at(), Message.of("data.dup.course", courseId));
      Node methodNode = f.get("method");
      Method m = TableBinder.method(methodNode);
      ClinicPrice p = prices.get(m);
      if (p == null) {
        throw new PricingException(methodNode.at(), Message.of("data.course.unpriced", m.id()));
      }
      if (p.byVolume()) {
        throw new PricingException(methodNode.at(), Message.of("data.course.cc", m.id()));
      }
      courses.add(new Course(courseId, m, f.text("name"), f.integer("sessions", 1, TableBinder.MAX_SESSIONS),
          t.money(f.get("price"))));
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
          t.currency, t.taxIncluded, rate, rounding, validity, prices, courses, discounts, menu.get(),
          registration);
    }
    return new Clinic(id, c.text("name"), c.string("address"), c.string("phone"), example,
        t.currency, t.taxIncluded, rate, rounding, validity, prices, courses, discounts);
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

  List<Discount> discounts(List<Node> nodes) {
    List<Discount> discounts = new ArrayList<>();
    Map<String, Position> discountIds = new HashMap<>();
    for (Node n : nodes) {
      Fields f = Fields.open(n, "a discount", "id", "name", "percent", "amount", "automatic");
      Node idNode = f.get("id");
      String discountId = TableBinder.id(idNode);
      TableBinder.duplicate(discountIds, discountId, idNode.at(), Message.of("data.dup.discount", discountId));
      if (f.has("percent") == f.has("amount")) {
        throw new PricingException(f.at(), Message.of("data.discount.empty"));
      }
      discounts.add(new Discount(discountId, f.text("name"),
          f.find("percent").map(x -> Fields.integer(x, 1, 100)),
          f.find("amount").map(t::money),
          f.find("automatic").map(Fields::bool).orElse(false)));
    }
    return discounts;
  }
}
