package dev.exoplan.domain.purchase;

import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.text.DomainException;
import java.time.LocalDate;
import java.util.List;

/**
 * The plan's sessions on its timeline, as the purchase planner needs them: the date of the first
 * session (course validity is counted in calendar months from the day a course is bought) and
 * every session in time order. Built from a plan by a thin adapter, so the planner does not depend
 * on how a plan models time.
 */
public record Sessions(LocalDate first, List<Visit> visits) {
  public Sessions {
    visits = List.copyOf(visits);
    for (int i = 1; i < visits.size(); i++) {
      if (visits.get(i).day() < visits.get(i - 1).day()) {
        throw new DomainException(Message.of("domain.sessions.order"));
      }
    }
  }

  public int size() {
    return visits.size();
  }

  public LocalDate date(int index) {
    return first.plusDays(visits.get(index).day());
  }
}
