package dev.exoplan.report.plan;

import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.text.Lang;
import dev.exoplan.domain.value.MoneyRange;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.plan.ScheduledSession;
import dev.exoplan.domain.catalog.SourceNote;
import dev.exoplan.report.text.Doc;
import dev.exoplan.report.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the sources say that a plan should tell the patient (issue 10), as cited bullets: the
 * protocol's notes (when the effect appears, no standard number of sessions, how a phrase of the
 * source is read, a warning against being pushed to regular sessions) and, after the note on the
 * third session, what the patient has paid by then and, with a schedule, when that is.
 */
public final class PlanFacts {
  /** The note the decision point follows. */
  static final String DECISION_NOTE = "decision-point";

  private PlanFacts() {}

  public static List<Doc.Bullet> bullets(Words w, Plan p) {
    List<Doc.Bullet> out = new ArrayList<>();
    if (p.protocol().isEmpty()) {
      return out;
    }
    for (SourceNote n : p.protocol().get().notes()) {
      String text = n.text().in(w.lang());
      if (n.id().equals(Optional.of(DECISION_NOTE))) {
        Optional<MoneyRange> paid = p.paidByDecision();
        if (paid.isPresent()) {
          Optional<String> when = when(w, p);
          // Japanese sentences follow one another without a space
          text = text + (w.lang() == Lang.JA ? "" : " ") + w.get(when.isPresent() ? "plan.decision.dated" : "plan.decision",
              Plan.DECISION_SESSION, w.rangeWithTypical(paid.get()), when.orElse(""));
        }
      }
      out.add(new Doc.Bullet(text, "(" + cites(w, n.cites()) + ")"));
    }
    return out;
  }

  private static Optional<String> when(Words w, Plan p) {
    if (p.schedule().size() < Plan.DECISION_SESSION) {
      return Optional.empty();
    }
    ScheduledSession s = p.schedule().get(Plan.DECISION_SESSION - 1);
    if (s.earliest().isEmpty() || s.latest().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(s.earliest().equals(s.latest()) ? w.date(s.earliest().get())
        : w.get("schedule.between", s.earliest().get(), s.latest().get()));
  }

  private static String cites(Words w, List<Citation> cites) {
    List<String> parts = new ArrayList<>();
    for (Citation c : cites) {
      String part = w.get("note.cite", c.source(), c.line());
      if (!parts.contains(part)) {
        parts.add(part);
      }
    }
    return String.join(w.get("list.sep"), parts);
  }
}
