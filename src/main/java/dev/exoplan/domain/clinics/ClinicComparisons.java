package dev.exoplan.domain.clinics;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.plan.Planner;
import dev.exoplan.domain.quote.Quote;
import dev.exoplan.domain.quote.QuoteItems;
import dev.exoplan.domain.quote.QuoteRequest;
import dev.exoplan.domain.quote.Quotes;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Currency;
import dev.exoplan.domain.value.Method;

import dev.exoplan.domain.menu.Item;
import dev.exoplan.domain.menu.Step;
import dev.exoplan.domain.menu.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Prices one plan at every clinic given ({@code exoplan clinics}). Each clinic is quoted as
 * {@code quote} would quote it on {@code date} (the list in force then, its standard item for the
 * method or {@code --item}, mandatory fees, automatic discounts, tax once per quote), so the two
 * agree. A clinic that cannot quote the plan is listed with the reason, never dropped: no item for
 * the method, no step for the volume, a list not yet in force, another currency than the first
 * clinic that quotes.
 */
public final class ClinicComparisons {
  private ClinicComparisons() {}

  /** What is compared: the plan (its price comes from each clinic), item, volume, member prices. */
  public record Request(PlanRequest plan, Optional<String> item, Optional<CountRange> cc,
      boolean member, LocalDate date) {}

  public static ClinicComparison compare(Catalog catalog, Request r,
      List<ClinicComparison.Loaded> lists) {
    Plan shape = Planner.plan(catalog, r.plan());
    List<ClinicComparison.Row> rows = new ArrayList<>();
    List<ClinicComparison.Excluded> excluded = new ArrayList<>();
    Optional<Currency> currency = Optional.empty();
    for (ClinicComparison.Loaded l : inForce(lists, r.date(), excluded)) {
      Clinic clinic = l.clinic();
      Optional<Message> reason = reason(clinic, r);
      if (reason.isPresent()) {
        excluded.add(excluded(l, reason.get()));
        continue;
      }
      if (currency.isPresent() && !currency.get().equals(clinic.currency())) {
        excluded.add(excluded(l, Message.of("clinics.excluded.currency",
            clinic.currency().getCurrencyCode(), currency.get().getCurrencyCode())));
        continue;
      }
      Item item = QuoteItems.item(clinic, r.plan().method(), r.item());
      try {
        Quote q = Quotes.quote(catalog.with(l.table()), new QuoteRequest(r.plan(),
            Optional.of(clinic.id()), "", Optional.empty(), r.date(), Optional.of(clinic.id()),
            item.byAmount() ? r.cc() : Optional.empty(), List.of(), List.of(), r.item(),
            Optional.empty(), r.member(), List.of()));
        rows.add(new ClinicComparison.Row(l.file(), q));
        currency = Optional.of(clinic.currency());
      } catch (DomainException e) {
        excluded.add(excluded(l, e.message()
            .orElseGet(() -> Message.of("clinics.excluded.other", e.getMessage()))));
      }
    }
    List<String> order = lists.stream().map(ClinicComparison.Loaded::file).toList();
    excluded.sort(Comparator.comparingInt(e -> order.indexOf(e.file())));
    rows.sort(Comparator.comparing(ClinicComparison.Row::high)
        .thenComparing(ClinicComparison.Row::low)
        .thenComparing(x -> x.clinic().id()));
    return new ClinicComparison(r.plan().method(), r.item(), r.cc(), r.member(), r.date(), shape,
        rows, excluded);
  }

  private static ClinicComparison.Excluded excluded(ClinicComparison.Loaded l, Message reason) {
    return new ClinicComparison.Excluded(l.clinic().id(), l.clinic().name(), l.file(), reason);
  }

