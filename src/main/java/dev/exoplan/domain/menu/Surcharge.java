package dev.exoplan.domain.menu;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.Money;
import java.util.Optional;

/**
 * A surcharge for a group of patients (issue 19: +20 % for patients from abroad): a percentage of
 * the subtotal, rounded once by the clinic's rule, or a fixed amount; the mirror of a discount.
 * {@code automatic} ones apply to every quote, others when asked for ({@code --surcharge ID}).
 */
public record Surcharge(String id, Text name, Optional<Integer> percent, Optional<Money> amount,
    boolean automatic) {
  public Surcharge {
    if (percent.isPresent() == amount.isPresent()) {
      throw new DomainException(Message.of("domain.discount.kind"));
    }
  }
}
