package dev.exoplan.domain.menu;

import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.text.Text;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One item of a clinic's menu: a product, dose or device, compared with one market method or none.
 * Priced per session ({@code price}), per unit of volume ({@code perUnit}, version 1's per cc) or by
 * steps of volume or count ({@code steps}); optionally a member price, a trial price and courses.
 * {@code standard} marks the item a quote uses for its method when no item is named.
 * {@code designatedService} is the file's {@code designatedService: true|false}: whether the item is
 * a designated cosmetic medical service under the Act on Specified Commercial Transactions (issue
 * 23); empty when the file does not say.
 */
public record Item(String id, Optional<Text> name, Optional<Method> method, boolean standard,
    Optional<Unit> unit, Optional<Price> price, Optional<Price> member, Optional<Price> perUnit,
    List<Step> steps, Optional<Trial> trial, List<ItemCourse> courses,
    Optional<Boolean> designatedService) {

  /** An item whose file does not say whether it is a designated cosmetic service (issue 23). */
  public Item(String id, Optional<Text> name, Optional<Method> method, boolean standard,
      Optional<Unit> unit, Optional<Price> price, Optional<Price> member, Optional<Price> perUnit,
      List<Step> steps, Optional<Trial> trial, List<ItemCourse> courses) {
    this(id, name, method, standard, unit, price, member, perUnit, steps, trial, courses,
        Optional.empty());
  }

  public Item {
    steps = List.copyOf(steps);
    courses = List.copyOf(courses);
    int kinds = (price.isPresent() ? 1 : 0) + (perUnit.isPresent() ? 1 : 0) + (steps.isEmpty() ? 0 : 1);
    if (kinds != 1) {
      throw new DomainException(Message.of("domain.item.priced", id));
    }
    if (unit.isPresent() == price.isPresent()) {
      throw new DomainException(Message.of("domain.item.unit", id));
    }
  }

  public boolean byAmount() {
    return unit.isPresent();
  }

  /** The price of one session at {@code amount} (for an item priced by volume or count). */
  public Price session(Optional<Integer> amount, boolean asMember) {
    if (price.isPresent()) {
      return asMember && member.isPresent() ? member.get() : price.get();
    }
    int a = amount.orElseThrow(() -> new DomainException(Message.of("domain.item.amount", id)));
    if (perUnit.isPresent()) {
      Price p = asMember && member.isPresent() ? member.get() : perUnit.get();
      return new Price(p.amount().times(a), p.from());
    }
    for (Step s : steps) {
      if (s.amount() == a) {
        return asMember && s.member().isPresent() ? s.member().get() : s.price();
      }
    }
    throw new DomainException(Message.of("domain.item.no.step", id, a, unit.get().id(),
        steps.stream().map(s -> Integer.toString(s.amount())).collect(Collectors.joining(", "))));
  }

  /** The trial price, when it holds for this amount. */
  public Optional<Price> trialAt(Optional<Integer> amount) {
    return trialAt(amount, false);
  }

  /** The trial price a member (or not) pays, when it holds for this amount (issue 19). */
  public Optional<Price> trialAt(Optional<Integer> amount, boolean asMember) {
    return trial.filter(t -> t.amount().isEmpty() || t.amount().equals(amount))
        .map(t -> t.price(asMember));
  }

  /** The courses that hold for this amount. */
  public List<ItemCourse> coursesAt(Optional<Integer> amount) {
    return courses.stream().filter(c -> c.amount().isEmpty() || c.amount().equals(amount)).toList();
  }
}
