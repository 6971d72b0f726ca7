package dev.exoplan.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * When a protocol's sessions fall inside a window that opens with the first session: in ticks of
 * 1/4800 day (see {@link TimeUnit}). The first phase has a session at 0 and one every interval; a
 * later phase starts one interval after the previous phase's last session. A phase without a stated
 * count goes on to the end of the window; a phase without an interval cannot be placed in time, so
 * all its sessions are counted at the moment the phase starts.
 */
final class Timeline {
  private Timeline() {}

  /** One way the protocol could go: a count per phase (-1: until the window ends) and intervals. */
  record Scenario(int[] counts, long[] intervals) {}

  /** Session times before {@code window} ticks, in order. */
  static long[] times(List<ProtocolPhase> phases, Scenario s, long window) {
    List<Long> out = new ArrayList<>();
    long last = -1;
    for (int p = 0; p < phases.size(); p++) {
      int count = s.counts()[p];
      long every = s.intervals()[p];
      long t = last < 0 ? 0 : (every > 0 ? Exact.add(last, every) : last);
      for (int k = 0; count < 0 || k < count; k++) {
        if (t >= window) {
          break;
        }
        out.add(t);
        last = t;
        if (every <= 0) {
          if (count < 0) {
            break; // neither a count nor an interval: one session
          }
          continue; // no interval: every session of the phase at its start
        }
        t = Exact.add(t, every);
      }
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  /** Sessions strictly before {@code window}. */
  static int countBefore(long[] times, long window) {
    int n = 0;
    for (long t : times) {
      if (t < window) {
        n++;
      }
    }
    return n;
  }

  /**
   * The scenarios with the fewest and the most sessions in the window. With counts fixed, longer
   * intervals never add a session, so the fewest come from the longest intervals and the most from
   * the shortest; the counts are tried one by one (a longer first phase can push the second out).
   */
  static Scenario[] extremes(List<ProtocolPhase> phases, long window) {
    int n = phases.size();
    long[] longest = new long[n];
    long[] shortest = new long[n];
    int[] lows = new int[n];
    int[] highs = new int[n];
    for (int p = 0; p < n; p++) {
      ProtocolPhase ph = phases.get(p);
      longest[p] = ph.every().map(i -> i.unit().ticks(i.high())).orElse(0L);
      shortest[p] = ph.every().map(i -> i.unit().ticks(i.low())).orElse(0L);
      lows[p] = ph.sessions().map(CountRange::low).orElse(-1);
      highs[p] = ph.sessions().map(CountRange::high).orElse(-1);
    }
    Scenario fewest = null;
    Scenario most = null;
    int fewestCount = Integer.MAX_VALUE;
    int mostCount = -1;
    int[] counts = lows.clone();
    while (true) {
      Scenario lo = new Scenario(counts.clone(), longest);
      Scenario hi = new Scenario(counts.clone(), shortest);
      int a = times(phases, lo, window).length;
      int b = times(phases, hi, window).length;
      if (a < fewestCount) {
        fewestCount = a;
        fewest = lo;
      }
      if (b > mostCount) {
        mostCount = b;
        most = hi;
      }
      int p = n - 1;
      while (p >= 0 && (counts[p] < 0 || counts[p] == highs[p])) {
        if (counts[p] >= 0) {
          counts[p] = lows[p];
        }
        p--;
      }
      if (p < 0) {
        break;
      }
      counts[p]++;
    }
    return new Scenario[] {fewest, most};
  }
}
