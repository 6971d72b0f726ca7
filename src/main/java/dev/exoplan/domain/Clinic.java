package dev.exoplan.domain;

import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A clinic's own price list: its name and contact for quotes, a price per method it offers (per
 * session or per cc), courses, discounts, how long a quote stays valid and how it rounds tax and
 * percentage discounts. {@code example} marks the fictional clinic exoplan ships.
 */
public record Clinic(
    String id,
    Text name,
    String address,
    String phone,
    boolean example,
    Currency currency,
    boolean taxIncluded,
    int taxRatePercent,
    RoundingMode rounding,
    int quoteValidityDays,
    Map<Method, ClinicPrice> prices,
    List<Course> courses,
    List<Discount> discounts) {

  public static final int DEFAULT_VALIDITY_DAYS = 30;
  public static final int STANDARD_TAX_RATE = 10;

  public Clinic {
    prices = Map.copyOf(prices);
    courses = List.copyOf(courses);
    discounts = List.copyOf(discounts);
  }

  /** The per-session price of a method, when the clinic prices it per session. */
  public Optional<Money> price(Method method) {
    return Optional.ofNullable(prices.get(method)).flatMap(ClinicPrice::perSession);
  }

  public Optional<ClinicPrice> priceOf(Method method) {
    return Optional.ofNullable(prices.get(method));
  }

  public List<Course> courses(Method method) {
    return courses.stream().filter(c -> c.method() == method).toList();
  }
}
