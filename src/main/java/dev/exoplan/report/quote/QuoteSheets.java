package dev.exoplan.report.quote;

import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.catalog.Contraindication;
import dev.exoplan.domain.catalog.Disclosure;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.quote.Quote;
import dev.exoplan.domain.quote.QuoteScenario;
import dev.exoplan.domain.quote.PatientAmounts;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.menu.TaxBasis;
import dev.exoplan.report.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link QuoteSheet}: one copy of a quote in one language. The patient copy speaks for the
 * clinic: names instead of ids, its statements' sources as numbered endnotes, no market check and no
 * warning about first-visit prices on every quote; the clinic copy adds the market check of every
 * price used and each statement's source and line.
 */
public final class QuoteSheets {
  /** The disclosure that warns of first-visit discounts: the clinic copy's, not the patient's. */
  static final String WHOLE_PLAN = "whole-plan";

  private QuoteSheets() {}

  public static QuoteSheet build(QuoteReport r, Words words) {
    Quote q = r.quote();
    QuoteWords w = new QuoteWords(words);
    boolean clinic = r.copy() == Copy.CLINIC;
    Cites cites = new Cites(w, clinic, r.sources());
    String patient = w.get("quote.for", q.patient());
    List<QuoteSheet.Note> disclosures = new ArrayList<>();
    for (Disclosure d : q.disclosures()) {
      if (clinic || !d.id().equals(WHOLE_PLAN)) {
        disclosures.add(new QuoteSheet.Note(d.text().in(words.lang()), cites.of(d.cites()), "plain"));
      }
    }
    List<QuoteSheet.CheckGroup> checklist = new ArrayList<>();
    for (Contraindication.Level level : Contraindication.Level.values()) {
      checklist.add(new QuoteSheet.CheckGroup(w.get("quote.checklist." + level.id()), level.id(),
          q.checklist().stream().filter(c -> c.level() == level)
              .map(c -> new QuoteSheet.Check(c.text().in(words.lang()), q.flagged().contains(c),
                  cites.of(c.cites())))
              .toList()));
    }
    List<QuoteSheet.Note> facts = facts(q, w, cites);
    Optional<QuoteSheet.Section> market = clinic ? Optional.of(QuoteMarket.section(q, w))
        : Optional.empty();
    String seal = w.get("quote.seal");
    return new QuoteSheet(
        words.lang().id(),
        w.get("quote.title"),
        clinic ? Optional.of(w.get("quote.copy.clinic")) : Optional.empty(),
        w.get("quote.number", q.number()),
        w.get("quote.issued.on", w.date(q.issued())),
        w.get("quote.valid.until", w.date(q.validUntil())),
        w.get("quote.subject", w.subject(q)),
        q.clinic().example() ? Optional.of(w.get("quote.example")) : Optional.empty(),
        new QuoteSheet.Issuer(q.clinic().name().in(words.lang()), q.clinic().address(),
            q.clinic().phone(),
            q.clinic().registration().map(n -> w.get("quote.registration", n)),
            q.counselor().map(c -> w.get("quote.counselor", c)), seal),
        patient,
        w.get("quote.page.header", q.number(), patient),
        w.get("quote.page"),
        headline(q, w),
        CancellationSheets.honest(r, w, alternatives(q, w, cites)),
        w.get("quote.plan.label", w.plan(q)),
        q.flagged().isEmpty() ? Optional.empty()
            : Optional.of(new QuoteSheet.Note(w.flagged(q), w.get("quote.doctor"), "warning")),
        QuoteTable.table(q, w),
        facts,
        market,
        QuoteSchedule.schedule(q, w),
        w.get("quote.checklist"),
        checklist,
        w.get("quote.disclosures"),
        disclosures,
        w.get("quote.validity", w.date(q.validUntil())),
        new QuoteSheet.Signatures(w.get("quote.signatures"), w.get("quote.consent"),
            w.get("quote.sign.patient"), w.get("quote.sign.counselor"), q.counselor(),
            w.get("quote.sign.date"), accepts(q, w)),
        w.get(clinic ? "sources.heading" : "quote.endnotes"),
        cites.endnotes());
  }

  /**
   * Issue 18 (pages): what the signatures accept, said beside them: the quote's number and the
   * totals of its headline, so that a signature page printed apart from the first still names
   * them.
   */
  private static String accepts(Quote q, QuoteWords w) {
    List<String> totals = new ArrayList<>();
    for (QuoteSheet.Headline h : headline(q, w)) {
      totals.add(w.get("quote.sign.total", h.label(), h.amount()));
    }
    return w.get("quote.sign.accepts", q.number(), String.join(w.get("quote.sign.sep"), totals));
  }

