package dev.exoplan.domain.quote;

import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.clinic.Course;
import dev.exoplan.domain.clinic.Discount;
import dev.exoplan.domain.value.PhaseKind;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.plan.PlanSessions;
import dev.exoplan.domain.value.Exact;
import dev.exoplan.domain.value.Money;

import dev.exoplan.domain.menu.Fee;
import dev.exoplan.domain.menu.Item;
import dev.exoplan.domain.menu.ItemCourse;
import dev.exoplan.domain.menu.Price;
import dev.exoplan.domain.menu.Surcharge;
import dev.exoplan.domain.menu.TaxBasis;
import dev.exoplan.domain.purchase.Bought;
import dev.exoplan.domain.purchase.Offer;
import dev.exoplan.domain.purchase.Purchase;
import dev.exoplan.domain.purchase.PurchasePlanner;
import dev.exoplan.domain.purchase.Sessions;
import java.time.LocalDate;
import dev.exoplan.domain.purchase.Covers;
import java.util.ArrayList;
import java.util.HashMap;
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
      List<Fee> fees, List<Discount> discounts, List<Surcharge> surcharges) {
    public Choice {
      fees = List.copyOf(fees);
      discounts = List.copyOf(discounts);
      surcharges = List.copyOf(surcharges);
    }

    /** A choice with the clinic's automatic surcharges (issue 19), as every comparison makes. */
    public Choice(Clinic clinic, Item item, Optional<Integer> amount, boolean member,
        List<Fee> fees, List<Discount> discounts) {
      this(clinic, item, amount, member, fees, discounts, clinic.menu().surcharges().stream()
          .filter(Surcharge::automatic).toList());
    }
  }

  public static QuoteScenario scenario(Choice c, Plan plan, boolean full, LocalDate first) {
    Clinic clinic = c.clinic();
    Item item = c.item();
    Price single = item.session(c.amount(), c.member());
    Optional<Price> trial = item.trialAt(c.amount(), c.member());
    Map<String, ItemCourse> courses = new LinkedHashMap<>();
    Map<String, Price> coursePrice = new LinkedHashMap<>();
    List<Offer.CourseOffer> offers = new ArrayList<>();
    for (ItemCourse ic : item.coursesAt(c.amount())) {
      Price p = c.member() && ic.member().isPresent() ? ic.member().get() : ic.price();
      courses.put(ic.id(), ic);
      coursePrice.put(ic.id(), p);
      offers.add(new Offer.CourseOffer(ic.id(), ic.sessions(), p.amount(), ic.validMonths(),
          ic.least()));
    }
    Map<String, Fee> fees = new LinkedHashMap<>();
    List<Offer.FeeOffer> feeOffers = new ArrayList<>();
    List<Fee> onRequest = new ArrayList<>();
    for (Fee f : c.fees()) {
      if (f.onRequest()) { // issue 19: 要問合せ, never priced, never in a total
        onRequest.add(f);
        continue;
      }
      fees.put(f.id(), f);
      feeOffers.add(new Offer.FeeOffer(f.id(), f.price().amount(), f.perVisit(), f.revisit(),
          f.lapseMonths()));
    }
    Offer offer = new Offer(single.amount(), trial.map(Price::amount), offers, feeOffers);
    Sessions sessions = PlanSessions.of(plan, full, first);
    // issue 19: a fee charged again after a lapse depends on the dates: the latest ones are used,
    // and the earliest ones (the shortest intervals) said beside them when they charge otherwise
    Optional<Sessions> earliest = c.fees().stream().anyMatch(f -> f.lapseMonths().isPresent())
        ? Optional.of(PlanSessions.earliest(plan, full, first)) : Optional.empty();
    Purchase purchase = PurchasePlanner.plan(offer, sessions, earliest);

    // one line per kind, phase and item, in the order first bought; a purchase joins its line in
    // constant time, a fee per visit without an object of its own (issue 22: merging copied the
    // line's whole list of sessions at each purchase)
    Money zero = Money.zero(clinic.currency());
    class Lines implements Purchase.Items {
      final Map<String, Merged> lines = new LinkedHashMap<>();
      final Map<Group, Join> groups = new HashMap<>();
      final Map<String, Join> feeGroups = new HashMap<>(); // a fee's line goes by its id
      long feesTotal;

      @Override
      public void bought(Bought b) {
        if (b.kind() == Bought.Kind.FEE) {
          Join join = feeGroups.computeIfAbsent(b.id(), id -> join(b, Optional.empty()));
          feesTotal = plus(feesTotal, zero, b.price());
          join.line().add(b.price(), b.covers(), join.from());
          return;
        }
        Optional<PhaseKind> phase = phaseOf(b, sessions);
        Join join = groups.computeIfAbsent(new Group(b.kind(), phase, b.id()),
            g -> join(b, phase));
        join.line().add(b.price(), b.covers(), join.from());
      }

      @Override
      public void fee(Offer.FeeOffer f, int session) {
        Join join = feeGroups.get(f.id()); // no lambda: nothing made per visit
        if (join == null) {
          join = join(new Bought(Bought.Kind.FEE, f.id(), f.price(), session,
              f.coversSession() ? Covers.of(session) : Covers.empty()), Optional.empty());
          feeGroups.put(f.id(), join);
        }
        feesTotal = plus(feesTotal, zero, f.price());
        join.line().add(f.price(), f.coversSession() ? session : 0, join.from());
      }

      /** The line a purchase like {@code b} goes on, made at the first of them. */
      Join join(Bought b, Optional<PhaseKind> phase) {
        QuoteLine line = switch (b.kind()) {
          case SINGLE -> line(QuoteLine.Kind.SESSION, phase, Optional.empty(), c.amount(), b,
              Optional.of(item.id()), item.name(), single.from());
          case TRIAL -> line(QuoteLine.Kind.FIRST_VISIT, phase, Optional.empty(), c.amount(), b,
              Optional.of(item.id()), item.name(), trial.orElseThrow().from());
          case COURSE -> {
            ItemCourse ic = courses.get(b.id());
            Course course = new Course(ic.id(), item.method().orElse(null), ic.name(),
                ic.least(), b.price()); // issue 19: a range course per its fewest (dearer)
            yield line(QuoteLine.Kind.COURSE, phase, Optional.of(course), Optional.empty(), b,
                Optional.of(ic.id()), Optional.of(ic.name()), coursePrice.get(b.id()).from());
          }
          case FEE -> {
            Fee f = fees.get(b.id());
            yield line(QuoteLine.Kind.FEE, Optional.empty(), Optional.empty(), Optional.empty(), b,
                Optional.of(f.id()), Optional.of(f.name()), f.price().from());
          }
        };
        return new Join(lines.computeIfAbsent(line.key(), k -> new Merged(line)), line.from());
      }
    }
    Lines merged = new Lines();
    purchase.forEach(merged);
    long feesTotal = merged.feesTotal;
    List<QuoteLine> out = new ArrayList<>();
    for (Merged m : merged.lines.values()) {
      out.add(m.line());
    }
    Money subtotal = purchase.total();
    Money saving = single.amount().times(sessions.size()).plus(Money.of(feesTotal, zero.currency()))
        .minus(subtotal);
    if (saving.isNegative()) {
      saving = zero; // a trial or course dearer than singles is never chosen; fees are no saving
    }
    return Quotes.finish(clinic, out, subtotal, c.discounts(), saving, purchase,
        new Quotes.Extras(c.surcharges(), onRequest));
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

  /**
   * {@code sum + price}, the sum in the currency of {@code like}: {@code Money.plus} without a new
   * object per purchase, failing as it does (mixed currencies, overflow).
   */
  private static long plus(long sum, Money like, Money price) {
    if (!price.currency().equals(like.currency())) {
      Money.of(sum, like.currency()).plus(price); // throws: mixed currencies
    }
    return Exact.add(sum, price.minor());
  }

  /** What decides a purchase's line and how it reads: its kind, phase and what was bought. */
  private record Group(Bought.Kind kind, Optional<PhaseKind> phase, String id) {
    // Written out: a record's generated equals and hashCode are linked at their first call by an
    // invokedynamic bootstrap that costs a short run milliseconds (RecordMethodsTest).
    @Override
    public boolean equals(Object o) {
      return o instanceof Group g && kind == g.kind && phase.equals(g.phase) && id.equals(g.id);
    }

    @Override
    public int hashCode() {
      return (31 * kind.hashCode() + phase.hashCode()) * 31 + id.hashCode();
    }
  }

  /** The line a group's purchases go on, and whether their price is a "from" price. */
  private record Join(Merged line, boolean from) {}

  /**
   * A line and every purchase on it, as merging them one by one gave: the first one's kind, phase,
   * item and unit; the quantities and amounts added in order, the sessions joined, "from" if any is.
   */
  private static final class Merged {
    private final QuoteLine first;
    private final Covers.Builder covers = new Covers.Builder();
    private int quantity;
    private long amount;
    private boolean from;

    Merged(QuoteLine first) {
      this.first = first;
    }

    void add(Money price, List<Integer> sessions, boolean fromPrice) {
      add(price, fromPrice);
      covers.addAll(sessions);
    }

    /** A purchase covering {@code session} alone, or none when it is 0 (a fee charged once). */
    void add(Money price, int session, boolean fromPrice) {
      add(price, fromPrice);
      if (session > 0) {
        covers.add(session);
      }
    }

    private void add(Money price, boolean fromPrice) {
      quantity = Math.addExact(quantity, 1);
      amount = quantity == 1 ? price.minor() : plus(amount, first.amount(), price);
      from |= fromPrice;
    }

    QuoteLine line() {
      if (quantity == 1) {
        return first;
      }
      return new QuoteLine(first.kind(), first.phase(), first.course(), first.discount(),
          first.cc(), first.unit(), quantity, Money.of(amount, first.amount().currency()),
          first.item(), first.name(), covers.build(),
          from);
    }
  }

  /** Whether the clinic states its tax basis. */
  static boolean taxStated(Clinic clinic) {
    return clinic.taxBasis() != TaxBasis.NOT_STATED;
  }
}
