package dev.exoplan.domain.clinic;

import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.Currency;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;

import dev.exoplan.domain.menu.Menu;
import dev.exoplan.domain.menu.TaxBasis;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A clinic's own price list: its name and contact for quotes, a price per method it offers (per
 * session or per cc), courses, discounts, how long a quote stays valid and how it rounds tax and
 * percentage discounts. {@code example} marks the fictional clinic exoplan ships. {@code menu} is the
 * whole list as quotes buy from it (items, fees, sets, tax basis, effective date); {@code prices}
 * and {@code courses} are its version 1 view, per method. {@code registration} is the invoice
 * registration number (適格請求書発行事業者登録番号, T and 13 digits) when the file gives one.
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
    List<Discount> discounts,
    Menu menu,
    Optional<String> registration) {

  public static final int DEFAULT_VALIDITY_DAYS = 30;
  public static final int STANDARD_TAX_RATE = 10;

  public Clinic {
    prices = Map.copyOf(prices);
    courses = List.copyOf(courses);
    discounts = List.copyOf(discounts);
  }

  /** A price list with no registration number. */
  public Clinic(String id, Text name, String address, String phone, boolean example,
      Currency currency, boolean taxIncluded, int taxRatePercent, RoundingMode rounding,
      int quoteValidityDays, Map<Method, ClinicPrice> prices, List<Course> courses,
      List<Discount> discounts, Menu menu) {
    this(id, name, address, phone, example, currency, taxIncluded, taxRatePercent, rounding,
        quoteValidityDays, prices, courses, discounts, menu, Optional.empty());
  }

  /** A version 1 price list: its menu is one standard item per method, with that method's courses. */
  public Clinic(String id, Text name, String address, String phone, boolean example,
      Currency currency, boolean taxIncluded, int taxRatePercent, RoundingMode rounding,
      int quoteValidityDays, Map<Method, ClinicPrice> prices, List<Course> courses,
      List<Discount> discounts) {
    this(id, name, address, phone, example, currency, taxIncluded, taxRatePercent, rounding,
        quoteValidityDays, prices, courses, discounts, Menus.fromV1(prices, courses, taxIncluded));
  }

  public TaxBasis taxBasis() {
    return menu.taxBasis();
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
