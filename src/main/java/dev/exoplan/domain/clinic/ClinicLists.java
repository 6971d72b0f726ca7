package dev.exoplan.domain.clinic;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which of a clinic's price lists is in force on a date: of the lists with the same clinic id, the
 * one with the latest {@code effective} date on or before it (a list without one counts as in force
 * from the start; on a tie the one loaded last, which the loaders no longer let happen: two lists
 * of one id with the same date, or neither dated, are refused there, issue 22). A clinic whose
 * every list takes effect later is an
 * error that says when (for the clinic asked for, or for any when none is named).
 */
public final class ClinicLists {
  private ClinicLists() {}

  public static List<Clinic> inForce(List<Clinic> lists, LocalDate on, Optional<String> only) {
    Map<String, Optional<Clinic>> chosen = new LinkedHashMap<>();
    Map<String, LocalDate> earliest = new LinkedHashMap<>();
    for (Clinic c : lists) {
      Optional<LocalDate> eff = c.menu().effective();
      chosen.putIfAbsent(c.id(), Optional.empty());
      if (eff.isPresent() && eff.get().isAfter(on)) {
        earliest.merge(c.id(), eff.get(), (a, b) -> a.isBefore(b) ? a : b);
        continue;
      }
      Optional<Clinic> old = chosen.get(c.id());
      LocalDate mine = eff.orElse(LocalDate.MIN);
      if (old.isEmpty() || !mine.isBefore(old.get().menu().effective().orElse(LocalDate.MIN))) {
        chosen.put(c.id(), Optional.of(c));
      }
    }
    List<Clinic> out = new ArrayList<>();
    for (Map.Entry<String, Optional<Clinic>> e : chosen.entrySet()) {
      if (e.getValue().isPresent()) {
        out.add(e.getValue().get());
      } else if (only.isEmpty() || only.get().equals(e.getKey())) {
        throw new DomainException(Message.of("domain.list.not.in.force", e.getKey(),
            earliest.get(e.getKey()), on));
      }
    }
    return out;
  }
}
