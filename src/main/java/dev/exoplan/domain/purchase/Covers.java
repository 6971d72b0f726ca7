package dev.exoplan.domain.purchase;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/**
 * The sessions (1-based) a purchase or a quote line covers, in the order given, kept as runs of
 * consecutive numbers: a course of 100,000 sessions is one run, not 100,000 boxed numbers, and
 * appending a purchase to a line is amortised constant time (issue 22: merging copied the whole
 * list on every purchase). An unmodifiable {@link List} like {@link List#of}: equal to any list
 * of the same numbers in the same order.
 */
public final class Covers extends AbstractList<Integer> implements RandomAccess {
  private static final Covers EMPTY = new Covers(0, 0, 0, null, null, null);

  private final int runs;
  private final int lo; // one run: lo .. hi, with no arrays (a single session, a course)
  private final int hi;
  private final int[] first; // more runs: run r is first[r] .. last[r]
  private final int[] last;
  private final int[] before; // elements in runs 0 .. r-1; before[runs] is the size

  private Covers(int runs, int lo, int hi, int[] first, int[] last, int[] before) {
    this.runs = runs;
    this.lo = lo;
    this.hi = hi;
    this.first = first;
    this.last = last;
    this.before = before;
  }

  public static Covers empty() {
    return EMPTY;
  }

  /** One session. */
  public static Covers of(int session) {
    return new Covers(1, session, session, null, null, null);
  }

  /** Sessions {@code from} to {@code to}, both included ({@code from <= to}). */
  public static Covers range(int from, int to) {
    if (to < from || (long) to - from + 1 > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("not a range of sessions: " + from + ".." + to);
    }
    return new Covers(1, from, to, null, null, null);
  }

  /** The same numbers as {@code list}, in its order; {@code list} itself when it is one already. */
  public static Covers copyOf(List<Integer> list) {
    if (list instanceof Covers c) {
      return c;
    }
    return new Builder().addAll(list).build();
  }

  private int first(int r) {
    return runs == 1 ? lo : first[r];
  }

  private int last(int r) {
    return runs == 1 ? hi : last[r];
  }

  @Override
  public int size() {
    return runs == 0 ? 0 : runs == 1 ? hi - lo + 1 : before[runs];
  }

  @Override
  public Integer get(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + size());
    }
    if (runs == 1) {
      return lo + index;
    }
    // the last run that starts at or before index
    int l = 0;
    int h = runs - 1;
    while (l < h) {
      int mid = (l + h + 1) >>> 1;
      if (before[mid] <= index) {
        l = mid;
      } else {
        h = mid - 1;
      }
    }
    return first[l] + (index - before[l]);
  }

  @Override
  public Iterator<Integer> iterator() {
    return new Iterator<>() {
      private int run;
      private int next = runs > 0 ? first(0) : 0;

      @Override
      public boolean hasNext() {
        return run < runs;
      }

      @Override
      public Integer next() {
        if (run >= runs) {
          throw new NoSuchElementException();
        }
        int value = next;
        if (value == last(run)) {
          run++;
          next = run < runs ? first(run) : 0;
        } else {
          next = value + 1;
        }
        return value;
      }
    };
  }

  /** Collects sessions in order; a session one after the last extends its run. */
  public static final class Builder {
    private int[] first = new int[4];
    private int[] last = new int[4];
    private int runs;
    private long size;

    public Builder add(int session) {
      if (runs > 0 && last[runs - 1] != Integer.MAX_VALUE && session == last[runs - 1] + 1) {
        last[runs - 1] = session;
        size++;
      } else {
        run(session, session);
      }
      return this;
    }

    public Builder addAll(List<Integer> sessions) {
      if (sessions instanceof Covers c) {
        for (int r = 0; r < c.runs; r++) {
          add(c.first(r));
          if (c.last(r) != c.first(r)) {
            size += (long) c.last(r) - last[runs - 1];
            last[runs - 1] = c.last(r);
          }
        }
      } else {
        for (int s : sessions) {
          add(s);
        }
      }
      return this;
    }

    private void run(int from, int to) {
      if (runs == first.length) {
        first = Arrays.copyOf(first, runs * 2);
        last = Arrays.copyOf(last, runs * 2);
      }
      first[runs] = from;
      last[runs] = to;
      runs++;
      size += (long) to - from + 1;
    }

    public Covers build() {
      if (runs == 0) {
        return EMPTY;
      }
      if (size > Integer.MAX_VALUE) {
        throw new IllegalStateException("more than " + Integer.MAX_VALUE + " sessions");
      }
      if (runs == 1) {
        return new Covers(1, first[0], last[0], null, null, null);
      }
      int[] before = new int[runs + 1];
      for (int r = 0; r < runs; r++) {
        before[r + 1] = before[r] + (last[r] - first[r] + 1);
      }
      return new Covers(runs, 0, 0, Arrays.copyOf(first, runs), Arrays.copyOf(last, runs), before);
    }
  }
}
