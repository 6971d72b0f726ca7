package dev.exoplan.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Prices a plan at a clinic into a {@link Quote}.
 *
 * <ul>
 *   <li>Each phase uses the cheapest mix of the clinic's courses and single sessions that gives
 *       exactly its number of sessions (a course is never bought for sessions the plan does not
 *       have); the first session of the plan may use the first-visit price.
 *   <li>Discounts apply to the subtotal in the clinic file's order; a percentage is rounded once by
 *       the clinic's rule; a discount never takes the total below zero.
 *   <li>Consumption tax is computed once for the whole document at the clinic's rate, rounded by its
 *       rule: for tax-included prices the tax contained is {@code total × r ÷ (100 + r)}, for
 *       tax-excluded prices a tax line of {@code net × r ÷ 100} is added. Every line adds up to the
 *       total exactly.
 * </ul>
 */
public final class Quotes {
  private Quotes() {}

  public static Quote quote(Catalog catalog, QuoteRequest r) {
    screen(catalog, r.screen());
    Clinic clinic = clinic(catalog, r.clinicId());
    Method method = r.plan().method();
    ClinicPrice price = clinic.priceOf(method).orElseThrow(() -> new DomainException(
        clinic.id() + " has no price for " + method.id() + "; it prices "
            + clinic.prices().keySet().stream().sorted().map(Method::id)
                .collect(Collectors.joining(", "))));
    if (price.byVolume() && r.cc().isEmpty()) {
      throw new DomainException(clinic.id() + " prices " + method.id()
          + " by volume (per cc): give --cc, e.g. --cc 4 or --cc 2..6");
    }
    if (!price.byVolume() && r.cc().isPresent()) {
      throw new DomainException(clinic.id() + " prices " + method.id()
          + " per session, not by volume: --cc does not apply");
    }
    if (r.cc().isPresent() && r.cc().get().low() < 1) {
      throw new DomainException("--cc must be at least 1");
    }
    List<Discount> discounts = discounts(clinic, r.discounts());
    Money listUnit = price.perSession().orElseGet(() -> price.perCc().orElseThrow()
        .times(r.cc().map(CountRange::high).orElse(1)));
    PlanRequest pr = r.plan();
    Plan plan = Planner.plan(
        catalog,
        new PlanRequest(method, pr.protocolId(), pr.intensive(), pr.maintenance(),
            pr.maintenanceEvery(), pr.months(), Optional.of(PriceRange.point(listUnit)),
            Optional.empty(), pr.start()));
    QuoteScenario full = scenario(clinic, price, plan, true, r.cc(), discounts);
    boolean range = !plan.sessions().isSingle() || r.cc().map(c -> !c.isSingle()).orElse(false);
    Optional<QuoteScenario> minimum =
        range ? Optional.of(scenario(clinic, price, plan, false, r.cc(), discounts)) : Optional.empty();
    List<Contraindication> flagged = r.screen().stream()
        .map(id -> catalog.contraindication(id).orElseThrow())
        .filter(c -> c.level() == Contraindication.Level.RELATIVE)
        .toList();
    String number = r.number().orElseGet(() -> number(clinic, r, full, minimum));
    return new Quote(clinic, number, r.patient(), r.counselor(), r.issued(),
        r.issued().plusDays(clinic.quoteValidityDays()), method, plan, r.cc(), full, minimum,
        MarketCheck.check(catalog, clinic, method, usedPrices(full, minimum)), flagged,
        catalog.contraindications(),
        catalog.disclosures());
  }

  private static void screen(Catalog catalog, List<String> flags) {
    List<Contraindication> absolute = new ArrayList<>();
    for (String f : flags) {
      Contraindication c = catalog.contraindication(f).orElseThrow(() -> new DomainException(
          "unknown screening flag '" + f + "': expected one of "
              + catalog.contraindications().stream().map(Contraindication::id)
                  .collect(Collectors.joining(", "))));
      if (c.level() == Contraindication.Level.ABSOLUTE) {
        absolute.add(c);
      }
    }
    if (!absolute.isEmpty()) {
      throw new RefusedException(absolute);
    }
  }

