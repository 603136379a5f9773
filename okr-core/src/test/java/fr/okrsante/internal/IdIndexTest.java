package fr.okrsante.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link IdIndex} answers as a {@code HashMap<String, Long>} filled the same way would. */
class IdIndexTest {

  @Test
  void answers_as_a_hash_map_filled_with_the_same_ids() {
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 300; round++) {
      int capacity = random.nextInt(0, 2000);
      IdIndex index = new IdIndex(capacity);
      Map<String, Long> expected = new HashMap<>();
      for (int i = 0; i < capacity; i++) {
        // Few distinct ids, so that duplicates are common; "Aa" and "BB" have the same hash code.
        String id = (random.nextBoolean() ? "Aa" : "BB") + random.nextInt(capacity + 1);
        long value = random.nextLong(0, Long.MAX_VALUE);
        Long previous = expected.putIfAbsent(id, value);
        assertThat(index.putIfAbsent(id, value)).isEqualTo(previous == null ? IdIndex.ABSENT : previous);
      }
      assertThat(index.size()).isEqualTo(expected.size());
      for (int probe = 0; probe < 2 * capacity + 5; probe++) {
        String id = (random.nextBoolean() ? "Aa" : "BB") + random.nextInt(2 * capacity + 2);
        Long value = expected.get(id);
        assertThat(index.get(id)).isEqualTo(value == null ? IdIndex.ABSENT : value);
        assertThat(index.contains(id)).isEqualTo(value != null);
      }
    }
  }

  @Test
  void holds_as_many_ids_as_its_capacity_and_refuses_more_once_three_quarters_full() {
    IdIndex index = new IdIndex(3);
    assertThat(index.putIfAbsent("a", 0)).isEqualTo(IdIndex.ABSENT);
    assertThat(index.putIfAbsent("b", 1)).isEqualTo(IdIndex.ABSENT);
    assertThat(index.putIfAbsent("c", 2)).isEqualTo(IdIndex.ABSENT);
    assertThat(index.putIfAbsent("a", 9)).isZero();
    assertThatThrownBy(() -> index.putIfAbsent("d", 3)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("index full: 3 ids");
    assertThat(index.get("c")).isEqualTo(2);
    assertThat(index.get("d")).isEqualTo(IdIndex.ABSENT);
  }

  @Test
  void refuses_a_negative_position_a_null_id_and_a_negative_capacity() {
    IdIndex index = new IdIndex(10);
    assertThatThrownBy(() -> index.putIfAbsent("a", -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("position -1 < 0");
    assertThatThrownBy(() -> index.putIfAbsent(null, 1)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new IdIndex(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(index.size()).isZero();
  }
}