  /** The totals in the headline box: the maximum plan's, and the minimum plan's for a range. */
  private static List<QuoteSheet.Headline> headline(Quote q, QuoteWords w) {
    List<QuoteSheet.Headline> out = new ArrayList<>();
    if (q.minimum().isPresent()) {
      QuoteScenario m = q.minimum().get();
      out.add(new QuoteSheet.Headline(w.get("quote.headline.minimum", label(q, w, m), m.sessions()),
          w.floor(m, w.money(m.total())), w.taxContained(q, m)));
      out.add(new QuoteSheet.Headline(w.get("quote.headline.maximum", label(q, w, q.full()),
          q.full().sessions()), w.floor(q.full(), w.money(q.full().total())),
          w.taxContained(q, q.full())));
    } else {
      out.add(new QuoteSheet.Headline(label(q, w, q.full()),
          w.floor(q.full(), w.money(q.full().total())), w.taxContained(q, q.full())));
    }
    return out;
  }

  /** The total's label, with (下限) / (lower bound) when the plan uses a "from" price (issue 18). */
  private static String label(Quote q, QuoteWords w, QuoteScenario s) {
    return s.from() ? w.get("quote.floor.label", w.totalLabel(q)) : w.totalLabel(q);
  }

  /**
   * The honest minimum of a range where a plan buys a course up front (issue 18: derived per plan):
   * what the patient pays if they buy the course as quoted and stop after the third session, where
   * 003 (line 151) says a change is usually felt, named by the plan it holds for; the other plan's
   * total is called the price without a course only when that plan buys none.
   */
  private static List<QuoteSheet.Note> alternatives(Quote q, QuoteWords w, Cites cites) {
    List<QuoteSheet.Note> out = new ArrayList<>();
    if (q.minimum().isEmpty()) {
      return out;
    }
    QuoteScenario min = q.minimum().get();
    QuoteScenario max = q.full();
    boolean minCourse = PatientAmounts.buysCourse(min);
    boolean maxCourse = PatientAmounts.buysCourse(max);
    if (!minCourse && !maxCourse) {
      return out;
    }
    String cited = cites.of(List.of(new Citation("003", 151, "")));
    if (minCourse && maxCourse) {
      Optional<String> a = paidByThird(q, w, min);
      Optional<String> b = paidByThird(q, w, max);
      if (a.isPresent() && b.isPresent()) {
        out.add(new QuoteSheet.Note(w.get("quote.honest.both", w.perPlan(a, b.get())), cited,
            "plain"));
      }
      return out;
    }
    QuoteScenario buys = minCourse ? min : max;
    QuoteScenario other = minCourse ? max : min;
    paidByThird(q, w, buys).ifPresent(t -> out.add(new QuoteSheet.Note(w.get("quote.honest.one",
        w.planName(minCourse), t, w.planName(!minCourse),
        w.floor(other, w.money(other.total()))), cited, "plain")));
    return out;
  }

  /** What a plan has paid by the third session, on the total's tax basis, with its basis said. */
  private static Optional<String> paidByThird(Quote q, QuoteWords w, QuoteScenario s) {
    return PatientAmounts.paidByThird(q.clinic(), s).map(m -> w.purchaseAmount(q, s, m));
  }

