package dev.exoplan.report.clinics;

import dev.exoplan.domain.clinics.ClinicComparison.Row;
import dev.exoplan.domain.purchase.Bought;
import dev.exoplan.domain.quote.PatientAmounts;
import dev.exoplan.domain.quote.QuoteScenario;
import dev.exoplan.report.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Issue 18, words derived from figures: a {@code clinics} row's "up front" cell, per plan. Each
 * course bought is named with the sessions it covers; when the minimum and the maximum plan buy
 * different courses (or cover different sessions, or pay different amounts) each plan is named
 * with its own, so a course only one plan buys is never shown as the other's. Amounts are on the
 * totals' basis (tax added for a tax-excluded list, docs/tax.md).
 */
final class ClinicsUpfront {
  private final Words w;

  ClinicsUpfront(Words w) {
    this.w = w;
  }

  String cell(Row r) {
    QuoteScenario full = r.quote().full();
    Optional<QuoteScenario> min = r.quote().minimum();
    if (min.isEmpty() || same(min.get(), full)) {
      return plan(r, full);
    }
    return w.get("clinics.upfront.plans",
        w.get("clinics.upfront.plan", w.get("quote.col.minimum"), plan(r, min.get())),
        w.get("clinics.upfront.plan", w.get("quote.col.full"), plan(r, full)));
  }

  /** One plan's courses: none, or the amount paid up front and each course with its sessions. */
  private String plan(Row r, QuoteScenario s) {
    List<Bought> courses = courses(s);
    if (courses.isEmpty()) {
      return w.get("clinics.none");
    }
    List<String> names = new ArrayList<>();
    for (Bought b : courses) {
      String name = r.quote().item().courses().stream().filter(c -> c.id().equals(b.id()))
          .findFirst().map(c -> c.name().in(w.lang())).orElse(b.id());
      names.add(w.get("clinics.upfront.course", name, sessions(b.covers())));
    }
    return w.get("clinics.upfront",
        w.money(PatientAmounts.shown(r.clinic(), s.purchase().committedUpFront())),
        String.join(w.get("clinics.upfront.sep"), names));
  }

  private static boolean same(QuoteScenario a, QuoteScenario b) {
    return a.purchase().committedUpFront().equals(b.purchase().committedUpFront())
        && key(courses(a)).equals(key(courses(b)));
  }

  private static List<String> key(List<Bought> courses) {
    return courses.stream().map(b -> b.id() + b.covers()).toList();
  }

  static List<Bought> courses(QuoteScenario s) {
    return s.purchase().bought().stream().filter(b -> b.kind() == Bought.Kind.COURSE).toList();
  }

  /** 1–4, or 1, 3, 4 when the sessions are not one run. */
  private String sessions(List<Integer> c) {
    boolean run = !c.isEmpty() && c.get(c.size() - 1) - c.get(0) == c.size() - 1;
    if (run && c.size() > 1) {
      return w.get("range.tight", c.get(0), c.get(c.size() - 1));
    }
    return String.join(w.get("list.sep"), c.stream().map(String::valueOf).toList());
  }
}
