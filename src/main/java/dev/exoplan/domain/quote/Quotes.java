package dev.exoplan.domain.quote;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.Contraindication;
import dev.exoplan.domain.quote.MarketCheck;
import dev.exoplan.domain.quote.MarketSurvey;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.clinic.ClinicLists;
import dev.exoplan.domain.text.Listing;
import dev.exoplan.domain.clinic.Discount;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.plan.Planner;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.text.Sha256;
import dev.exoplan.domain.quote.RefusedException;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.PriceRange;

import dev.exoplan.domain.menu.Fee;
import dev.exoplan.domain.menu.Item;
import dev.exoplan.domain.menu.Surcharge;
import dev.exoplan.domain.menu.TaxBasis;
import dev.exoplan.domain.purchase.Purchase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Prices a plan at a clinic into a {@link Quote}.
 *
 * <ul>
 *   <li>The whole plan is bought the cheapest valid way by the one purchase planner ({@link
 *       ClinicPricing}): single sessions, the trial price for the first session, and courses that
 *       may span intensive and maintenance within their validity (a course is never bought for
 *       sessions the plan does not have); plus the fees that apply.
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
    List<String> screened = Named.screen(catalog, r.screen()); // ids, or 妊娠, 授乳 … (issue 18)
    screen(catalog, screened);
    Clinic clinic = clinic(catalog, r.clinicId(), r.issued());
    Method method = r.plan().method();
    Item item = QuoteItems.item(clinic, method, r.item());
    Optional<CountRange> amount = QuoteItems.amount(clinic, item, r.cc(), r.dose());
    List<Discount> discounts = discounts(clinic, Named.discounts(clinic, r.discounts()));
    List<Fee> fees = QuoteItems.fees(clinic, item, r.add());
    List<Surcharge> surcharges = surcharges(clinic, r.surcharges());
    ClinicPricing.Choice full = new ClinicPricing.Choice(clinic, item,
        amount.map(CountRange::high), r.member(), fees, discounts, surcharges);
    ClinicPricing.Choice low = new ClinicPricing.Choice(clinic, item,
        amount.map(CountRange::low), r.member(), fees, discounts, surcharges);
    Money listUnit = item.session(full.amount(), r.member()).amount();
    low.item().session(low.amount(), r.member()); // the low amount has a price too
    PlanRequest pr = r.plan();
    Plan plan = Planner.plan(
        catalog,
        new PlanRequest(method, pr.protocolId(), pr.intensive(), pr.maintenance(),
            pr.maintenanceEvery(), pr.months(), Optional.of(PriceRange.point(listUnit)),
            Optional.empty(), pr.start()));
    LocalDate first = pr.start().orElse(r.issued());
    QuoteScenario fullScenario = ClinicPricing.scenario(full, plan, true, first);
    boolean range = !plan.sessions().isSingle() || amount.map(c -> !c.isSingle()).orElse(false);
    Optional<QuoteScenario> minimum =
        range ? Optional.of(ClinicPricing.scenario(low, plan, false, first)) : Optional.empty();
    List<Contraindication> flagged = screened.stream()
        .map(id -> catalog.contraindication(id).orElseThrow())
        .filter(c -> c.level() == Contraindication.Level.RELATIVE)
        .toList();
    String number = r.number().orElseGet(() -> number(clinic, r, fullScenario, minimum));
    List<MarketCheck.Used> used = usedPrices(fullScenario, minimum);
    return new Quote(clinic, number, r.patient(), r.counselor(), r.issued(),
        validUntil(r.issued(), clinic), method, item, r.member(), plan, amount,
        fullScenario,
        minimum, item.method().isEmpty() ? List.of()
            : MarketCheck.check(catalog, clinic, item.method().get(), used), flagged,
        catalog.contraindications(), catalog.disclosures(),
        MarketSurvey.ofQuote(catalog, clinic, item, amount.map(CountRange::high), r.member(), used));
  }

  private static void screen(Catalog catalog, List<String> flags) {
    List<Contraindication> absolute = new ArrayList<>();
    for (String f : flags) {
      Contraindication c = catalog.contraindication(f).orElseThrow(() -> new DomainException(Message.of("domain.screen.unknown", f,
          catalog.contraindications().stream().map(Contraindication::id)
              .collect(Collectors.joining(", ")))));
      if (c.level() == Contraindication.Level.ABSOLUTE) {
        absolute.add(c);
      }
    }
    if (!absolute.isEmpty()) {
      throw new RefusedException(absolute);
    }
  }

  private static Clinic clinic(Catalog catalog, Optional<String> id, LocalDate issued) {
    List<Clinic> clinics = ClinicLists.inForce(catalog.clinicLists(), issued, id);
    if (id.isPresent()) {
      return clinics.stream().filter(c -> c.id().equals(id.get())).findFirst()
          .orElseThrow(() -> new DomainException(clinics.isEmpty()
          ? Message.of("domain.clinic.unknown.none", id.get())
          : Message.of("domain.clinic.unknown", id.get(), Listing.of(clinics.stream().map(Clinic::id)
              .toList()))));
    }
    if (clinics.isEmpty()) {
      throw new DomainException(Message.of("domain.quote.no.clinic"));
    }
    if (clinics.size() > 1) {
      throw new DomainException(Message.of("domain.quote.clinics",
          Listing.of(clinics.stream().map(Clinic::id).toList())));
    }
    return clinics.get(0);
  }

  private static List<Discount> discounts(Clinic clinic, List<String> asked) {
    for (String id : asked) {
      if (clinic.discounts().stream().noneMatch(d -> d.id().equals(id))) {
        throw new DomainException(clinic.discounts().isEmpty()
            ? Message.of("domain.discount.unknown.none", id, clinic.id())
            : Message.of("domain.discount.unknown", id, clinic.id(), clinic.discounts().stream()
                .map(Discount::id).collect(Collectors.joining(", "))));
      }
    }
    return clinic.discounts().stream().filter(d -> d.automatic() || asked.contains(d.id())).toList();
  }

  /** Issue 19: the surcharges asked for (each a known id) and the automatic ones, in file order. */
  private static List<Surcharge> surcharges(Clinic clinic, List<String> asked) {
    List<Surcharge> all = clinic.menu().surcharges();
    for (String id : asked) {
      if (all.stream().noneMatch(s -> s.id().equals(id))) {
        throw new DomainException(all.isEmpty()
            ? Message.of("domain.surcharge.unknown.none", id, clinic.id())
            : Message.of("domain.surcharge.unknown", id, clinic.id(),
                Listing.of(all.stream().map(Surcharge::id).toList())));
      }
    }
    return all.stream().filter(s -> s.automatic() || asked.contains(s.id())).toList();
  }

  /**
   * Discounts, tax and total for the bought {@code lines} (which add up to {@code subtotal}):
   * discounts in the clinic file's order, a percentage rounded once by the clinic's rule, never
   * below zero; then tax once for the whole document, none when the clinic does not state its basis.
   */
  static QuoteScenario finish(Clinic clinic, List<QuoteLine> bought, Money bare,
      List<Discount> discounts, Money saving, Purchase purchase, Extras extras) {
    Money zero = Money.zero(clinic.currency());
    List<QuoteLine> lines = new ArrayList<>(bought);
    // issue 19: surcharges, each on what was bought, rounded once by the clinic's rule, then
    // discounts on the surcharged amount
    Money surcharged = zero;
    for (Surcharge s : extras.surcharges()) {
      Money amount = s.percent().map(p -> bare.times(p, 100, clinic.rounding()))
          .orElseGet(() -> s.amount().orElseThrow());
      if (amount.isZero()) {
        continue;
      }
      surcharged = surcharged.plus(amount);
      lines.add(new QuoteLine(QuoteLine.Kind.SURCHARGE, Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), amount, 1, amount, Optional.of(s.id()),
          Optional.of(s.name()), List.of(), false));
    }
    Money subtotal = bare.plus(surcharged);
    Money discounted = zero;
    for (Discount d : discounts) {
      Money remaining = subtotal.minus(discounted);
      Money amount = d.percent()
          .map(p -> subtotal.times(p, 100, clinic.rounding()))
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
    if (clinic.taxBasis() == TaxBasis.NOT_STATED) {
      tax = zero;
      total = net;
    } else if (clinic.taxIncluded()) {
      tax = net.times(rate, 100L + rate, clinic.rounding());
      total = net;
    } else {
      tax = net.times(rate, 100, clinic.rounding());
      total = net.plus(tax);
      lines.add(new QuoteLine(QuoteLine.Kind.TAX, Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), tax, 1, tax));
    }
    return new QuoteScenario(purchase.sessions(), lines, bare, discounted.negate(), tax, total,
        saving, purchase, surcharged, extras.onRequest());
  }

  /** Issue 19: the surcharges that apply and the fees on request, which no figure includes. */
  record Extras(List<Surcharge> surcharges, List<Fee> onRequest) {}

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
        r.discounts().toString()) + extra(r);
    byte[] d = Sha256.of(basis);
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O or 1/I
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      sb.append(alphabet.charAt((d[i] & 0xff) % alphabet.length()));
    }
    return "Q-" + basicIso(r.issued()) + "-" + sb;
  }

  /**
   * yyyyMMdd, as DateTimeFormatter.BASIC_ISO_DATE writes a year 1 to 9999 (the only ones a quote
   * takes), without that formatter's start-up cost (issue 21; QuotesBasicIsoTest).
   */
  static String basicIso(LocalDate d) {
    String digits = Integer.toString(d.getYear() * 10000 + d.getMonthValue() * 100
        + d.getDayOfMonth());
    return "0".repeat(8 - digits.length()) + digits;
  }

  /** What a version 2 request adds to the number's basis; nothing for a version 1 request. */
  private static String extra(QuoteRequest r) {
    if (r.item().isEmpty() && r.dose().isEmpty() && !r.member() && r.add().isEmpty()
        && r.surcharges().isEmpty()) {
      return "";
    }
    return "\u0000" + r.item().orElse("") + "\u0000" + r.dose() + "\u0000" + r.member()
        + "\u0000" + r.add() + (r.surcharges().isEmpty() ? "" : "\u0000" + r.surcharges());
  }

  static LocalDate validUntil(LocalDate issued, Clinic clinic) {
    LocalDate until = issued.plusDays(clinic.quoteValidityDays());
    if (!dev.exoplan.domain.value.DateRange.within(until)) { // issue 22: never "+10000-01-30"
      throw new DomainException(Message.of("domain.quote.valid.past.end", issued,
          clinic.quoteValidityDays()));
    }
    return until;
  }
}