  /**
   * Of the lists with one clinic id, the one in force on {@code date} (the latest effective date on
   * or before it; on a tie the one given last); a clinic whose every list takes effect later is
   * excluded, saying when.
   */
  static List<ClinicComparison.Loaded> inForce(List<ClinicComparison.Loaded> lists,
      LocalDate date, List<ClinicComparison.Excluded> excluded) {
    Map<String, List<ClinicComparison.Loaded>> byId = new LinkedHashMap<>();
    for (ClinicComparison.Loaded l : lists) {
      byId.computeIfAbsent(l.clinic().id(), k -> new ArrayList<>()).add(l);
    }
    List<ClinicComparison.Loaded> out = new ArrayList<>();
    for (List<ClinicComparison.Loaded> same : byId.values()) {
      Optional<ClinicComparison.Loaded> chosen = Optional.empty();
      LocalDate earliest = LocalDate.MAX;
      for (ClinicComparison.Loaded l : same) {
        Optional<LocalDate> eff = l.clinic().menu().effective();
        if (eff.isPresent() && eff.get().isAfter(date)) {
          earliest = eff.get().isBefore(earliest) ? eff.get() : earliest;
          continue;
        }
        LocalDate mine = eff.orElse(LocalDate.MIN);
        if (chosen.isEmpty()
            || !mine.isBefore(chosen.get().clinic().menu().effective().orElse(LocalDate.MIN))) {
          chosen = Optional.of(l);
        }
      }
      if (chosen.isPresent()) {
        out.add(chosen.get());
      } else {
        excluded.add(excluded(same.get(0),
            Message.of("clinics.excluded.not-yet", earliest.toString(), date.toString())));
      }
    }
    return out;
  }

  /** Why this clinic cannot quote the plan, when it cannot: said before any pricing is tried. */
  static Optional<Message> reason(Clinic clinic, Request r) {
    Method method = r.plan().method();
    String priced = clinic.menu().items().stream().flatMap(i -> i.method().stream()).distinct()
        .sorted().map(Method::id).collect(Collectors.joining(", "));
    Item item;
    if (r.item().isPresent()) {
      String id = r.item().get();
      Optional<Item> found = clinic.menu().item(id);
      boolean set = clinic.menu().sets().stream().anyMatch(s -> s.id().equals(id));
      if (found.isEmpty() && !set) {
        return Optional.of(Message.of("clinics.excluded.no-such-item", id));
      }
      if (found.isEmpty()) {
        return Optional.empty(); // a set: quoted as an item of its own
      }
      item = found.get();
      if (item.method().isPresent() && item.method().get() != method) {
        return Optional.of(Message.of("clinics.excluded.item-method", id, item.method().get()));
      }
    } else {
      Optional<Item> standard = clinic.menu().standard(method);
      if (standard.isEmpty()) {
        boolean several = clinic.menu().items().stream()
            .anyMatch(i -> i.method().equals(Optional.of(method)));
        return Optional.of(several ? Message.of("clinics.excluded.no-standard", method)
            : Message.of("clinics.excluded.no-method", method, priced.isEmpty() ? "-" : priced));
      }
      item = standard.get();
    }
    if (!item.byAmount()) {
      return Optional.empty();
    }
    String steps = item.steps().stream().map(s -> Integer.toString(s.amount()))
        .collect(Collectors.joining(", "));
    if (item.unit().orElseThrow() == Unit.AMPOULE) {
      return Optional.of(Message.of("clinics.excluded.by-ampoule", item.id(), steps));
    }
    if (r.cc().isEmpty()) {
      return Optional.of(Message.of("clinics.excluded.needs-cc", item.id(),
          steps.isEmpty() ? "-" : steps));
    }
    if (!item.steps().isEmpty()) {
      for (int a : new int[] {r.cc().get().low(), r.cc().get().high()}) {
        if (item.steps().stream().map(Step::amount).noneMatch(x -> x == a)) {
          return Optional.of(Message.of("clinics.excluded.no-step", item.id(), a, steps));
        }
      }
    }
    return Optional.empty();
  }
}
