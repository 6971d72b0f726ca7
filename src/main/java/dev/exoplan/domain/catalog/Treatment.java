package dev.exoplan.domain.catalog;

import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.PriceRange;

import java.util.List;
import java.util.Optional;

/**
 * A treatment exosome therapy is compared with (or exosome itself, as a comparison table states
 * it): price per session, how long the effect lasts (empty when the source says it varies by
 * person: unknown, never a guess), downtime and main effect.
 */
public record Treatment(
    String id,
    Text name,
    String sourceId,
    PriceRange price,
    boolean taxIncluded,
    Optional<Interval> duration,
    Optional<Text> durationNote,
    Text downtime,
    Text effect,
    boolean exosome,
    List<Citation> cites,
    List<SourceNote> notes) {

  public Treatment {
    cites = List.copyOf(cites);
    notes = List.copyOf(notes);
  }
}