  private static Clinic clinic(Catalog catalog, Optional<String> id) {
    List<Clinic> clinics = catalog.clinics();
    if (id.isPresent()) {
      return catalog.clinic(id.get()).orElseThrow(() -> new DomainException(
          "unknown clinic '" + id.get() + "': loaded are "
              + (clinics.isEmpty() ? "none" : clinics.stream().map(Clinic::id)
                  .collect(Collectors.joining(", ")))));
    }
    if (clinics.isEmpty()) {
      throw new DomainException(
          "a quote needs the clinic's price list: give --pricing CLINIC.yaml"
              + " (see pricing/example-clinic.yaml)");
    }
    if (clinics.size() > 1) {
      throw new DomainException("several clinics are loaded ("
          + clinics.stream().map(Clinic::id).collect(Collectors.joining(", "))
          + "): choose one with --clinic");
    }
    return clinics.get(0);
  }

  private static List<Discount> discounts(Clinic clinic, List<String> asked) {
    for (String id : asked) {
      if (clinic.discounts().stream().noneMatch(d -> d.id().equals(id))) {
        throw new DomainException("unknown discount '" + id + "': " + clinic.id() + " offers "
            + (clinic.discounts().isEmpty() ? "none" : clinic.discounts().stream()
                .map(Discount::id).collect(Collectors.joining(", "))));
      }
    }
    return clinic.discounts().stream().filter(d -> d.automatic() || asked.contains(d.id())).toList();
  }

