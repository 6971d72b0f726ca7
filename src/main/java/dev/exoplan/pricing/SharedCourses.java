package dev.exoplan.pricing;

import dev.exoplan.domain.menu.Item;
import dev.exoplan.domain.menu.ItemCourse;
import dev.exoplan.domain.menu.Price;
import dev.exoplan.domain.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Issue 19, gap 5: a price list's {@code sharedCourses}, bound for {@link ClinicMenuBinder}. */
final class SharedCourses {
  private SharedCourses() {}

  /**
   * Issue 19, gap 5: {@code sharedCourses}, one course (one price) whose sessions may be of any of
   * its two or more items, each priced per session (not by steps); added to each item's courses.
   */
  static List<Item> add(List<Node> nodes, List<Item> items, List<String> itemIds,
      Function<Node, String> newId, Function<Node, Price> price,
      BiFunction<Node, List<String>, List<String>> refs) {
    List<Item> out = new ArrayList<>(items);
    for (Node n : nodes) {
      Fields f = Fields.open(n, "a shared course", "id", "name", "items", "sessions", "price",
          "member", "validMonths");
      String id = newId.apply(f.get("id"));
      Node itemsNode = f.get("items");
      List<String> named = refs.apply(itemsNode, itemIds);
      if (named.size() < 2) {
        throw new PricingException(itemsNode.at(), Message.of("data.course.shared.small"));
      }
      int[] sessions = ClinicSurcharges.sessions(f.get("sessions"));
      ItemCourse course = new ItemCourse(id, f.text("name"), sessions[1],
          price.apply(f.get("price")), f.find("member").map(price),
          f.find("validMonths").map(x -> Fields.integer(x, 1, ClinicMenuBinder.MAX_VALID_MONTHS)),
          Optional.empty(), sessions[0]);
      for (String ref : named) {
        int k = itemIds.indexOf(ref);
        Item i = out.get(k);
        if (i.byAmount()) {
          throw new PricingException(itemsNode.at(), Message.of("data.course.shared.stepped", ref));
        }
        List<ItemCourse> courses = new ArrayList<>(i.courses());
        courses.add(course);
        out.set(k, new Item(i.id(), i.name(), i.method(), i.standard(), i.unit(), i.price(),
            i.member(), i.perUnit(), i.steps(), i.trial(), courses, i.designatedService()));
      }
    }
    return out;
  }
}
