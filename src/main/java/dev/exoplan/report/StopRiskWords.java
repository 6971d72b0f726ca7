package dev.exoplan.report;

import dev.exoplan.domain.quote.StopRisk;
import java.util.Optional;

/**
 * The cell that says the amount at risk when a patient stops after the 3rd session (issue 23), in
 * {@code clinics}' and {@code budget}'s tables alike: fewer than 3 sessions, no course, the Act does
 * not apply, at most the figure, or at most the figure if the Act applies (unknown).
 */
public final class StopRiskWords {
  private StopRiskWords() {}

  /** {@code sessions}: the plan's (the higher plan's) number of sessions. */
  public static String cell(Optional<StopRisk> risk, int sessions, Words w) {
    if (risk.isEmpty()) {
      return w.get(sessions < 3 ? "clinics.third.none" : "clinics.act.none");
    }
    StopRisk k = risk.get();
    if (k.applies().equals(Optional.of(false))) {
      return w.get("clinics.act.no");
    }
    String span = k.low().equals(k.high()) ? w.money(k.low())
        : w.get("range", w.money(k.low()), w.money(k.high()));
    return w.get(k.applies().isPresent() ? "clinics.act.yes" : "clinics.act.unknown", span);
  }
}
