package dev.exoplan.domain.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 22: sessions kept as runs read as the plain list they stand for. */
class CoversTest {
  @Test
  void aRangeIsTheListOfItsNumbers() {
    Covers c = Covers.range(3, 7);
    assertThat(c).containsExactly(3, 4, 5, 6, 7).hasSize(5);
    assertThat(c).isEqualTo(List.of(3, 4, 5, 6, 7));
    assertThat(List.of(3, 4, 5, 6, 7)).isEqualTo(c);
    assertThat(c.hashCode()).isEqualTo(List.of(3, 4, 5, 6, 7).hashCode());
    assertThat(c.get(0)).isEqualTo(3);
    assertThat(c.get(4)).isEqualTo(7);
    assertThatThrownBy(() -> c.get(5)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> c.add(8)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(Covers.empty()).isEqualTo(List.of());
    assertThat(Covers.empty()).isEmpty();
    assertThat(Covers.of(4)).containsExactly(4);
  }

  @Test
  void joiningKeepsOrderAndRuns() {
    Covers.Builder b = new Covers.Builder();
    b.addAll(Covers.range(1, 3)).addAll(List.of(4, 9)).add(10).addAll(Covers.range(11, 12))
        .add(2).addAll(Covers.empty()).addAll(Covers.range(3, 3));
    Covers c = b.build();
    List<Integer> expected = List.of(1, 2, 3, 4, 9, 10, 11, 12, 2, 3);
    assertThat(c).isEqualTo(expected);
    List<Integer> byIndex = new ArrayList<>();
    for (int i = 0; i < c.size(); i++) {
      byIndex.add(c.get(i));
    }
    assertThat(byIndex).isEqualTo(expected);
    assertThat(Covers.copyOf(expected)).isEqualTo(expected);
    assertThat(Covers.copyOf(c)).isSameAs(c);
    assertThat(new Covers.Builder().build()).isSameAs(Covers.empty());
  }
}
