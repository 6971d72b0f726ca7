package dev.exoplan.domain.quote;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.catalog.MarketPrice;

import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.clinic.Course;
import dev.exoplan.domain.quote.QuoteLine;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A price a quote uses, measured against the published ranges for the method (docs/market-check.md).
 * Both sides are compared with consumption tax included: a clinic price listed before tax, or a
 * market table stated before tax, gets the clinic's rate added first (rounded by its rule); a clinic
 * price whose tax basis is not stated is compared as listed, as its quote prints it (issue 18). Levels:
 * more than {@value #BELOW_TOLERANCE_PERCENT} % below the lowest published low ({@code BELOW}: the
 * sources warn that a price far below the market can mean a product of unverified quality); above the
 * highest published high ({@code ABOVE}); or a first-visit price below the market ({@code PROMOTION}:
 * a promotion, not a sign of the product's quality, and 003 warns of first-visit discounts followed
 * by expensive add-ons). {@code unit} is the compared, tax-included amount.
 */
public record MarketCheck(
    Level level,
    QuoteLine.Kind item,
    Optional<Course> course,
    Money unit,
    Money bound,
    String boundSource,
    List<Citation> cites) {

  /**
   * How far under the lowest published low a price must be to be called far below the market: the
   * sources warn of prices "極端に安い" (extremely cheap), not of a price a few percent under a range.
   */
  public static final int BELOW_TOLERANCE_PERCENT = 10;

  /** Notes in the market tables that the checks cite. */
  static final String LOW_PRICE_NOTE = "low-price-warning";

  static final String PREMIUM_NOTE = "premium-products";

  /** The disclosure that warns of first-visit discounts followed by add-ons. */
  static final String WHOLE_PLAN = "whole-plan";

  /** Which side of the market the price is on. */
  public enum Level {
    BELOW("below"),
    ABOVE("above"),
    PROMOTION("promotion");

    private final String id;

    Level(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  public MarketCheck {
    cites = List.copyOf(cites);
  }

  /** A price a quote uses, as the clinic lists it (a course's is its price per session). */
  public record Used(QuoteLine.Kind item, Optional<Course> course, Money unit) {}

  /** The prices of a quote's lines, once each: sessions, first visit, courses (per session). */
  public static List<Used> used(List<QuoteLine> lines) {
    Map<String, Used> out = new LinkedHashMap<>();
    for (QuoteLine l : lines) {
      Optional<Used> u = switch (l.kind()) {
        case SESSION, FIRST_VISIT -> Optional.of(new Used(l.kind(), Optional.empty(), l.unit()));
        case COURSE -> l.course().map(c -> new Used(l.kind(), Optional.of(c),
            c.price().times(1, c.sessions(), java.math.RoundingMode.DOWN)));
        default -> Optional.empty();
      };
      u.ifPresent(x -> out.putIfAbsent(
          x.item().id() + "/" + x.course().map(Course::id).orElse("") + "/" + x.unit().minor(), x));
    }
    return List.copyOf(out.values());
  }

  /**
   * The published range a method's prices are measured against: the lowest low and the highest
   * high of the tables in the clinic's currency, each with tax added at the clinic's rate when the
   * table states it before tax; empty when no table prices the method.
   */
  public record Bounds(MarketPrice lowest, Money low, MarketPrice highest, Money high) {}

  public static Optional<Bounds> bounds(Catalog catalog, Clinic clinic, Method method) {
    List<MarketPrice> market = catalog.prices(method).stream()
        .filter(p -> p.range().currency().equals(clinic.currency()))
        .toList();
    if (market.isEmpty()) {
      return Optional.empty();
    }
    MarketPrice lowest = market.get(0);
    MarketPrice highest = market.get(0);
    for (MarketPrice p : market) {
      if (withTax(p.range().low(), p.taxIncluded(), clinic)
          .isLessThan(withTax(lowest.range().low(), lowest.taxIncluded(), clinic))) {
        lowest = p;
      }
      if (withTax(p.range().high(), p.taxIncluded(), clinic)
          .isGreaterThan(withTax(highest.range().high(), highest.taxIncluded(), clinic))) {
        highest = p;
      }
    }
    return Optional.of(new Bounds(lowest, withTax(lowest.range().low(), lowest.taxIncluded(), clinic),
        highest, withTax(highest.range().high(), highest.taxIncluded(), clinic)));
  }

  public static List<MarketCheck> check(
      Catalog catalog, Clinic clinic, Method method, List<Used> used) {
    Optional<Bounds> b = bounds(catalog, clinic, method);
    if (b.isEmpty()) {
      return List.of();
    }
    List<MarketCheck> checks = new ArrayList<>();
    for (Used u : used) {
      one(catalog, clinic, method, b.get(), u).ifPresent(checks::add);
    }
    return checks;
  }

  /** The finding on one price, or empty when it is within the published range. */
  static Optional<MarketCheck> one(Catalog catalog, Clinic clinic, Method method, Bounds b, Used u) {
    MarketPrice lowest = b.lowest();
    MarketPrice highest = b.highest();
    Money low = b.low();
    Money high = b.high();
    // far below: unit × 100 < low × (100 − tolerance), exact in integers
    Money floor = low.times(100L - BELOW_TOLERANCE_PERCENT, 100, java.math.RoundingMode.UP);
    // issue 18: as the quote prints it: tax added only to a tax-excluded list's price; a price whose
    // tax is not stated is compared as listed, never converted
    Money unit = PatientAmounts.shown(clinic, u.unit());
    if (unit.isGreaterThan(high)) {
      List<Citation> cites = new ArrayList<>(highest.cites());
      cites.addAll(noteCites(catalog, method, PREMIUM_NOTE));
      return Optional.of(new MarketCheck(Level.ABOVE, u.item(), u.course(), unit, high,
          highest.sourceId(), cites));
    } else if (u.item() == QuoteLine.Kind.FIRST_VISIT && unit.isLessThan(low)) {
      List<Citation> cites = new ArrayList<>(lowest.cites());
      catalog.disclosures().stream().filter(d -> d.id().equals(WHOLE_PLAN))
          .forEach(d -> cites.addAll(d.cites()));
      return Optional.of(new MarketCheck(Level.PROMOTION, u.item(), u.course(), unit, low,
          lowest.sourceId(), cites));
    } else if (unit.isLessThan(floor)) {
      List<Citation> cites = new ArrayList<>(lowest.cites());
      cites.addAll(noteCites(catalog, method, LOW_PRICE_NOTE));
      return Optional.of(new MarketCheck(Level.BELOW, u.item(), u.course(), unit, low,
          lowest.sourceId(), cites));
    }
    return Optional.empty();
  }

  /** The amount with consumption tax at the clinic's rate, rounded by its rule, if it lacks it. */
  static Money withTax(Money amount, boolean taxIncluded, Clinic clinic) {
    return taxIncluded
        ? amount
        : amount.plus(amount.times(clinic.taxRatePercent(), 100, clinic.rounding()));
  }

  private static List<Citation> noteCites(Catalog catalog, Method method, String id) {
    return catalog.notes(method).stream().filter(n -> n.id().equals(Optional.of(id)))
        .flatMap(n -> n.cites().stream()).toList();
  }
}
