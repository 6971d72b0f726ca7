package dev.exoplan.domain.compare;

import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.catalog.Protocol;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.MoneyRange;

import java.util.List;
import java.util.Optional;

/**
 * Exosome therapy against the treatments it is weighed against, over a window of months: per
 * session, how long the effect lasts, the sessions needed to keep it, and the cost of those
 * sessions, with the cumulative cost month by month. Two exosome rows: what keeping the effect
 * continuous costs, and what the protocol as stated costs.
 */
public record Comparison(
    int months,
    Optional<Method> method,
    Optional<Protocol> protocol,
    boolean taxIncluded,
    List<Row> rows) {

  /** What a row stands for. */
  public enum Kind {
    /** exosome, sessions to keep the effect continuous over the window. */
    EXOSOME_CONTINUOUS("exosome-continuous"),
    /** exosome, sessions as the protocol states them, inside the window. */
    EXOSOME_PROTOCOL("exosome-protocol"),
    /** another treatment, sessions to keep its effect continuous. */
    TREATMENT("treatment");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  /**
   * One row. {@code sessions}, {@code cost} and {@code cumulative} are empty when the effect
   * duration is unknown: unknown stays unknown. {@code cumulative.get(k - 1)} is the cost of the
   * sessions that start before the end of month {@code k}.
   */
  public record Row(
      String id,
      Kind kind,
      Text name,
      String sourceId,
      MoneyRange perSession,
      Optional<Interval> duration,
      Optional<Text> durationNote,
      Optional<CountRange> sessions,
      Optional<MoneyRange> cost,
      List<MoneyRange> cumulative,
      Text downtime,
      Text effect,
      List<Citation> cites) {

    public Row {
      cumulative = List.copyOf(cumulative);
      cites = List.copyOf(cites);
    }
  }

  public Comparison {
    rows = List.copyOf(rows);
  }
}