  /**
   * The notes under the table: how tax was computed, what courses and trial prices save (per plan),
   * what each plan pays by the third session and in advance for courses, a cheaper purchase with
   * unused course sessions (per plan), "from" prices, member prices and the price list's effective
   * date. Every figure is stated on the basis of the total beside it (issue 18).
   */
  private static List<QuoteSheet.Note> facts(Quote q, QuoteWords w, Cites cites) {
    List<QuoteSheet.Note> out = new ArrayList<>();
    QuoteScenario full = q.full();
    Optional<QuoteScenario> min = q.minimum();
    out.add(QuoteSheet.Note.plain(q.clinic().taxBasis() == TaxBasis.NOT_STATED
        ? w.get("quote.tax.not.stated") : w.taxNote(q)));
    if (min.isPresent()) {
      Money low = min.get().saving();
      if (!low.isZero() || !full.saving().isZero()) {
        out.add(QuoteSheet.Note.plain(w.get("quote.saving.both", w.money(low),
            w.money(full.saving()))));
      }
    } else if (!full.saving().isZero()) {
      out.add(QuoteSheet.Note.plain(w.get("quote.saving", w.money(full.saving()))));
    }
    Optional<String> third = paidByThird(q, w, full);
    if (third.isPresent()) {
      Optional<String> low = min.flatMap(m -> paidByThird(q, w, m));
      String amount = min.isPresent() ? w.perPlan(Optional.of(low.orElse(w.get("quote.none"))),
          third.get()) : third.get();
      out.add(new QuoteSheet.Note(w.get("quote.paid.third", amount),
          cites.of(List.of(new Citation("003", 151, ""))), "plain"));
    }
    boolean minCourse = min.map(PatientAmounts::buysCourse).orElse(false);
    if (PatientAmounts.buysCourse(full) || minCourse) {
      Optional<String> a = min.map(m -> PatientAmounts.buysCourse(m)
          ? w.purchaseAmount(q, m, PatientAmounts.committedUpFront(q.clinic(), m))
          : w.get("quote.none"));
      String b = PatientAmounts.buysCourse(full)
          ? w.purchaseAmount(q, full, PatientAmounts.committedUpFront(q.clinic(), full))
          : w.get("quote.none");
      out.add(QuoteSheet.Note.plain(w.get("quote.committed", w.perPlan(a, b))));
    }
    if (min.isPresent()) {
      unused(q, w, min.get(), Optional.of(w.planName(true))).ifPresent(out::add);
      unused(q, w, full, Optional.of(w.planName(false))).ifPresent(out::add);
      QuoteLapse.note(q, w, min.get(), Optional.of(w.planName(true))).ifPresent(out::add);
      QuoteLapse.note(q, w, full, Optional.of(w.planName(false))).ifPresent(out::add);
    } else {
      unused(q, w, full, Optional.empty()).ifPresent(out::add);
      QuoteLapse.note(q, w, full, Optional.empty()).ifPresent(out::add); // issue 19
    }
    if (full.from() || min.map(QuoteScenario::from).orElse(false)) {
      out.add(QuoteSheet.Note.plain(w.get("quote.from")));
    }
    if (q.member()) {
      out.add(QuoteSheet.Note.plain(w.get("quote.member")));
    }
    q.clinic().menu().effective().ifPresent(d ->
        out.add(QuoteSheet.Note.plain(w.get("quote.effective", w.date(d)))));
    // issue 18, finding 12: costs do not stop at the plan's window (003 line 195, 000 line 89)
    out.add(new QuoteSheet.Note(dev.exoplan.report.plan.FurtherYearText.sentence(w.words(),
        dev.exoplan.domain.quote.QuoteFurtherYear.of(q),
        dev.exoplan.domain.quote.QuoteFurtherYear.from(q)), cites.of(List.of(
            new Citation("003", 195, ""), new Citation("000", 89, ""))), "plain"));
    return out;
  }

  /** A cheaper purchase with unused course sessions, both totals on the page's tax basis. */
  private static Optional<QuoteSheet.Note> unused(Quote q, QuoteWords w, QuoteScenario s,
      Optional<String> plan) {
    return PatientAmounts.unused(q.clinic(), s).map(u -> QuoteSheet.Note.plain(w.get(
        "quote.unused.basis", courseName(q, w, u.courseId()), u.unusedSessions(),
        w.purchaseAmount(q, s, u.total()), w.purchaseAmount(q, s, u.quoted()),
        plan.orElse(w.get("quote.this")))));
  }

  private static String courseName(Quote q, QuoteWords w, String id) {
    return q.item().courses().stream().filter(c -> c.id().equals(id)).findFirst()
        .map(c -> c.name().in(w.words().lang())).orElse(id);
  }

  /**
   * Where statements come from, as the copy prints it: the clinic copy cites source and line
   * ("003 85行目"); the patient copy marks the sources it cites ("003"), listed as endnotes.
   */
  static final class Cites {
    private final QuoteWords w;
    private final boolean lines;
    private final List<Source> sources;
    private final List<String> used = new ArrayList<>();

    Cites(QuoteWords w, boolean lines, List<Source> sources) {
      this.w = w;
      this.lines = lines;
      this.sources = sources;
    }

    String of(List<Citation> cites) {
      if (lines) {
        return w.cites(cites);
      }
      List<String> marks = new ArrayList<>();
      for (Citation c : cites) {
        if (!marks.contains(c.source()) && sources.stream().anyMatch(x -> x.id().equals(c.source()))) {
          marks.add(c.source());
          if (!used.contains(c.source())) {
            used.add(c.source());
          }
        }
      }
      marks.sort(null);
      return String.join(",", marks);
    }

    /** The clinic copy's full source lines, or the patient copy's short numbered endnotes. */
    List<String> endnotes() {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < sources.size(); i++) {
        Source s = sources.get(i);
        String date = s.date().map(w::date).orElse(w.get("date.none"));
        if (lines) {
          out.add(w.get("source.line", s.id(), s.summary().in(w.words().lang()), date,
              "pricing/sources/" + s.file()));
        } else if (used.contains(s.id())) {
          out.add(w.get("quote.endnote", s.id(), s.summary().in(w.words().lang()), date));
        }
      }
      return out;
    }
  }
}
