package dev.exoplan.domain.clinic;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;

import java.util.Optional;

/**
 * A clinic's price for one method: per session, or per cc of product for a clinic that prices by
 * volume (then the session price is {@code perCc × cc}); optionally a first-visit price for the
 * first session of a plan.
 */
public record ClinicPrice(
    Method method, Optional<Money> perSession, Optional<Money> perCc, Optional<Money> firstVisit) {

  public ClinicPrice {
    if (perSession.isPresent() == perCc.isPresent()) {
      throw new DomainException(Message.of("domain.clinic.price.kind"));
    }
  }

  public boolean byVolume() {
    return perCc.isPresent();
  }
}
