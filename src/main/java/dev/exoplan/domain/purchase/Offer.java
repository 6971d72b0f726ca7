package dev.exoplan.domain.purchase;

import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.value.Money;
import java.util.List;
import java.util.Optional;

/**
 * What can be bought for the sessions of one menu item, resolved for one quote (member or list
 * price, the chosen volume): a single session, the trial price for the plan's first session,
 * courses and fees. Every amount is in one currency.
 */
public record Offer(Money single, Optional<Money> trial, List<CourseOffer> courses,
    List<FeeOffer> fees) {

  public Offer {
    courses = List.copyOf(courses);
    fees = List.copyOf(fees);
    for (CourseOffer c : courses) {
      if (!c.price().currency().equals(single.currency())) {
        throw new DomainException(Message.of("domain.course.currency", c.id(),
            c.price().currency().toString(), single.currency().toString()));
      }
    }
  }

  /**
   * N sessions for a set price, usable within {@code validMonths} of the day it is bought; issue
   * 19: from {@code least} to {@code sessions} sessions for the one price (the clinic decides), all
   * of them used.
   */
  public record CourseOffer(String id, int sessions, Money price, Optional<Integer> validMonths,
      int least) {
    public CourseOffer(String id, int sessions, Money price, Optional<Integer> validMonths) {
      this(id, sessions, price, validMonths, sessions);
    }

    public CourseOffer {
      if (sessions < 1) {
        throw new DomainException(Message.of("domain.course.sessions", sessions));
      }
      if (least < 1 || least > sessions) {
        throw new DomainException(Message.of("domain.course.sessions", least));
      }
      if (validMonths.isPresent() && validMonths.get() < 1) {
        throw new DomainException(Message.of("domain.course.valid.months"));
      }
    }
  }

  /**
   * A fee or add-on: charged once (at the first session) or at every visit. Issue 19: a fee charged
   * once with {@code lapseMonths} is charged again at a session whose previous session was that
   * many months or more before (初診料 again); a {@code revisit} fee ({@code perVisit} too) at every
   * session after the first where no such fee is charged again (再診料).
   */
  public record FeeOffer(String id, Money price, boolean perVisit, boolean revisit,
      Optional<Integer> lapseMonths) {
    public FeeOffer(String id, Money price, boolean perVisit) {
      this(id, price, perVisit, false, Optional.empty());
    }

    /** Whether each charge of the fee covers the session it is paid at. */
    public boolean coversSession() {
      return perVisit || lapseMonths.isPresent();
    }
  }
}
