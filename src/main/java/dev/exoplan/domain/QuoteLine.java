package dev.exoplan.domain;

import java.util.Optional;

/**
 * One line of a quote: sessions at the clinic's price, a course, the first-visit price, a discount
 * (a negative amount) or, when the clinic's prices exclude tax, the consumption tax.
 * {@code amount = unit × quantity} for every line but a discount's and the tax's.
 */
public record QuoteLine(
    Kind kind,
    Optional<PhaseKind> phase,
    Optional<Course> course,
    Optional<Discount> discount,
    Optional<Integer> cc,
    Money unit,
    int quantity,
    Money amount) {

  /** What a line is. */
  public enum Kind {
    FIRST_VISIT("first-visit"),
    COURSE("course"),
    SESSION("session"),
    DISCOUNT("discount"),
    TAX("tax");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  /** Identifies the line across the minimum and full plans (same kind, phase and item). */
  public String key() {
    return kind.id() + "/" + phase.map(PhaseKind::id).orElse("")
        + "/" + course.map(Course::id).or(() -> discount.map(Discount::id)).orElse("");
  }
}
