package dev.exoplan.domain.quote;

import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.value.CountRange;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a quote is asked for: the plan (its price comes from the clinic, never from --price), the
 * clinic, the patient, the issue date, the volume for clinics that price per cc, the conditions
 * declared at screening (each once, in the order first given) and the discounts asked for; the
 * menu item (default: the method's standard one), its amount per session ({@code cc} in cc,
 * {@code dose} in the item's unit), member prices and the optional add-ons asked for.
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
    List<String> discounts,
    Optional<String> item,
    Optional<CountRange> dose,
    boolean member,
    List<String> add,
    List<String> surcharges) {

  public QuoteRequest {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(issued, "issued");
    screen = List.copyOf(new java.util.LinkedHashSet<>(screen)); // each once (issue 22), as --add
    discounts = List.copyOf(discounts);
    add = List.copyOf(add);
    surcharges = List.copyOf(new java.util.LinkedHashSet<>(surcharges)); // issue 19, each once
  }

  /** A request without surcharges (issue 19). */
  public QuoteRequest(PlanRequest plan, Optional<String> clinicId, String patient,
      Optional<String> counselor, LocalDate issued, Optional<String> number,
      Optional<CountRange> cc, List<String> screen, List<String> discounts, Optional<String> item,
      Optional<CountRange> dose, boolean member, List<String> add) {
    this(plan, clinicId, patient, counselor, issued, number, cc, screen, discounts, item, dose,
        member, add, List.of());
  }

  /** A request for the method's standard item at list prices, no add-ons. */
  public QuoteRequest(PlanRequest plan, Optional<String> clinicId, String patient,
      Optional<String> counselor, LocalDate issued, Optional<String> number,
      Optional<CountRange> cc, List<String> screen, List<String> discounts) {
    this(plan, clinicId, patient, counselor, issued, number, cc, screen, discounts,
        Optional.empty(), Optional.empty(), false, List.of(), List.of());
  }
}
