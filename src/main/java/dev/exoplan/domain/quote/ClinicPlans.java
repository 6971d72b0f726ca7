package dev.exoplan.domain.quote;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.clinic.ClinicLists;
import dev.exoplan.domain.plan.Phase;
import dev.exoplan.domain.value.PhaseKind;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.plan.PlanSessions;
import dev.exoplan.domain.plan.PriceChoice;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.MoneyRange;
import dev.exoplan.domain.value.TypicalBasis;

import dev.exoplan.domain.menu.Fee;
import dev.exoplan.domain.menu.Item;
import dev.exoplan.domain.menu.TaxBasis;
import dev.exoplan.domain.purchase.Bought;
import dev.exoplan.domain.purchase.Offer;
import dev.exoplan.domain.purchase.Purchase;
import dev.exoplan.domain.purchase.Sessions;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code plan} at a clinic, priced by the same purchase planner as {@code quote}, so the two agree:
 * a plan whose price comes from a clinic's list gets, for each phase, what is paid in it in the
 * cheapest purchase of the minimum plan (low) and of the full plan (high), mandatory fees included,
 * before discounts, with the consumption tax added for a tax-excluded list (issue 18: every total a
 * patient reads includes tax); typical is the middle. Other plans are returned as they are.
 */
public final class ClinicPlans {
  private ClinicPlans() {}

  public static Plan reprice(Catalog catalog, Plan plan, LocalDate today) {
    return reprice(catalog, plan, today, Optional.empty());
  }

  /**
   * The same at an item priced by steps, at {@code amount} per session (issue 18, plan --cc and
   * --dose): the minimum plan at its low step, the full plan at its high one, as quote buys them.
   */
  public static Plan reprice(Catalog catalog, Plan plan, LocalDate today,
      Optional<CountRange> amount) {
    if (plan.price().origin() != PriceChoice.Origin.CLINIC || plan.price().clinic().isEmpty()) {
      return plan;
    }
    String id = plan.price().clinic().get().id();
    Clinic clinic = ClinicLists.inForce(catalog.clinicLists(), today, Optional.of(id)).stream()
        .filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    Item item = QuoteItems.item(clinic, plan.method(), Optional.empty());
    if (item.byAmount() && amount.isEmpty()) {
      return plan;
    }
    List<Fee> fees = QuoteItems.fees(clinic, item, List.of());
    ClinicPricing.Choice lowChoice = new ClinicPricing.Choice(clinic, item,
        amount.map(CountRange::low), false, fees, List.of());
    ClinicPricing.Choice highChoice = new ClinicPricing.Choice(clinic, item,
        amount.map(CountRange::high), false, fees, List.of());
    LocalDate first = plan.start().orElse(today);
    QuoteScenario low = ClinicPricing.scenario(lowChoice, plan, false, first);
    QuoteScenario high = ClinicPricing.scenario(highChoice, plan, true, first);
    Sessions lowSessions = PlanSessions.of(plan, false, first);
    Sessions highSessions = PlanSessions.of(plan, true, first);
    Money zero = Money.zero(clinic.currency());
    MoneyRange total = new MoneyRange(zero, zero, zero, TypicalBasis.PURCHASE);
    List<Phase> phases = new ArrayList<>();
    for (Phase ph : plan.phases()) {
      Money l = paidIn(low.purchase(), lowSessions, ph.kind(), zero);
      Money h = paidIn(high.purchase(), highSessions, ph.kind(), zero);
      Money typical = l.plus(h).times(1, 2, RoundingMode.DOWN);
      MoneyRange cost = new MoneyRange(Money.min(l, h), typical, Money.max(l, h),
          TypicalBasis.PURCHASE);
      phases.add(new Phase(ph.kind(), ph.sessions(), ph.sessionsBasis(), ph.every(),
          ph.windowMonths(), ph.fromMonth(), ph.unitPrice(), cost));
      total = new MoneyRange(total.low().plus(cost.low()), total.typical().plus(cost.typical()),
          total.high().plus(cost.high()), TypicalBasis.PURCHASE);
    }
    Optional<MoneyRange> third = Optional.empty();
    Optional<Money> lowThird = low.purchase().paidByThird();
    Optional<Money> highThird = high.purchase().paidByThird();
    if (lowThird.isPresent() && highThird.isPresent()) {
      Money a = Money.min(lowThird.get(), highThird.get());
      Money b = Money.max(lowThird.get(), highThird.get());
      third = Optional.of(new MoneyRange(a, a.plus(b).times(1, 2, RoundingMode.DOWN), b,
          a.equals(b) ? TypicalBasis.FIXED : TypicalBasis.PURCHASE));
    }
    if (clinic.taxBasis() == TaxBasis.EXCLUDED) {
      return withTax(clinic, plan, phases, total, third);
    }
    return new Plan(plan.method(), plan.protocol(), plan.price(), phases, plan.sessions(), total,
        plan.start(), plan.schedule(), third);
  }

