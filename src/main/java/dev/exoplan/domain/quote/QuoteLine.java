package dev.exoplan.domain.quote;

import dev.exoplan.domain.clinic.Course;
import dev.exoplan.domain.clinic.Discount;
import dev.exoplan.domain.value.PhaseKind;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.Money;

import java.util.List;
import java.util.Optional;

/**
 * One line of a quote: sessions at the clinic's price, a course, the first-visit price, a discount
 * (a negative amount) or, when the clinic's prices exclude tax, the consumption tax.
 * {@code amount = unit × quantity} for every line but a discount's and the tax's. {@code item} and
 * {@code name} name the menu item, course or fee bought; {@code covers} lists the sessions (1-based)
 * it pays for; {@code from} marks a "from" price, a floor.
 */
public record QuoteLine(
    Kind kind,
    Optional<PhaseKind> phase,
    Optional<Course> course,
    Optional<Discount> discount,
    Optional<Integer> cc,
    Money unit,
    int quantity,
    Money amount,
    Optional<String> item,
    Optional<Text> name,
    List<Integer> covers,
    boolean from) {

  public QuoteLine {
    covers = dev.exoplan.domain.purchase.Covers.copyOf(covers); // runs, not a number each (issue 22)
  }

  /** A line that names no menu item (version 1 wording) and covers no listed sessions. */
  public QuoteLine(Kind kind, Optional<PhaseKind> phase, Optional<Course> course,
      Optional<Discount> discount, Optional<Integer> cc, Money unit, int quantity, Money amount) {
    this(kind, phase, course, discount, cc, unit, quantity, amount, Optional.empty(),
        Optional.empty(), List.of(), false);
  }

  /** What a line is. */
  public enum Kind {
    FIRST_VISIT("first-visit"),
    COURSE("course"),
    SESSION("session"),
    FEE("fee"),
    SURCHARGE("surcharge"), // issue 19: added for a group of patients, before discounts
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
        + "/" + course.map(Course::id).or(() -> discount.map(Discount::id)).or(() -> item)
            .orElse("");
  }
}
