package dev.exoplan.domain.menu;

import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Text;
import java.util.Optional;

/**
 * A course of an item (回数券): N sessions for a set price, usable across the whole plan within
 * {@code validMonths} of its purchase when the clinic states a validity, optionally with a member
 * price; on an item priced by volume or count it holds for one amount only. Issue 19: a course for
 * a range of sessions ("2–3 sessions for 760,000", the clinic decides) covers from {@code least}
 * to {@code sessions} sessions for the one price; {@code least == sessions} for a fixed count.
 */
public record ItemCourse(String id, Text name, int sessions, Price price, Optional<Price> member,
    Optional<Integer> validMonths, Optional<Integer> amount, int least) {
  public ItemCourse {
    if (sessions < 1) {
      throw new DomainException(Message.of("domain.course.sessions", sessions));
    }
    if (least < 1 || least > sessions) {
      throw new DomainException(Message.of("domain.course.sessions", least));
    }
  }

  /** A course of a fixed number of sessions. */
  public ItemCourse(String id, Text name, int sessions, Price price, Optional<Price> member,
      Optional<Integer> validMonths, Optional<Integer> amount) {
    this(id, name, sessions, price, member, validMonths, amount, sessions);
  }

  /** Whether the course is for a range of sessions, the clinic deciding how many (issue 19). */
  public boolean range() {
    return least < sessions;
  }
}
