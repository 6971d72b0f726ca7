package dev.exoplan.domain.quote;

import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Method;

import dev.exoplan.domain.menu.Fee;
import dev.exoplan.domain.menu.Item;
import dev.exoplan.domain.menu.ItemCourse;
import dev.exoplan.domain.menu.Price;
import dev.exoplan.domain.menu.SetOffer;
import dev.exoplan.domain.menu.Unit;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a quote buys from a clinic's menu: the item (named, else the method's standard one; a set is
 * quoted as an item of its own), the amount per session for an item priced by volume or count, the
 * fees (mandatory ones and the add-ons asked for), and the item's prices against the market.
 */
public final class QuoteItems {
  private QuoteItems() {}

  public static Item item(Clinic clinic, Method method, Optional<String> id) {
    if (id.isEmpty()) {
      String priced = clinic.menu().items().stream().flatMap(i -> i.method().stream()).distinct()
          .sorted().map(Method::id).collect(Collectors.joining(", "));
      // issue 18: a list whose items are all of method none prices no method: never "it prices "
      return clinic.menu().standard(method).orElseThrow(() -> new DomainException(priced.isEmpty()
          ? Message.of("domain.quote.method.unpriced.none", clinic.id(), method.id(),
              String.join(", ", ids(clinic)))
          : Message.of("domain.quote.method.unpriced", clinic.id(), method.id(), priced)));
    }
    Optional<Item> found = clinic.menu().item(id.get())
        .or(() -> clinic.menu().sets().stream().filter(s -> s.id().equals(id.get())).findFirst()
            .map(s -> asItem(clinic, s)));
    Item item = found.orElseThrow(() -> new DomainException(Message.of("domain.item.unknown", id.get(),
        clinic.id(), String.join(", ", ids(clinic)))));
    if (item.method().isPresent() && item.method().get() != method) {
      throw new DomainException(Message.of("domain.item.method", item.id(),
          item.method().get().id(), method.id()));
    }
    return item;
  }

  private static List<String> ids(Clinic clinic) {
    List<String> ids = new ArrayList<>();
    clinic.menu().items().forEach(i -> ids.add(i.id()));
    clinic.menu().sets().forEach(s -> ids.add(s.id()));
    return ids;
  }

  /** A set, quoted like an item: one price per session, compared with its first item's method. */
  private static Item asItem(Clinic clinic, SetOffer s) {
    Optional<Method> method = clinic.menu().item(s.items().get(0)).flatMap(Item::method);
    return new Item(s.id(), Optional.of(s.name()), method, false, Optional.empty(),
        Optional.of(s.price()), s.member(), Optional.empty(), List.of(), Optional.empty(),
        List.of()); // issue 19: the set's member price, as an item's
  }

  static Optional<CountRange> amount(Clinic clinic, Item item, Optional<CountRange> cc,
      Optional<CountRange> dose) {
    if (cc.isPresent() && dose.isPresent()) {
      throw new DomainException(Message.of("domain.cc.and.dose"));
    }
    if (!item.byAmount()) {
      if (cc.isPresent()) {
        throw new DomainException(Message.of("domain.cc.not.applicable", clinic.id(), item.id()));
      }
      if (dose.isPresent()) {
        throw new DomainException(Message.of("domain.dose.not.applicable", clinic.id(), item.id()));
      }
      return Optional.empty();
    }
    Unit unit = item.unit().orElseThrow();
    String steps = item.steps().stream().map(s -> Integer.toString(s.amount()))
        .collect(Collectors.joining(", "));
    if (unit == Unit.CC && dose.isEmpty() && cc.isEmpty()) {
      throw new DomainException(steps.isEmpty()
          ? Message.of("domain.cc.missing", clinic.id(), item.id())
          : Message.of("domain.cc.missing.steps", clinic.id(), item.id(), steps));
    }
    if (unit == Unit.AMPOULE && dose.isEmpty()) {
      throw new DomainException(Message.of("domain.dose.missing", clinic.id(), item.id(), steps));
    }
    CountRange a = cc.or(() -> dose).orElseThrow();
    if (a.low() < 1) {
      throw new DomainException(Message.of("domain.amount.min", cc.isPresent() ? "--cc" : "--dose"));
    }
    return Optional.of(a);
  }

  public static List<Fee> fees(Clinic clinic, Item item, List<String> asked) {
    List<Fee> all = clinic.menu().fees();
    Map<String, String> amounts = AddOnAmounts.split(asked); // issue 19: ID, ID=2, ID=60min
    List<String> add = List.copyOf(amounts.keySet());
    for (String id : add) {
      Optional<Fee> f = all.stream().filter(x -> x.id().equals(id)).findFirst();
      if (f.isEmpty() || !f.get().appliesTo(item.id())) {
        throw new DomainException(all.stream().anyMatch(x -> !x.mandatory() && x.appliesTo(item.id()))
            ? Message.of("domain.addon.unknown", id, clinic.id(),
                all.stream().filter(x -> !x.mandatory() && x.appliesTo(item.id()))
                    .map(Fee::id).collect(Collectors.joining(", ")), item.id())
            : Message.of("domain.addon.unknown.none", id, clinic.id(), item.id()));
      }
    }
    return all.stream().filter(f -> f.appliesTo(item.id()))
        .filter(f -> f.mandatory() || add.contains(f.id()))
        .map(f -> AddOnAmounts.apply(f, amounts.getOrDefault(f.id(), ""))).toList();
  }
}
