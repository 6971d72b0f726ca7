package dev.exoplan.report.quote;

import dev.exoplan.domain.contract.Applicability;
import dev.exoplan.domain.contract.ContractRules;
import dev.exoplan.domain.contract.Designation;
import dev.exoplan.domain.contract.Stop;
import dev.exoplan.domain.quote.PatientAmounts;
import dev.exoplan.domain.quote.QuoteCancellation;
import dev.exoplan.domain.quote.QuoteScenario;
import dev.exoplan.domain.quote.QuoteCancellation.CourseTerms;
import dev.exoplan.domain.quote.QuoteCancellation.PlanStops;
import dev.exoplan.domain.text.Lang;
import dev.exoplan.report.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the {@link CancellationSheet} of a quote report that has the section (issue 23). */
public final class CancellationSheets {
  private CancellationSheets() {}

  public static Optional<CancellationSheet> build(QuoteReport r, Words words) {
    return r.cancellation().map(c -> build(r, c, new QuoteWords(words)));
  }

  private static CancellationSheet build(QuoteReport r, QuoteCancellation c, QuoteWords w) {
    ContractRules rules = c.rules();
    List<String> paragraphs = new ArrayList<>();
    Map<String, CourseTerms> courses = new LinkedHashMap<>();
    c.minimum().ifPresent(m -> m.courses().forEach(t -> courses.putIfAbsent(t.id(), t)));
    c.full().courses().forEach(t -> courses.putIfAbsent(t.id(), t));
    if (courses.isEmpty()) {
      paragraphs.add(w.get("quote.cancel.no.course", w.money(rules.amountOver()),
          rules.periodOverMonths()));
    }
    for (CourseTerms t : courses.values()) {
      String name = r.quote().item().courses().stream().filter(ic -> ic.id().equals(t.id()))
          .findFirst().map(ic -> ic.name().in(w.words().lang())).orElse(t.id());
      paragraphs.add(test(t, name, rules, w));
    }
    List<CancellationSheet.Table> tables = new ArrayList<>();
    List<String> third = new ArrayList<>();
    Optional<Boolean> verdict = verdict(c);
    if (!courses.isEmpty() && !verdict.equals(Optional.of(false))) {
      paragraphs.add(w.get("quote.cancel.cooling", rules.coolingOffDays(),
          w.date(r.quote().issued()), w.date(c.coolingOffLastDay())));
      paragraphs.add(w.get("quote.cancel.rule", w.money(rules.capBeforeStart()),
          w.money(rules.capAfterStart()), rules.capPercent()));
      boolean range = c.minimum().isPresent();
      c.minimum().ifPresent(m -> plan(m, Optional.of(true), basis(r, true, w), w, tables, third));
      plan(c.full(), range ? Optional.of(false) : Optional.empty(), basis(r, false, w), w, tables,
          third);
    }
    return new CancellationSheet(w.get("quote.cancel.heading"), paragraphs, tables, third,
        w.get("quote.cancel.advice"), w.get("quote.cancel.sources"));
  }

  /**
   * The quote's sentence on a patient who buys a course and stops after the 3rd session (issue 18),
   * followed by what holds where the Act applies, from the same figures as the section's tables;
   * unchanged when the Act does not apply or the quote has no such sentence.
   */
  static List<QuoteSheet.Note> honest(QuoteReport r, QuoteWords w, List<QuoteSheet.Note> notes) {
    if (notes.isEmpty() || r.cancellation().isEmpty()
        || verdict(r.cancellation().get()).equals(Optional.of(false))) {
      return notes;
    }
    QuoteCancellation c = r.cancellation().get();
    Optional<Stop> full = c.full().after(3);
    if (full.isEmpty()) {
      return notes;
    }
    List<String> plans = new ArrayList<>(); // each plan that buys a course, at most after the 3rd
    c.minimum().filter(m -> !m.courses().isEmpty()).flatMap(m -> m.after(3)).ifPresent(
        s -> plans.add(w.get("quote.honest.act.plan", w.planName(true), w.money(s.cost()))));
    if (!c.full().courses().isEmpty()) {
      plans.add(w.get("quote.honest.act.plan", w.planName(false),
          w.money(full.get().cost())));
    }
    if (plans.isEmpty()) {
      return notes;
    }
    String act = w.get("quote.honest.act", String.join(w.words().lang() == Lang.JA ? "、" : "; ", plans),
        w.get("quote.cancel.heading"));
    List<QuoteSheet.Note> out = new ArrayList<>(notes);
    out.add(1, QuoteSheet.Note.plain(act)); // its own note: the cited sentence stays as cited
    return out;
  }

