package dev.exoplan.pricing;

import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.text.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The clinic price lists read together in one run (the {@code --pricing} layers, or the files of
 * {@code clinics}): two lists of one clinic id are told apart by their {@code effective} dates, so a
 * second list with the same id and the same date, or with neither dated, is refused at its id,
 * naming the first (issue 22). Before, the one given last won without a word.
 */
final class SameClinic {
  private record Seen(Position at, Optional<LocalDate> effective) {}

  private final Map<String, List<Seen>> seen = new HashMap<>();

  /** Remembers {@code table}'s clinic list, written with its id at {@code idAt}. */
  void add(PriceTable table, Position idAt) {
    if (table.clinic().isEmpty()) {
      return;
    }
    Clinic c = table.clinic().get();
    Optional<LocalDate> effective = c.menu().effective();
    List<Seen> lists = seen.computeIfAbsent(c.id(), k -> new ArrayList<>());
    for (Seen s : lists) {
      if (s.effective().equals(effective)) {
        throw new PricingException(idAt, effective.isPresent()
            ? Message.of("data.clinic.same.dated", c.id(), s.at().toString(),
                effective.get())
            : Message.of("data.clinic.same.undated", c.id(), s.at().toString()));
      }
    }
    lists.add(new Seen(idAt, effective));
  }

  /** Where a bound table's root mapping writes its id (the root itself if it has none). */
  static Position idAt(Node root) {
    if (root instanceof Node.Obj o && o.fields().get("id") != null) {
      return o.fields().get("id").at();
    }
    return root.at();
  }
}
