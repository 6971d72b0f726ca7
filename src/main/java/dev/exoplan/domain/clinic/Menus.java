package dev.exoplan.domain.clinic;

import dev.exoplan.domain.value.Method;

import dev.exoplan.domain.menu.Item;
import dev.exoplan.domain.menu.ItemCourse;
import dev.exoplan.domain.menu.Menu;
import dev.exoplan.domain.menu.Price;
import dev.exoplan.domain.menu.TaxBasis;
import dev.exoplan.domain.menu.Trial;
import dev.exoplan.domain.menu.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a version 1 price list (a price per method, courses per method) as a menu. */
final class Menus {
  private Menus() {}

  static Menu fromV1(Map<Method, ClinicPrice> prices, List<Course> courses, boolean taxIncluded) {
    List<Item> items = new ArrayList<>();
    for (Method m : Method.values()) {
      ClinicPrice p = prices.get(m);
      if (p == null) {
        continue;
      }
      List<ItemCourse> its = courses.stream().filter(c -> c.method() == m)
          .map(c -> new ItemCourse(c.id(), c.name(), c.sessions(), Price.of(c.price()),
              Optional.empty(), Optional.empty(), Optional.empty()))
          .toList();
      items.add(new Item(m.id(), Optional.empty(), Optional.of(m), true,
          p.byVolume() ? Optional.of(Unit.CC) : Optional.empty(),
          p.perSession().map(Price::of), Optional.empty(), p.perCc().map(Price::of), List.of(),
          p.firstVisit().map(f -> new Trial(Optional.empty(), Price.of(f))), its));
    }
    return new Menu(items, List.of(), List.of(),
        taxIncluded ? TaxBasis.INCLUDED : TaxBasis.EXCLUDED, Optional.empty());
  }
}