  /** Whether the Act applies to any course of the quote: true, false, or empty when unknown. */
  static Optional<Boolean> verdict(QuoteCancellation c) {
    return c.verdict();
  }

  /** The Act's three conditions for one course, and what they give. */
  private static String test(CourseTerms t, String name, ContractRules rules, QuoteWords w) {
    Applicability a = t.applicability();
    List<String> parts = new ArrayList<>();
    parts.add(w.get(a.amountOver() ? "quote.cancel.amount.yes" : "quote.cancel.amount.no",
        name, w.money(t.price()), t.sessions(), w.money(rules.amountOver())));
    parts.add(w.get(a.periodOver() ? "quote.cancel.period.yes" : "quote.cancel.period.no",
        rules.periodOverMonths(), w.get(a.periodFromValidity() ? "quote.cancel.period.validity"
            : "quote.cancel.period.span")));
    parts.add(designation(a.designation(), w));
    Optional<Boolean> v = a.verdict();
    parts.add(w.get(v.isEmpty() ? "quote.cancel.verdict.unknown"
        : v.get() ? "quote.cancel.verdict.yes" : "quote.cancel.verdict.no"));
    return String.join(w.words().lang() == Lang.JA ? "" : " ", parts);
  }

  private static String designation(Designation d, QuoteWords w) {
    return switch (d.ground()) {
      case DECLARED -> w.get(d.yes().orElse(false) ? "quote.cancel.designated.declared.yes"
          : "quote.cancel.designated.declared.no");
      case INFERRED_HAIR_GROWTH -> w.get("quote.cancel.designated.hair");
      case INFERRED_SKIN -> w.get("quote.cancel.designated.skin");
      case UNKNOWN_PURPOSE -> w.get("quote.cancel.designated.unknown");
      case UNKNOWN_METHOD -> w.get("quote.cancel.designated.none");
    };
  }

  /**
   * The basis a plan's figures are stated on, as every purchase figure of the quote (issue 18): tax
   * included, tax added or as listed, and before discounts when that plan has one.
   */
  private static String basis(QuoteReport r, boolean minimum, QuoteWords w) {
    QuoteScenario s = minimum ? r.quote().minimum().orElseThrow() : r.quote().full();
    List<String> basis = new ArrayList<>();
    basis.add(w.get("quote.basis." + PatientAmounts.basis(r.quote().clinic()).id(),
        r.quote().clinic().taxRatePercent()));
    if (PatientAmounts.beforeDiscounts(s)) {
      basis.add(w.get("quote.basis.before.discounts"));
    }
    return String.join(w.get("list.sep"), basis);
  }

  /** One plan's table and its sentence on stopping after the 3rd session. */
  private static void plan(PlanStops p, Optional<Boolean> minimum, String basis, QuoteWords w,
      List<CancellationSheet.Table> tables, List<String> third) {
    if (p.courses().isEmpty()) {
      return; // a plan that buys no course has no contract to cancel: nothing to tabulate
    }
    String name = minimum.map(w::planName).orElse(w.get("quote.cancel.plan"));
    List<List<String>> rows = new ArrayList<>();
    for (Stop s : p.stops()) {
      rows.add(List.of(w.get("quote.cancel.after", s.after()), w.money(s.paid()),
          w.money(s.fee()), w.money(s.refund()), w.money(s.cost())));
    }
    tables.add(new CancellationSheet.Table(capital(w.get("quote.cancel.table", name, basis)),
        List.of(w.get("quote.cancel.col.after"), w.get("quote.cancel.col.paid"),
            w.get("quote.cancel.col.fee"), w.get("quote.cancel.col.refund"),
            w.get("quote.cancel.col.cost")), rows));
    p.after(3).ifPresent(s -> third.add(capital(w.get("quote.cancel.third", name,
        w.money(s.cost()), w.money(s.paid()), w.money(s.refund())))));
  }

  /** A sentence that starts with a plan's name ("maximum plan") starts with a capital. */
  private static String capital(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
  }
}
