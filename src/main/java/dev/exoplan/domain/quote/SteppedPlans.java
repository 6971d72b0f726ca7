package dev.exoplan.domain.quote;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.clinic.ClinicLists;
import dev.exoplan.domain.menu.Item;
import dev.exoplan.domain.menu.Unit;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.plan.Planner;
import dev.exoplan.domain.plan.PriceChoice;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.MoneyRange;
import dev.exoplan.domain.value.TypicalBasis;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Issue 18: {@code plan} at a clinic whose item for the method is priced by steps (per cc or per
 * ampoule), as {@code quote} prices it: with {@code --cc} or {@code --dose} the plan is bought at
 * the step's prices by the same purchase planner (courses of that step, trial price, fees, tax as
 * the list states it); without them the plan cannot be priced at the clinic, and says why (the
 * market prices are used, never silently). {@code --cc}/{@code --dose} with no clinic list that
 * prices the method by steps is an error, as in {@code quote}.
 */
public final class SteppedPlans {
  private SteppedPlans() {}

  /** The plan, and why it is not priced at the clinic list loaded, when it is not. */
  public record Priced(Plan plan, Optional<Message> why) {}

  /**
   * The plan; {@code today} is asked only when a clinic's list is to be chosen by date (reading
   * the clock loads the time-zone data, 6 ms of a plan's start-up without --pricing: issue 21).
   */
  public static Priced plan(Catalog catalog, PlanRequest request, Optional<CountRange> cc,
      Optional<CountRange> dose, Supplier<LocalDate> today) {
    boolean asked = cc.isPresent() || dose.isPresent();
    Optional<Clinic> stepped = request.price().isPresent() || request.sourceId().isPresent()
        ? Optional.empty() : stepped(catalog, request, today);
    if (stepped.isEmpty()) {
      Plan plan = Planner.plan(catalog, request);
      if (asked) {
        if (plan.price().clinic().isPresent()) { // priced per session: --cc does not apply
          Clinic c = plan.price().clinic().get();
          QuoteItems.amount(c, QuoteItems.item(c, request.method(), Optional.empty()), cc, dose);
        }
        throw new DomainException(Message.of("plan.amount.no.clinic",
            cc.isPresent() ? "--cc" : "--dose", request.method()));
      }
      return onRequest(plan.price().clinic().isEmpty() ? plan
          : ClinicPlans.reprice(catalog, plan, today.get()));
    }
    Clinic clinic = stepped.get();
    Item item = QuoteItems.item(clinic, request.method(), Optional.empty());
    if (!asked) {
      String steps = item.steps().stream().map(s -> Integer.toString(s.amount()))
          .collect(Collectors.joining(", "));
      boolean byCc = item.unit().orElseThrow() == Unit.CC;
      return new Priced(Planner.plan(catalog, request), Optional.of(Message.of(
          byCc ? "plan.clinic.needs.cc" : "plan.clinic.needs.dose", clinic.id(), item.id(),
          steps.isEmpty() ? "-" : steps)));
    }
    CountRange amount = QuoteItems.amount(clinic, item, cc, dose).orElseThrow();
    Money low = item.session(Optional.of(amount.low()), false).amount();
    Money high = item.session(Optional.of(amount.high()), false).amount();
    MoneyRange unit = new MoneyRange(Money.min(low, high),
        low.plus(high).times(1, 2, RoundingMode.DOWN), Money.max(low, high),
        low.equals(high) ? TypicalBasis.FIXED : TypicalBasis.MIDPOINT);
    PriceChoice price = new PriceChoice(unit, clinic.taxIncluded(), PriceChoice.Origin.CLINIC,
        List.of(), Optional.of(clinic));
    Plan plan = Planner.plan(catalog, request, Optional.of(price));
    return onRequest(ClinicPlans.reprice(catalog, plan, today.get(), Optional.of(amount)));
  }

  /**
   * Issue 19: a plan priced at a clinic with mandatory fees on request (要問合せ) says that its
   * figures exclude them, naming them (never a figure for them).
   */
  private static Priced onRequest(Plan plan) {
    Optional<Clinic> clinic = plan.price().origin() == PriceChoice.Origin.CLINIC
        ? plan.price().clinic() : Optional.empty();
    if (clinic.isEmpty()) {
      return new Priced(plan, Optional.empty());
    }
    Optional<Item> item = clinic.get().menu().standard(plan.method());
    List<dev.exoplan.domain.menu.Fee> asked = item.isEmpty() ? List.of()
        : QuoteItems.fees(clinic.get(), item.get(), List.of()).stream()
            .filter(dev.exoplan.domain.menu.Fee::onRequest).toList();
    if (asked.isEmpty()) {
      return new Priced(plan, Optional.empty());
    }
    return new Priced(plan, Optional.of(Message.of("plan.clinic.on.request", clinic.get().id(),
        dev.exoplan.domain.text.Listing.of(asked.stream().map(f -> f.id()).toList()))));
  }

  /**
   * The clinic list plan would price at (the last loaded with an item for the method, as
   * {@link Planner#selectPrice} picks it), when that item is priced by steps.
   */
  private static Optional<Clinic> stepped(Catalog catalog, PlanRequest request,
      Supplier<LocalDate> today) {
    List<Clinic> clinics = catalog.clinics();
    for (int i = clinics.size() - 1; i >= 0; i--) {
      Clinic c = clinics.get(i);
      if (c.price(request.method()).isPresent()) {
        return Optional.empty();
      }
      Optional<Item> item = c.menu().standard(request.method());
      if (item.isPresent() && item.get().byAmount()) {
        return ClinicLists.inForce(catalog.clinicLists(), today.get(), Optional.of(c.id())).stream()
            .filter(x -> x.id().equals(c.id())).findFirst();
      }
    }
    return Optional.empty();
  }
}
