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
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.Amount;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Currency;
import dev.exoplan.domain.value.Method;

import dev.exoplan.domain.menu.Item;
import dev.exoplan.domain.menu.Menu;
import dev.exoplan.domain.menu.Step;
import dev.exoplan.domain.menu.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
      boolean member, LocalDate date, Optional<Amount.Dose> dose) {
    /** Without {@code --dose}. */
    public Request(PlanRequest plan, Optional<String> item, Optional<CountRange> cc,
        boolean member, LocalDate date) {
      this(plan, item, cc, member, date, Optional.empty());
    }

    /** The amount per session asked for, in cc ({@code --cc}) or the item's unit ({@code --dose}). */
    Optional<CountRange> amount() {
      return cc.or(() -> dose.map(Amount.Dose::amount));
    }
  }

  public static ClinicComparison compare(Catalog catalog, Request r,
      List<ClinicComparison.Loaded> lists) {
    Builder b = new Builder(catalog, r);
    lists.forEach(b::add);
    return b.build();
  }

  /**
   * The comparison built one list at a time, in the order given, so that a list can be dropped as
   * soon as it is added (issue 22: {@code clinics} memory flat in the number of lists). Of the lists
   * with one clinic id, the one in force on the date (the latest effective date on or before it; on
   * a tie the one added last) is the one priced: each list that is in force and as recent as the
   * one chosen so far is priced when added and replaces it, keeping only its outcome (a row holding
   * no more of the list than the report reads, or why it is excluded). A clinic whose every list
   * takes effect later is excluded, saying when. {@link #build} then applies, in the order the ids
   * first came, what depends on the other clinics (the currency of the first clinic that quotes).
   */
  public static final class Builder {
    private final Catalog catalog;
    private final Request r;
    private final Map<String, Seen> byId = new LinkedHashMap<>();
    private final Map<String, Integer> order = new HashMap<>();

    public Builder(Catalog catalog, Request r) {
      this.catalog = catalog;
      this.r = r;
    }

    /** Adds a list; it is not kept. */
    public void add(ClinicComparison.Loaded l) {
      order.putIfAbsent(l.file(), order.size());
      Clinic clinic = l.clinic();
      Seen seen = byId.computeIfAbsent(clinic.id(), k -> new Seen(l.file(), clinic.name()));
      Optional<LocalDate> eff = clinic.menu().effective();
      if (eff.isPresent() && eff.get().isAfter(r.date())) {
        seen.earliest = eff.get().isBefore(seen.earliest) ? eff.get() : seen.earliest;
        return;
      }
      LocalDate mine = eff.orElse(LocalDate.MIN);
      if (seen.chosen == null || !mine.isBefore(seen.effective)) {
        seen.chosen = price(l);
        seen.effective = mine;
      }
    }

    private Outcome price(ClinicComparison.Loaded l) {
      Clinic clinic = l.clinic();
      Who as = new Who(clinic.id(), clinic.name(), l.file(), clinic.currency());
      Optional<Message> reason = reason(clinic, r);
      if (reason.isPresent()) {
        return new Outcome(as, reason, Optional.empty(), Optional.empty(), Optional.empty());
      }
      Item item;
      try {
        item = QuoteItems.item(clinic, r.plan().method(), r.item());
      } catch (DomainException e) {
        // a failure of the run, thrown by build() where it counts (after the currency check)
        return new Outcome(as, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.of(e));
      }
      try {
        Quote q = Quotes.quote(catalog.with(l.table()), new QuoteRequest(r.plan(),
            Optional.of(clinic.id()), "", Optional.empty(), r.date(), Optional.of(clinic.id()),
            item.byAmount() ? r.cc() : Optional.empty(), List.of(), List.of(), r.item(),
            item.byAmount() ? r.dose().map(Amount.Dose::amount) : Optional.empty(), r.member(),
            List.of()));
        return new Outcome(as, Optional.empty(),
            Optional.of(new ClinicComparison.Row(l.file(), slim(q))), Optional.empty(),
            Optional.empty());
      } catch (DomainException e) {
        return new Outcome(as, Optional.empty(), Optional.empty(),
            Optional.of(e.message()
                .orElseGet(() -> Message.of("clinics.excluded.other", e.getMessage()))),
            Optional.empty());
      }
    }

    public ClinicComparison build() {
      Plan shape = Planner.plan(catalog, r.plan());
      List<ClinicComparison.Row> rows = new ArrayList<>();
      List<ClinicComparison.Excluded> excluded = new ArrayList<>();
      Optional<Currency> currency = Optional.empty();
      for (Map.Entry<String, Seen> e : byId.entrySet()) {
        Seen seen = e.getValue();
        Outcome o = seen.chosen;
        if (o == null) {
          excluded.add(new ClinicComparison.Excluded(e.getKey(), seen.name, seen.file,
              Message.of("clinics.excluded.not-yet", seen.earliest, r.date())));
        } else if (o.reason().isPresent()) {
          excluded.add(o.as(o.reason().get()));
        } else if (currency.isPresent() && !currency.get().equals(o.who().currency())) {
          excluded.add(o.as(Message.of("clinics.excluded.currency",
              o.who().currency().getCurrencyCode(), currency.get().getCurrencyCode())));
        } else if (o.fatal().isPresent()) {
          throw o.fatal().get();
        } else if (o.failed().isPresent()) {
          excluded.add(o.as(o.failed().get()));
        } else {
          rows.add(o.row().get());
          currency = Optional.of(o.who().currency());
        }
      }
      // A plain lambda, not Comparator.comparing: the JDK's comparators are serializable lambdas,
      // which the start-up archive cannot hold, so each is spun at its first use (bench/startup.py).
      excluded.sort((a, b) -> Integer.compare(order.get(a.file()), order.get(b.file())));
      rows.sort((a, b) -> {
        int c = a.high().compareTo(b.high());
        if (c == 0) {
          c = a.low().compareTo(b.low());
        }
        return c != 0 ? c : a.clinic().id().compareTo(b.clinic().id());
      });
      return new ClinicComparison(r.plan().method(), r.item(), r.cc(), r.member(), r.date(),
          shape, rows, excluded, r.dose().map(Amount.Dose::amount));
    }
  }

  /** What is kept of one clinic id's lists: the first one's file and name, and the one chosen. */
  private static final class Seen {
    final String file;
    final Text name;
    LocalDate earliest = LocalDate.MAX;
    Outcome chosen;
    LocalDate effective;

    Seen(String file, Text name) {
      this.file = file;
      this.name = name;
    }
  }

  /** The list priced: its clinic id, name, file and currency. */
  private record Who(String id, Text name, String file, Currency currency) {}

  /**
   * A priced list: why it cannot quote the plan, found before pricing ({@code reason}); else its
   * row, or why its quote failed ({@code failed}), or the failure that ends the run ({@code fatal}):
   * these three only count when its currency is the first quoting clinic's.
   */
  private record Outcome(Who who, Optional<Message> reason, Optional<ClinicComparison.Row> row,
      Optional<Message> failed, Optional<DomainException> fatal) {
    ClinicComparison.Excluded as(Message why) {
      return new ClinicComparison.Excluded(who.id(), who.name(), who.file(), why);
    }
  }

  /**
   * The quote with only as much of the clinic's list as a comparison row reads: its own fields, the
   * quoted item and the fees it bought (which {@link ClinicComparison.Row#fees} finds again), not
   * the rest of the menu, which a list of 1 MiB may fill with thousands of items.
   */
  static Quote slim(Quote q) {
    Clinic c = q.clinic();
    Menu m = c.menu();
    Menu menu = new Menu(m.item(q.item().id()).map(List::of).orElse(List.of()),
        QuoteItems.fees(c, q.item(), List.of()), List.of(), m.taxBasis(), m.effective(),
        m.surcharges(), m.loans());
    Clinic slim = new Clinic(c.id(), c.name(),
        c.address(), c.phone(), c.example(), c.currency(), c.taxIncluded(), c.taxRatePercent(),
        c.rounding(), c.quoteValidityDays(), c.prices(), c.courses(q.method()), c.discounts(), menu,
        c.registration());
    return new Quote(slim, q.number(), q.patient(), q.counselor(), q.issued(), q.validUntil(),
        q.method(), q.item(), q.member(), q.plan(), q.cc(), q.full(), q.minimum(), q.checks(),
        q.flagged(), q.checklist(), q.disclosures(), q.survey());
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
            : priced.isEmpty() // issue 18: every item of method none: no empty "it prices"
                ? Message.of("clinics.excluded.no-method.none", method)
                : Message.of("clinics.excluded.no-method", method, priced));
      }
      item = standard.get();
    }
    if (!item.byAmount()) {
      return Optional.empty();
    }
    String steps = item.steps().stream().map(s -> Integer.toString(s.amount()))
        .collect(Collectors.joining(", "));
    Unit unit = item.unit().orElseThrow();
    if (unit == Unit.AMPOULE && r.dose().isEmpty()) {
      // issue 19: --dose prices it, as quote does; before, such a clinic was always excluded
      return Optional.of(Message.of("clinics.excluded.by-ampoule", item.id(), steps));
    }
    if (r.amount().isEmpty()) {
      return Optional.of(Message.of("clinics.excluded.needs-cc", item.id(),
          steps.isEmpty() ? "-" : steps));
    }
    if (r.dose().isPresent()) {
      try {
        r.dose().get().checkUnit(unit.id(), clinic.id(), item.id()); // --dose 2cc, by the ampoule
      } catch (DomainException e) {
        return e.message();
      }
    }
    if (unit == Unit.AMPOULE && r.cc().isPresent()) {
      return Optional.of(Message.of("clinics.excluded.by-ampoule", item.id(), steps));
    }
    if (!item.steps().isEmpty()) {
      for (int a : new int[] {r.amount().get().low(), r.amount().get().high()}) {
        if (item.steps().stream().map(Step::amount).noneMatch(x -> x == a)) {
          return Optional.of(Message.of(unit == Unit.AMPOULE ? "clinics.excluded.no-step.ampoule"
              : "clinics.excluded.no-step", item.id(), a, steps));
        }
      }
    }
    return Optional.empty();
  }
}
