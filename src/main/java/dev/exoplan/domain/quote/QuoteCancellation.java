package dev.exoplan.domain.quote;

import dev.exoplan.domain.contract.Applicability;
import dev.exoplan.domain.contract.Cancellation;
import dev.exoplan.domain.contract.ContractRules;
import dev.exoplan.domain.contract.Designation;
import dev.exoplan.domain.contract.Stop;
import dev.exoplan.domain.contract.Stops;
import dev.exoplan.domain.menu.ItemCourse;
import dev.exoplan.domain.plan.PlanSessions;
import dev.exoplan.domain.purchase.Bought;
import dev.exoplan.domain.purchase.Sessions;
import dev.exoplan.domain.value.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A quote's course contracts under the Act on Specified Commercial Transactions (issue 23): the
 * designation of the quoted item, the cooling-off period's last day for a contract document
 * received on the quote's date, and per plan (minimum and maximum) each course bought with whether
 * the Act applies to it, and what stopping after each session comes to where it applies. Figures
 * are the purchase's amounts on the patient's basis ({@link PatientAmounts#shown}).
 */
public record QuoteCancellation(ContractRules rules, Designation designation,
    LocalDate coolingOffLastDay, Optional<PlanStops> minimum, PlanStops full) {

  /** One plan: each course bought, and stopping after each session 1..n where the Act applies. */
  public record PlanStops(int sessions, List<CourseTerms> courses, List<Stop> stops) {
    public PlanStops {
      courses = List.copyOf(courses);
      stops = List.copyOf(stops);
    }

    /** Whether the Act applies to a course of this plan: true, false, or empty when unknown. */
    public Optional<Boolean> verdict() {
      boolean unknown = false;
      for (CourseTerms c : courses) {
        Optional<Boolean> v = c.applicability().verdict();
        if (v.equals(Optional.of(true))) {
          return v;
        }
        unknown |= v.isEmpty();
      }
      return unknown ? Optional.empty() : Optional.of(false);
    }

    /** Stopping after session {@code k} (1-based), when the plan has it. */
    public Optional<Stop> after(int k) {
      return k >= 1 && k <= stops.size() ? Optional.of(stops.get(k - 1)) : Optional.empty();
    }
  }

  /** A course bought: its id, price, sessions, the session it is paid at, and the Act's test. */
  public record CourseTerms(String id, Money price, int sessions, int paidAt,
      Applicability applicability) {}

  /** Whether the Act applies to a course of either plan: true, false, or empty when unknown. */
  public Optional<Boolean> verdict() {
    Optional<Boolean> f = full.verdict();
    Optional<Boolean> m = minimum.map(PlanStops::verdict).orElse(Optional.of(false));
    if (f.equals(Optional.of(true)) || m.equals(Optional.of(true))) {
      return Optional.of(true);
    }
    return f.isEmpty() || m.isEmpty() ? Optional.empty() : Optional.of(false);
  }

  public static QuoteCancellation of(Quote q, ContractRules r) {
    Designation d = Designation.of(q.item().designatedService(), q.item().method(),
        q.plan().protocol().map(p -> p.id()));
    LocalDate first = q.plan().start().orElse(q.issued());
    Optional<PlanStops> min = q.minimum().map(s -> plan(q, s, false, first, d, r));
    return new QuoteCancellation(r, d, Cancellation.lastCoolingOffDay(q.issued(), r), min,
        plan(q, q.full(), true, first, d, r));
  }

  private static PlanStops plan(Quote q, QuoteScenario s, boolean full, LocalDate first,
      Designation d, ContractRules r) {
    Map<String, ItemCourse> offered = new HashMap<>();
    Map<String, Integer> sessionsOf = new HashMap<>();
    for (ItemCourse ic : q.item().courses()) {
      offered.put(ic.id(), ic);
      // issue 19: a course for a range of sessions (2..3) is settled as its fewest: the dearer
      // price a session, so the refund printed is the least the patient gets back, never more
      sessionsOf.put(ic.id(), ic.least());
    }
    Sessions dates = PlanSessions.of(q.plan(), full, first);
    List<CourseTerms> terms = new ArrayList<>();
    Map<Bought, Boolean> under = new HashMap<>();
    for (Bought b : Stops.courses(s.purchase())) {
      ItemCourse ic = offered.get(b.id());
      int n = ic == null ? b.covers().size() : Math.max(ic.least(), b.covers().size());
      Money price = PatientAmounts.shown(q.clinic(), b.price());
      int last = b.covers().isEmpty() ? b.paidAt() : b.covers().get(b.covers().size() - 1);
      Applicability a = Applicability.of(price, dates.date(b.paidAt() - 1),
          Optional.ofNullable(ic).flatMap(ItemCourse::validMonths), dates.date(last - 1), d, r);
      terms.add(new CourseTerms(b.id(), price, n, b.paidAt(), a));
      // the figures hold where the Act applies: every course that meets the amount and period
      under.put(b, a.amountOver() && a.periodOver());
    }
    List<Stop> stops = Stops.of(s.purchase(), sessionsOf, b -> under.getOrDefault(b, false), r)
        .stream().map(t -> shown(q, t)).toList();
    return new PlanStops(s.sessions(), terms, stops);
  }

  /**
   * A stop's figures on the patient's basis: a tax-excluded list's amounts with tax added to the
   * paid and the refund each (the cost is their difference, so the row still adds up).
   */
  private static Stop shown(Quote q, Stop t) {
    Money paid = PatientAmounts.shown(q.clinic(), t.paid());
    Money refund = PatientAmounts.shown(q.clinic(), t.refund());
    Money fee = PatientAmounts.shown(q.clinic(), t.fee());
    return new Stop(t.after(), paid, fee, refund, paid.minus(refund));
  }
}
