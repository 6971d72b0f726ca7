package dev.exoplan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a quote is asked for: the plan (its price comes from the clinic, never from --price), the
 * clinic, the patient, the issue date, the volume for clinics that price per cc, the conditions
 * declared at screening and the discounts asked for.
 */
public record QuoteRequest(
    PlanRequest plan,
    Optional<String> clinicId,
    String patient,
    Optional<String> counselor,
    LocalDate issued,
    Optional<String> number,
    Optional<CountRange> cc,
    List<String> screen,
    List<String> discounts) {

  public QuoteRequest {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(issued, "issued");
    screen = List.copyOf(screen);
    discounts = List.copyOf(discounts);
  }
}
