package dev.exoplan.domain;

import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/**
 * A clinic's own price list: its name and contact for quotes, and a point price per method it
 * offers. {@code example} marks the fictional clinic exoplan ships.
 */
public record Clinic(
    String id,
    Text name,
    String address,
    String phone,
    boolean example,
    Currency currency,
    boolean taxIncluded,
    Map<Method, Money> prices) {

  public Clinic {
    prices = Map.copyOf(prices);
  }

  public Optional<Money> price(Method method) {
    return Optional.ofNullable(prices.get(method));
  }
}
