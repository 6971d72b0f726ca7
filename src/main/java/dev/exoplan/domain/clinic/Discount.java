package dev.exoplan.domain.clinic;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.Money;

import java.util.Optional;

/**
 * A clinic's discount: a percentage of the subtotal (rounded once, by the clinic's rule) or a fixed
 * amount. {@code automatic} discounts apply to every quote; others only when asked for.
 */
public record Discount(
    String id, Text name, Optional<Integer> percent, Optional<Money> amount, boolean automatic) {

  public Discount {
    if (percent.isPresent() == amount.isPresent()) {
      throw new DomainException(Message.of("domain.discount.kind"));
    }
    percent.ifPresent(p -> {
      if (p < 1 || p > 100) {
        throw new DomainException(Message.of("domain.discount.percent", p));
      }
    });
  }
}