  /**
   * Issue 18, one tax rule (docs/tax.md): a tax-excluded list's plan is shown with the consumption
   * tax added, as its quote's total is: the total's low and high with tax computed once on the whole
   * (as the quote computes it), each phase but the last with its own tax added and the last phase
   * the rest, so that the phases still add up to the total; the per-session price and what is paid
   * by the 3rd session with tax added too. The plan then states tax included.
   */
  private static Plan withTax(Clinic clinic, Plan plan, List<Phase> phases, MoneyRange total,
      Optional<MoneyRange> third) {
    Money low = PatientAmounts.shown(clinic, total.low());
    Money high = PatientAmounts.shown(clinic, total.high());
    MoneyRange t = new MoneyRange(low, low.plus(high).times(1, 2, RoundingMode.DOWN), high,
        total.basis());
    List<Phase> out = new ArrayList<>();
    Money restLow = t.low();
    Money restHigh = t.high();
    int last = -1;
    for (int i = 0; i < phases.size(); i++) {
      if (!phases.get(i).cost().high().isZero() || !phases.get(i).cost().low().isZero()) {
        last = i;
      }
    }
    for (int i = 0; i < phases.size(); i++) {
      Phase ph = phases.get(i);
      Money l = i == last ? restLow : PatientAmounts.shown(clinic, ph.cost().low());
      Money h = i == last ? restHigh : PatientAmounts.shown(clinic, ph.cost().high());
      restLow = restLow.minus(l);
      restHigh = restHigh.minus(h);
      MoneyRange cost = new MoneyRange(Money.min(l, h), l.plus(h).times(1, 2, RoundingMode.DOWN),
          Money.max(l, h), ph.cost().basis());
      out.add(new Phase(ph.kind(), ph.sessions(), ph.sessionsBasis(), ph.every(),
          ph.windowMonths(), ph.fromMonth(), shown(clinic, ph.unitPrice()), cost));
    }
    PriceChoice p = plan.price();
    PriceChoice price = new PriceChoice(shown(clinic, p.perSession()), true, p.origin(),
        p.sourceIds(), p.clinic());
    return new Plan(plan.method(), plan.protocol(), price, out, plan.sessions(), t, plan.start(),
        plan.schedule(), third.map(x -> shown(clinic, x)));
  }

  private static MoneyRange shown(Clinic clinic, MoneyRange r) {
    return new MoneyRange(PatientAmounts.shown(clinic, r.low()),
        PatientAmounts.shown(clinic, r.typical()), PatientAmounts.shown(clinic, r.high()),
        r.basis());
  }

  /**
   * What is paid during the sessions of one phase, in the order paid; the fees per visit as the
   * planner hands them over, without an object each (issue 22).
   */
  private static Money paidIn(Purchase p, Sessions s, PhaseKind kind, Money zero) {
    Money[] sum = {zero};
    p.forEach(new Purchase.Items() {
      @Override
      public void bought(Bought b) {
        add(b.paidAt(), b.price());
      }

      @Override
      public void fee(Offer.FeeOffer f, int session) {
        add(session, f.price());
      }

      private void add(int paidAt, Money price) {
        if (s.visits().get(paidAt - 1).phase() == kind) {
          sum[0] = sum[0].plus(price);
        }
      }
    });
    return sum[0];
  }
}
