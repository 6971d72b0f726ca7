package dev.exoplan.domain.quote;

import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.clinic.Course;
import dev.exoplan.domain.clinic.Discount;
import dev.exoplan.domain.value.PhaseKind;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.plan.PlanSessions;
import dev.exoplan.domain.value.Money;

import dev.exoplan.domain.menu.Fee;
import dev.exoplan.domain.menu.Item;
import dev.exoplan.domain.menu.ItemCourse;
import dev.exoplan.domain.menu.Price;
import dev.exoplan.domain.menu.TaxBasis;
import dev.exoplan.domain.purchase.Bought;
import dev.exoplan.domain.purchase.Offer;
import dev.exoplan.domain.purchase.Purchase;
import dev.exoplan.domain.purchase.PurchasePlanner;
import dev.exoplan.domain.purchase.Sessions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prices a plan at a clinic through the one purchase planner, into a {@link QuoteScenario}: what
 * {@code quote} prints and what {@code plan --pricing CLINIC} totals, so the two agree. Lines are
 * grouped by what was bought and the phase it was bought for (a course that spans phases has
 * none); then discounts and tax as {@link Quotes} describes.
 */
public final class ClinicPricing {
  private ClinicPricing() {}

  /** What is bought at the clinic: an item at an amount per session, list or member prices, fees. */
  public record Choice(Clinic clinic, Item item, Optional<Integer> amount, boolean member,
      List<Fee> fees, List<Discount> discounts) {
    public Choice {
      fees = List.copyOf(fees);
      discounts = List.copyOf(discounts);
    }
  }

  public static QuoteScenario scenario(Choice c, Plan plan, boolean full, LocalDate first) {
    Clinic clinic = c.clinic();
    Item item = c.item();
    Price single = item.session(c.amount(), c.member());
    Optional<Price> trial = item.trialAt(c.amount());
    Map<String, ItemCourse> courses = new LinkedHashMap<>();
    Map<String, Price> coursePrice = new LinkedHashMap<>();
    List<Offer.CourseOffer> offers = new ArrayList<>();
    for (ItemCourse ic : item.coursesAt(c.amount())) {
      Price p = c.member() && ic.member().isPresent() ? ic.member().get() : ic.price();
      courses.put(ic.id(), ic);
      coursePrice.put(ic.id(), p);
      offers.add(new Offer.CourseOffer(ic.id(), ic.sessions(), p.amount(), ic.validMonths()));
    }
    Map<String, Fee> fees = new LinkedHashMap<>();
    List<Offer.FeeOffer> feeOffers = new ArrayList<>();
    for (Fee f : c.fees()) {
      fees.put(f.id(), f);
      feeOffers.add(new Offer.FeeOffer(f.id(), f.price().amount(), f.perVisit()));
    }
    Offer offer = new Offer(single.amount(), trial.map(Price::amount), offers, feeOffers);
    Sessions sessions = PlanSessions.of(plan, full, first);
    Purchase purchase = PurchasePlanner.plan(offer, sessions);

    Map<String, QuoteLine> lines = new LinkedHashMap<>();
    Money zero = Money.zero(clinic.currency());
    Money feesTotal = zero;
    for (Bought b : purchase.bought()) {
      Optional<PhaseKind> phase = phaseOf(b, sessions);
      QuoteLine line = switch (b.kind()) {
        case SINGLE -> line(QuoteLine.Kind.SESSION, phase, Optional.empty(), c.amount(), b,
            Optional.of(item.id()), item.name(), single.from());
        case TRIAL -> line(QuoteLine.Kind.FIRST_VISIT, phase, Optional.empty(), c.amount(), b,
            Optional.of(item.id()), item.name(), trial.orElseThrow().from());
        case COURSE -> {
          ItemCourse ic = courses.get(b.id());
          Course course = new Course(ic.id(), item.method().orElse(null), ic.name(), ic.sessions(),
              b.price());
          yield line(QuoteLine.Kind.COURSE, phase, Optional.of(course), Optional.empty(), b,
              Optional.of(ic.id()), Optional.of(ic.name()), coursePrice.get(b.id()).from());
        }
        case FEE -> {
          Fee f = fees.get(b.id());
          yield line(QuoteLine.Kind.FEE, Optional.empty(), Optional.empty(), Optional.empty(), b,
              Optional.of(f.id()), Optional.of(f.name()), f.price().from());
        }
      };
      if (b.kind() == Bought.Kind.FEE) {
        feesTotal = feesTotal.plus(b.price());
      }
      lines.merge(line.key(), line, ClinicPricing::add);
    }
    List<QuoteLine> out = new ArrayList<>(lines.values());
    Money subtotal = purchase.total();
    Money saving = single.amount().times(sessions.size()).plus(feesTotal).minus(subtotal);
    if (saving.isNegative()) {
      saving = zero; // a trial or course dearer than singles is never chosen; fees are no saving
    }
    return Quotes.finish(clinic, out, subtotal, c.discounts(), saving, purchase);
  }

  private static Optional<PhaseKind> phaseOf(Bought b, Sessions sessions) {
    if (b.covers().isEmpty()) {
      return Optional.empty();
    }
    PhaseKind first = sessions.visits().get(b.covers().get(0) - 1).phase();
    for (int s : b.covers()) {
      if (sessions.visits().get(s - 1).phase() != first) {
        return Optional.empty();
      }
    }
    return Optional.of(first);
  }

  private static QuoteLine line(QuoteLine.Kind kind, Optional<PhaseKind> phase,
      Optional<Course> course, Optional<Integer> amount, Bought b, Optional<String> item,
      Optional<dev.exoplan.domain.text.Text> name, boolean from) {
    return new QuoteLine(kind, phase, course, Optional.empty(), amount, b.price(), 1, b.price(),
        item, name, b.covers(), from);
  }

  private static QuoteLine add(QuoteLine a, QuoteLine b) {
    List<Integer> covers = new ArrayList<>(a.covers());
    covers.addAll(b.covers());
    return new QuoteLine(a.kind(), a.phase(), a.course(), a.discount(), a.cc(), a.unit(),
        a.quantity() + b.quantity(), a.amount().plus(b.amount()), a.item(), a.name(), covers,
        a.from() || b.from());
  }

  /** Whether the clinic states its tax basis. */
  static boolean taxStated(Clinic clinic) {
    return clinic.taxBasis() != TaxBasis.NOT_STATED;
  }
}
