package dev.exoplan.domain.plan;

import dev.exoplan.domain.value.PhaseKind;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Exact;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.TimeUnit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a plan's sessions fall on one timeline that opens with the plan (month 1 begins on its first
 * day, the day of the first session, whichever phase it is in). A phase after one that may have
 * sessions opens in the month its protocol states ({@link
 * ProtocolPhase#fromMonth}: 003's maintenance in month 6) or at the next session of the phase before
 * it, whichever is later, and repeats every interval; a phase without an interval has all its
 * sessions at its opening, and the phase after it opens one of its own intervals later.
 *
 * <p>One calendar rule counts and dates (docs/schedule.md): a moment is whole months plus days from
 * the start, {@code start.plusMonths(m).plusDays(d)}, always computed from the start date (never
 * from an earlier, clamped date); a window of N months ends, exclusive, on {@code
 * start.plusMonths(N)}. Without a start date a moment is measured with the Gregorian mean month
 * (146,097 days per 4,800 months), which gives the same counts whenever only months are involved.
 *
 * <p>A range plan is two scenarios: the low one (the low counts and the longest intervals) and the
 * high one (the high counts and the shortest intervals). A phase's opening may not depend on how many
 * sessions an earlier phase has (it would make the low end something other than the plan at the low
 * ends, and number sessions out of date order): such a plan is refused with a way out.
 */
public final class Timeline {
  private Timeline() {}

  /** A moment: whole calendar months plus days after the start. */
  public record Offset(long months, long days) {
    static final Offset ZERO = new Offset(0, 0);

    Offset plus(Offset o) {
      return new Offset(Exact.add(months, o.months), Exact.add(days, o.days));
    }

    // Written out: a record's generated equals and hashCode are linked at their first call by an
    // invokedynamic bootstrap that costs a short run milliseconds (RecordMethodsTest, bench/startup.py).
    @Override
    public boolean equals(Object o) {
      return o instanceof Offset other && months == other.months && days == other.days;
    }

    @Override
    public int hashCode() {
      return 31 * Long.hashCode(months) + Long.hashCode(days);
    }
  }

  /**
   * One phase to place: a count (empty: until the window ends), an interval, an opening month, and
   * whether the count was given on the command line (then it must fit in the window: it is never
   * cut short silently; a protocol's stated count is, to what falls within the window).
   */
  public record Part(
      PhaseKind kind,
      Optional<CountRange> count,
      Optional<Interval> every,
      Optional<Integer> fromMonth,
      boolean given) {}

  /** One session of the high plan: its earliest moment, its latest (empty: by the window's end). */
  record Slot(Offset earliest, Optional<Offset> latest, boolean optional, boolean dated) {}

  /** Where the sessions of one scenario fall, phase by phase, and where each phase opened. */
  public record Scenario(List<Offset> openings, List<List<Offset>> times) {
    public int total() {
      return times.stream().mapToInt(List::size).sum();
    }

    /** Sessions strictly before {@code end}. */
    public int before(Clock clock, Offset end) {
      long e = clock.at(end);
      int n = 0;
      for (List<Offset> ts : times) {
        for (Offset t : ts) {
          if (clock.at(t) < e) {
            n++;
          }
        }
      }
      return n;
    }
  }

  /** The result: sessions per phase (low..high), the high plan's sessions, both scenarios. */
  public record Layout(List<CountRange> counts, List<List<Slot>> slots, Scenario low, Scenario high) {}

  /** Measures moments: on the calendar from a start date, or in mean-month ticks without one. */
  public static final class Clock {
    private final Optional<LocalDate> start;

    public Clock(Optional<LocalDate> start) {
      this.start = start;
    }

    /** A number that orders moments: an epoch day, or ticks of 1/4800 day. */
    long at(Offset o) {
      if (start.isPresent()) {
        return date(o).toEpochDay();
      }
      return Exact.add(TimeUnit.monthTicks(o.months()), Exact.multiply(o.days(), 4800L));
    }

    LocalDate date(Offset o) {
      LocalDate s = start.orElseThrow();
      LocalDate d;
      try {
        d = s.plusMonths(o.months()).plusDays(o.days());
      } catch (DateTimeException | ArithmeticException e) {
        throw new DomainException(Message.of("domain.schedule.past.end", s));
      }
      if (!dev.exoplan.domain.value.DateRange.within(d)) { // issue 22: never "+10000-01-01"
        throw new DomainException(Message.of("domain.schedule.past.end", s));
      }
      return d;
    }

    Offset later(Offset a, Offset b) {
      return at(b) > at(a) ? b : a;
    }
  }

  static Offset step(Interval every, int amount) {
    return every.unit() == TimeUnit.MONTH
        ? new Offset(amount, 0)
        : new Offset(0, Exact.multiply(amount, 7));
  }

  public static Layout layout(List<Part> parts, Optional<Integer> windowMonths, Clock clock, boolean dated) {
    Optional<Offset> window = windowMonths.map(m -> new Offset(m, 0));
    Scenario low = place(parts, false, false, window, clock);
    Scenario late = place(parts, true, false, window, clock);
    Scenario high = place(parts, true, true, window, clock);
    Scenario early = place(parts, false, true, window, clock);
    independent(parts, low, late, window.isPresent(), dated);
    independent(parts, early, high, window.isPresent(), dated);
    for (int p = 0; p < parts.size(); p++) {
      Part part = parts.get(p);
      if (part.given() && part.count().isPresent()
          && (low.times().get(p).size() < part.count().get().low()
              || high.times().get(p).size() < part.count().get().high())) {
        throw new DomainException(Message.of("domain.window.exceeded", part.kind().id(),
            part.count().get().toString(), windowMonths.orElseThrow()));
      }
    }
    List<CountRange> counts = new ArrayList<>();
    List<List<Slot>> slots = new ArrayList<>();
    boolean first = true;
    for (int p = 0; p < parts.size(); p++) {
      int lo = low.times().get(p).size();
      int hi = high.times().get(p).size();
      counts.add(new CountRange(lo, hi));
      List<Slot> ss = new ArrayList<>();
      List<Offset> lateTimes = late.times().get(p);
      for (int k = 0; k < hi; k++) {
        Optional<Offset> latest = k < lateTimes.size() ? Optional.of(lateTimes.get(k)) : Optional.empty();
        boolean d = parts.get(p).every().isPresent() || (first && k == 0);
        ss.add(new Slot(high.times().get(p).get(k), latest, k >= lo, d));
      }
      first &= hi == 0;
      slots.add(ss);
    }
    return new Layout(counts, slots, low, high);
  }

  /**
   * Refuses a plan in which a phase opens at a moment that depends on an earlier phase's count, when
   * that moment matters: it decides what falls inside a window, or the dates of a phase with an
   * interval (a phase without one is listed undated wherever it opens).
   */
  private static void independent(
      List<Part> parts, Scenario fewer, Scenario more, boolean windowed, boolean dated) {
    for (int p = 1; p < parts.size(); p++) {
      boolean any = !fewer.times().get(p).isEmpty() || !more.times().get(p).isEmpty();
      boolean timed = false;
      for (int q = p; q < parts.size(); q++) {
        timed |= parts.get(q).every().isPresent();
      }
      boolean matters = windowed || (dated && timed);
      if (matters && any && !fewer.openings().get(p).equals(more.openings().get(p))) {
        Part earlier = parts.get(p - 1);
        throw new DomainException(Message.of("domain.start.depends", parts.get(p).kind().id(),
            earlier.kind().id(), earlier.count().map(CountRange::low).orElse(1)));
      }
    }
  }

  /**
   * One scenario: every phase at its low or high count, every interval at its shortest or longest;
   * sessions at or after the window's end are left out.
   */
  static Scenario place(
      List<Part> parts, boolean highCounts, boolean shortest, Optional<Offset> window, Clock clock) {
    Optional<Long> end = window.map(clock::at);
    List<Offset> openings = new ArrayList<>();
    List<List<Offset>> times = new ArrayList<>();
    Offset next = Offset.ZERO;
    boolean gapOwn = false; // the phase before had no interval: this one opens one of its own later
    boolean noneBefore = true; // no earlier phase has a session in this scenario
    for (Part part : parts) {
      Optional<Offset> step = part.every().map(i -> step(i, shortest ? i.low() : i.high()));
      Offset opening = next;
      if (gapOwn && step.isPresent()) {
        opening = opening.plus(step.get());
      }
      // issue 18: the first session is the plan's first day (--start), whichever phase it is in:
      // a phase after phases of no sessions in this scenario (--intensive 0) opens it; after a
      // session it keeps its protocol month. With --intensive 0..5 the opening then depends on the
      // count, which independent() refuses where it matters
      if (part.fromMonth().isPresent() && !noneBefore) {
        opening = clock.later(opening, new Offset(part.fromMonth().get() - 1L, 0));
      }
      openings.add(opening);
      int cap = part.count().map(c -> highCounts ? c.high() : c.low()).orElse(-1);
      List<Offset> ts = new ArrayList<>();
      Offset t = opening;
      for (int k = 0; cap < 0 || k < cap; k++) {
        if (end.isPresent() && clock.at(t) >= end.get()) {
          break;
        }
        ts.add(t);
        if (step.isEmpty()) {
          if (cap < 0) {
            break; // neither a count nor an interval cannot happen; one session at most
          }
          continue;
        }
        t = t.plus(step.get());
      }
      times.add(ts);
      noneBefore &= ts.isEmpty();
      if (ts.isEmpty()) {
        next = opening;
      } else {
        Offset last = ts.get(ts.size() - 1);
        next = step.map(last::plus).orElse(last);
        gapOwn = step.isEmpty();
      }
    }
    return new Scenario(openings, times);
  }
}
