package dev.exoplan.jdk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collector;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The stream operations whose JDK implementations link lambdas of the JDK's own (findFirst's
 * sink, Collectors.joining, sorted, the matches, toList, IntStream's sum, max and toArray), done the same
 * way through forEach, which links none. The build (src/build/Desugar.java) sends exoplan's calls
 * of those operations here, so that a short command never starts the JDK's method-handle
 * machinery: the first lambda the JDK links costs a cold JVM some 5 ms, an eighth of a Hello
 * World (issue 21). The source keeps calling the streams API; StreamsTest proves each operation
 * here gives the JDK's answer.
 *
 * <p>These are for sequential streams, which are all exoplan uses. The short-circuiting ones stop
 * the stream with a preallocated exception that records no stack.
 */
public final class Streams {
  private Streams() {}

  /** Thrown through forEach to stop a stream once the answer is known. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private static final Stop STOP = new Stop();

  public static <T> Optional<T> findFirst(Stream<T> s) {
    List<T> found = new ArrayList<>(1);
    try {
      s.forEach(t -> {
        found.add(t);
        throw STOP;
      });
    } catch (Stop stop) {
      return Optional.of(found.get(0)); // null: NullPointerException, as the JDK's
    }
    return Optional.empty();
  }

  public static <T> boolean anyMatch(Stream<T> s, Predicate<? super T> p) {
    try {
      s.forEach(t -> {
        if (p.test(t)) {
          throw STOP;
        }
      });
    } catch (Stop stop) {
      return true;
    }
    return false;
  }

  public static <T> boolean allMatch(Stream<T> s, Predicate<? super T> p) {
    try {
      s.forEach(t -> {
        if (!p.test(t)) {
          throw STOP;
        }
      });
    } catch (Stop stop) {
      return false;
    }
    return true;
  }

  public static <T> boolean noneMatch(Stream<T> s, Predicate<? super T> p) {
    return !anyMatch(s, p);
  }

  /** Stream.toList: unmodifiable, nulls allowed. */
  public static <T> List<T> toList(Stream<T> s) {
    List<T> out = new ArrayList<>();
    s.forEach(out::add);
    return Collections.unmodifiableList(out);
  }

  public static <T> Stream<T> sorted(Stream<T> s) {
    return sorted(s, null);
  }

  /** A stable sort, as the JDK's sorted is for an ordered sequential stream. */
  public static <T> Stream<T> sorted(Stream<T> s, Comparator<? super T> order) {
    List<T> all = new ArrayList<>();
    s.forEach(all::add);
    all.sort(order);
    return all.stream();
  }

  public static int sum(IntStream s) {
    int[] sum = {0};
    s.forEach(v -> sum[0] += v); // overflows as the JDK's Integer::sum does
    return sum[0];
  }

  public static int[] toArray(IntStream s) {
    int[][] all = {new int[16]};
    int[] n = {0};
    s.forEach(v -> {
      if (n[0] == all[0].length) {
        all[0] = java.util.Arrays.copyOf(all[0], n[0] * 2);
      }
      all[0][n[0]++] = v;
    });
    return java.util.Arrays.copyOf(all[0], n[0]);
  }

  public static OptionalInt max(IntStream s) {
    int[] max = {0};
    boolean[] any = {false};
    s.forEach(v -> {
      if (!any[0] || v > max[0]) {
        max[0] = v;
      }
      any[0] = true;
    });
    return any[0] ? OptionalInt.of(max[0]) : OptionalInt.empty();
  }

  public static Collector<CharSequence, ?, String> joining() {
    return joining("", "", "");
  }

  public static Collector<CharSequence, ?, String> joining(CharSequence between) {
    return joining(between, "", "");
  }

  public static Collector<CharSequence, ?, String> joining(CharSequence between,
      CharSequence prefix, CharSequence suffix) {
    String sep = between.toString();
    String pre = prefix.toString();
    String suf = suffix.toString();
    return new Joining(() -> new StringJoiner(sep, pre, suf));
  }

  /** Collectors.joining's collector, made of exoplan's own functions. */
  private static final class Joining implements Collector<CharSequence, StringJoiner, String> {
    private final Supplier<StringJoiner> supplier;

    Joining(Supplier<StringJoiner> supplier) {
      this.supplier = supplier;
    }

    @Override
    public Supplier<StringJoiner> supplier() {
      return supplier;
    }

    @Override
    public BiConsumer<StringJoiner, CharSequence> accumulator() {
      return StringJoiner::add;
    }

    @Override
    public BinaryOperator<StringJoiner> combiner() {
      return StringJoiner::merge;
    }

    @Override
    public Function<StringJoiner, String> finisher() {
      return StringJoiner::toString;
    }

    @Override
    public Set<Characteristics> characteristics() {
      return Set.of();
    }
  }
}
