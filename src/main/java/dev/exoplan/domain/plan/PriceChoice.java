package dev.exoplan.domain.plan;

import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.value.MoneyRange;

import java.util.List;
import java.util.Optional;

/**
 * The per-session price a plan uses and where it came from: the {@code --price} option, one
 * source, a loaded clinic's price list, or the envelope over every source.
 */
public record PriceChoice(
    MoneyRange perSession,
    boolean taxIncluded,
    Origin origin,
    List<String> sourceIds,
    Optional<Clinic> clinic) {

  /** Where the per-session price came from. */
  public enum Origin {
    OPTION("option"),
    SOURCE("source"),
    CLINIC("clinic"),
    MARKET("market");

    private final String id;

    Origin(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  public PriceChoice {
    sourceIds = List.copyOf(sourceIds);
  }
}