  static QuoteScenario scenario(Clinic clinic, ClinicPrice price, Plan plan, boolean full,
      Optional<CountRange> cc, List<Discount> discounts) {
    Money zero = Money.zero(clinic.currency());
    Optional<Integer> volume = cc.map(c -> full ? c.high() : c.low());
    Money unit = price.perSession()
        .orElseGet(() -> price.perCc().orElseThrow().times(volume.orElseThrow()));
    List<Course> courses = clinic.courses(plan.method());
    List<QuoteLine> lines = new ArrayList<>();
    Money subtotal = zero;
    Money saving = zero;
    boolean firstVisitUsed = false;
    int sessions = 0;
    for (Phase phase : plan.phases()) {
      int n = full ? phase.sessions().high() : phase.sessions().low();
      if (n == 0) {
        continue;
      }
      sessions += n;
      Optional<Money> first = firstVisitUsed ? Optional.empty() : price.firstVisit();
      firstVisitUsed = true;
      Mix mix = cheapest(n, unit, courses, first);
      Optional<PhaseKind> kind = Optional.of(phase.kind());
      if (mix.firstVisit) {
        Money f = first.orElseThrow();
        lines.add(new QuoteLine(QuoteLine.Kind.FIRST_VISIT, kind, Optional.empty(),
            Optional.empty(), volume, f, 1, f));
      }
      for (int i = 0; i < courses.size(); i++) {
        if (mix.courses[i] > 0) {
          Course c = courses.get(i);
          lines.add(new QuoteLine(QuoteLine.Kind.COURSE, kind, Optional.of(c), Optional.empty(),
              Optional.empty(), c.price(), mix.courses[i], c.price().times(mix.courses[i])));
        }
      }
      if (mix.singles > 0) {
        lines.add(new QuoteLine(QuoteLine.Kind.SESSION, kind, Optional.empty(), Optional.empty(),
            volume, unit, mix.singles, unit.times(mix.singles)));
      }
      subtotal = subtotal.plus(mix.cost);
      saving = saving.plus(unit.times(n).minus(mix.cost));
    }
    Money discounted = zero;
    final Money base = subtotal;
    for (Discount d : discounts) {
      Money remaining = subtotal.minus(discounted);
      Money amount = d.percent()
          .map(p -> base.times(p, 100, clinic.rounding()))
          .orElseGet(() -> d.amount().orElseThrow());
      amount = Money.min(amount, remaining);
      if (amount.isZero()) {
        continue;
      }
      discounted = discounted.plus(amount);
      lines.add(new QuoteLine(QuoteLine.Kind.DISCOUNT, Optional.empty(), Optional.empty(),
          Optional.of(d), Optional.empty(), amount.negate(), 1, amount.negate()));
    }
    Money net = subtotal.minus(discounted);
    int rate = clinic.taxRatePercent();
    Money tax;
    Money total;
    if (clinic.taxIncluded()) {
      tax = net.times(rate, 100L + rate, clinic.rounding());
      total = net;
    } else {
      tax = net.times(rate, 100, clinic.rounding());
      total = net.plus(tax);
      lines.add(new QuoteLine(QuoteLine.Kind.TAX, Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), tax, 1, tax));
    }
    return new QuoteScenario(sessions, lines, subtotal, discounted.negate(), tax, total, saving);
  }

  /** A mix of sessions: how many of each course, how many singles, whether session 1 is a first visit. */
  record Mix(int[] courses, int singles, boolean firstVisit, Money cost) {}

  /**
   * The cheapest way to buy exactly {@code n} sessions: single sessions at {@code unit}, courses,
   * and, for one session, the first-visit price. Exact over every count (a small dynamic
   * programme); on a tie, fewer courses and no first-visit line.
   */
  static Mix cheapest(int n, Money unit, List<Course> courses, Optional<Money> firstVisit) {
    long[] cost = new long[n + 1];
    int[] choice = new int[n + 1]; // -1: a single session, i: course i
    for (int i = 1; i <= n; i++) {
      cost[i] = Exact.add(cost[i - 1], unit.minor());
      choice[i] = -1;
      for (int c = 0; c < courses.size(); c++) {
        Course course = courses.get(c);
        if (course.sessions() <= i) {
          long candidate = Exact.add(cost[i - course.sessions()], course.price().minor());
          if (candidate < cost[i]) {
            cost[i] = candidate;
            choice[i] = c;
          }
        }
      }
    }
    boolean useFirst = firstVisit.isPresent()
        && Exact.add(firstVisit.get().minor(), cost[n - 1]) < cost[n];
    int[] counts = new int[courses.size()];
    int singles = 0;
    int i = useFirst ? n - 1 : n;
    while (i > 0) {
      if (choice[i] < 0) {
        singles++;
        i--;
      } else {
        counts[choice[i]]++;
        i -= courses.get(choice[i]).sessions();
      }
    }
    long total = useFirst ? Exact.add(firstVisit.get().minor(), cost[n - 1]) : cost[n];
    return new Mix(counts, singles, useFirst, Money.of(total, unit.currency()));
  }

  /** The prices the quote's lines use (issue 10: only these are checked against the market). */
  private static List<MarketCheck.Used> usedPrices(QuoteScenario full, Optional<QuoteScenario> min) {
    List<QuoteLine> lines = new ArrayList<>(full.lines());
    min.ifPresent(m -> lines.addAll(m.lines()));
    return MarketCheck.used(lines);
  }

  /** Q-yyyyMMdd-XXXXXX: the date and a digest of what was quoted, so the same quote gets the same number. */
  static String number(Clinic clinic, QuoteRequest r, QuoteScenario full, Optional<QuoteScenario> min) {
    String basis = String.join("\u0000", clinic.id(), r.patient(), r.plan().toString(),
        r.issued().toString(), Long.toString(full.total().minor()),
        min.map(m -> Long.toString(m.total().minor())).orElse(""), r.cc().toString(),
        r.discounts().toString());
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
      String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O or 1/I
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        sb.append(alphabet.charAt((d[i] & 0xff) % alphabet.length()));
      }
      return "Q-" + r.issued().format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + sb;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static LocalDate validUntil(LocalDate issued, Clinic clinic) {
    return issued.plusDays(clinic.quoteValidityDays());
  }
}
