package dev.exoplan.domain.clinic;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;

/** A clinic's course: a set number of sessions of one method for a set price. */
public record Course(String id, Method method, Text name, int sessions, Money price) {
  public Course {
    if (sessions < 1) {
      throw new DomainException(Message.of("domain.course.sessions", sessions));
    }
  }
}
