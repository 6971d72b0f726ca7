package dev.exoplan.domain.quote;

import dev.exoplan.domain.catalog.Contraindication;
import dev.exoplan.domain.catalog.Disclosure;
import dev.exoplan.domain.quote.MarketCheck;
import dev.exoplan.domain.quote.MarketSurvey;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Method;

import dev.exoplan.domain.menu.Item;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A quote (見積書) for one patient's plan at one clinic: the full plan's lines and total, the
 * minimum plan's when the plan is a range, the market checks, the relative contraindications
 * declared (a doctor must decide), the checklist and the disclosures to print; the menu item
 * quoted and whether member prices were asked for; the survey of every price used against the
 * market (the clinic copy prints it).
 */
public record Quote(
    Clinic clinic,
    String number,
    String patient,
    Optional<String> counselor,
    LocalDate issued,
    LocalDate validUntil,
    Method method,
    Item item,
    boolean member,
    Plan plan,
    Optional<CountRange> cc,
    QuoteScenario full,
    Optional<QuoteScenario> minimum,
    List<MarketCheck> checks,
    List<Contraindication> flagged,
    List<Contraindication> checklist,
    List<Disclosure> disclosures,
    Optional<MarketSurvey> survey) {

  public Quote {
    checks = List.copyOf(checks);
    flagged = List.copyOf(flagged);
    checklist = List.copyOf(checklist);
    disclosures = List.copyOf(disclosures);
  }
}
