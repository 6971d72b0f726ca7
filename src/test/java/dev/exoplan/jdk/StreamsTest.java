package dev.exoplan.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each operation Streams does through forEach gives the JDK's answer (the test classes are not
 * desugared: here the JDK's own operations run beside Streams').
 */
class StreamsTest {
  private static List<Integer> random(Random r) {
    List<Integer> l = new ArrayList<>();
    for (int k = r.nextInt(12); k > 0; k--) {
      l.add(r.nextInt(7) - 2);
    }
    return l;
  }

  @Test
  void asTheJdksOperations() {
    Random r = new Random(21);
    for (int i = 0; i < 5_000; i++) {
      List<Integer> l = random(r);
      int cut = r.nextInt(5) - 1;
      assertThat(Streams.findFirst(l.stream().filter(x -> x > cut)))
          .isEqualTo(l.stream().filter(x -> x > cut).findFirst());
      assertThat(Streams.anyMatch(l.stream(), x -> x == cut)).isEqualTo(l.stream().anyMatch(x -> x == cut));
      assertThat(Streams.allMatch(l.stream(), x -> x > cut)).isEqualTo(l.stream().allMatch(x -> x > cut));
      assertThat(Streams.noneMatch(l.stream(), x -> x == cut)).isEqualTo(l.stream().noneMatch(x -> x == cut));
      assertThat(Streams.toList(l.stream().map(x -> x * 2))).isEqualTo(l.stream().map(x -> x * 2).toList());
      assertThat(Streams.toList(Streams.sorted(l.stream()))).isEqualTo(l.stream().sorted().toList());
      Comparator<Integer> byAbs = Comparator.comparingInt(Math::abs); // stable: ties keep their order
      assertThat(Streams.toList(Streams.sorted(l.stream(), byAbs)))
          .isEqualTo(l.stream().sorted(byAbs).toList());
      assertThat(Streams.sum(l.stream().mapToInt(x -> x))).isEqualTo(l.stream().mapToInt(x -> x).sum());
      assertThat(Streams.max(l.stream().mapToInt(x -> x))).isEqualTo(l.stream().mapToInt(x -> x).max());
      assertThat(Streams.toArray(l.stream().mapToInt(x -> x)))
          .isEqualTo(l.stream().mapToInt(x -> x).toArray());
      assertThat(l.stream().map(String::valueOf).collect(Streams.joining(", ", "[", "]")))
          .isEqualTo(l.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]")));
      assertThat(l.stream().map(String::valueOf).collect(Streams.joining("|")))
          .isEqualTo(l.stream().map(String::valueOf).collect(Collectors.joining("|")));
      assertThat(l.stream().map(String::valueOf).collect(Streams.joining()))
          .isEqualTo(l.stream().map(String::valueOf).collect(Collectors.joining()));
    }
  }

  @Test
  void theShortCutsStopTheStream() {
    List<Integer> seen = new ArrayList<>();
    assertThat(Streams.findFirst(IntStream.range(0, 1_000).boxed().peek(seen::add))).contains(0);
    assertThat(seen).containsExactly(0);
    seen.clear();
    assertThat(Streams.anyMatch(IntStream.range(0, 1_000).boxed().peek(seen::add), x -> x == 2)).isTrue();
    assertThat(seen).containsExactly(0, 1, 2);
    assertThat(Streams.toArray(IntStream.range(0, 100))).hasSize(100);
  }

  @Test
  void asTheJdkOnNullsAndLists() {
    assertThatThrownBy(() -> Streams.findFirst(Stream.of((Object) null)))
        .isInstanceOf(NullPointerException.class);
    List<Object> withNull = Streams.toList(Stream.of("a", null));
    assertThat(withNull).containsExactly("a", null);
    assertThatThrownBy(() -> withNull.add("b")).isInstanceOf(UnsupportedOperationException.class);
  }
}
