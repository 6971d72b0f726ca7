package dev.exoplan.report.quote;

import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.catalog.Contraindication;
import dev.exoplan.domain.catalog.Disclosure;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.quote.Quote;
import dev.exoplan.domain.quote.QuoteScenario;
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
        alternatives(q, w, cites),
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
            w.get("quote.sign.date")),
        w.get(clinic ? "sources.heading" : "quote.endnotes"),
        cites.endnotes());
  }

  /** The totals in the headline box: the maximum plan's, and the minimum plan's for a range. */
  private static List<QuoteSheet.Headline> headline(Quote q, QuoteWords w) {
    List<QuoteSheet.Headline> out = new ArrayList<>();
    if (q.minimum().isPresent()) {
      QuoteScenario m = q.minimum().get();
      out.add(new QuoteSheet.Headline(w.get("quote.headline.minimum", w.totalLabel(q), m.sessions()),
          w.money(m.total()), w.taxContained(q, m.tax())));
      out.add(new QuoteSheet.Headline(w.get("quote.headline.maximum", w.totalLabel(q),
          q.full().sessions()), w.money(q.full().total()), w.taxContained(q, q.full().tax())));
    } else {
      out.add(new QuoteSheet.Headline(w.totalLabel(q), w.money(q.full().total()),
          w.taxContained(q, q.full().tax())));
    }
    return out;
  }

  /**
   * The honest minimum of a range whose maximum plan buys a course up front: what the patient pays
   * if they buy it as quoted and stop after the third session, where 003 (line 151) says a change is
   * usually felt.
   */
  private static List<QuoteSheet.Note> alternatives(Quote q, QuoteWords w, Cites cites) {
    List<QuoteSheet.Note> out = new ArrayList<>();
    if (q.minimum().isEmpty() || q.full().purchase().committedUpFront().isZero()) {
      return out;
    }
    Optional<Money> third = q.full().purchase().paidByThird();
    boolean adjusted = !q.full().discounts().isZero()
        || q.clinic().taxBasis() == TaxBasis.EXCLUDED;
    third.ifPresent(t -> out.add(new QuoteSheet.Note(w.get("quote.honest.minimum",
        adjusted ? w.get("quote.paid.before", w.money(t)) : w.money(t),
        w.money(q.minimum().get().total())), cites.of(List.of(new Citation("003", 151, ""))), "plain")));
    return out;
  }

  /**
   * The notes under the table: how tax was computed, what courses and trial prices save (per plan),
   * what is paid by the third session, what is paid in advance for courses, a cheaper purchase with
   * unused course sessions, "from" prices, member prices and the price list's effective date.
   */
  private static List<QuoteSheet.Note> facts(Quote q, QuoteWords w, Cites cites) {
    List<QuoteSheet.Note> out = new ArrayList<>();
    QuoteScenario full = q.full();
    out.add(QuoteSheet.Note.plain(q.clinic().taxBasis() == TaxBasis.NOT_STATED
        ? w.get("quote.tax.not.stated") : w.taxNote(q)));
    if (q.minimum().isPresent()) {
      Money low = q.minimum().get().saving();
      if (!low.isZero() || !full.saving().isZero()) {
        out.add(QuoteSheet.Note.plain(w.get("quote.saving.both", w.money(low),
            w.money(full.saving()))));
      }
    } else if (!full.saving().isZero()) {
      out.add(QuoteSheet.Note.plain(w.get("quote.saving", w.money(full.saving()))));
    }
    Optional<Money> third = full.purchase().paidByThird();
    boolean honest = q.minimum().isPresent() && !full.purchase().committedUpFront().isZero();
    if (third.isPresent() && !honest) {
      Optional<Money> low = q.minimum().flatMap(m -> m.purchase().paidByThird());
      String amount = low.isPresent() && !low.get().equals(third.get())
          ? w.get("quote.paid.third.both", w.money(low.get()), w.money(third.get()))
          : w.money(third.get());
      boolean adjusted = !full.discounts().isZero() || q.minimum().map(m -> !m.discounts().isZero())
          .orElse(false) || q.clinic().taxBasis() == TaxBasis.EXCLUDED;
      out.add(new QuoteSheet.Note(w.get("quote.paid.third",
          adjusted ? w.get("quote.paid.before", amount) : amount),
          cites.of(List.of(new Citation("003", 151, ""))), "plain"));
    }
    Money upFront = full.purchase().committedUpFront();
    if (!upFront.isZero()) {
      out.add(QuoteSheet.Note.plain(w.get("quote.committed", w.money(upFront))));
    }
    full.purchase().unused().ifPresent(u -> out.add(QuoteSheet.Note.plain(w.get("quote.unused",
        courseName(q, w, u.courseId()), u.unusedSessions(), w.money(u.total()),
        w.money(u.quoted())))));
    if (full.from() || q.minimum().map(QuoteScenario::from).orElse(false)) {
      out.add(QuoteSheet.Note.plain(w.get("quote.from")));
    }
    if (q.member()) {
      out.add(QuoteSheet.Note.plain(w.get("quote.member")));
    }
    q.clinic().menu().effective().ifPresent(d ->
        out.add(QuoteSheet.Note.plain(w.get("quote.effective", w.date(d)))));
    return out;
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
