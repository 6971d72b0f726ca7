package dev.exoplan.domain.menu;

import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Text;
import java.util.Optional;

/**
 * A course of an item (回数券): N sessions for a set price, usable across the whole plan within
 * {@code validMonths} of its purchase when the clinic states a validity, optionally with a member
 * price; on an item priced by volume or count it holds for one amount only.
 */
public record ItemCourse(String id, Text name, int sessions, Price price, Optional<Price> member,
    Optional<Integer> validMonths, Optional<Integer> amount) {
  public ItemCourse {
    if (sessions < 1) {
      throw new DomainException(Message.of("domain.course.sessions", sessions));
    }
  }
}
