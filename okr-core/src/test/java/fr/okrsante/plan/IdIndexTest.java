package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.okrsante.testing.Seeds;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link IdIndex} answers as a {@code HashMap<String, Long>} filled the same way would. */
class IdIndexTest {

  @Test
  void answers_as_a_hash_map_filled_with_the_same_ids() {
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < Seeds.count(300); round++) {
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
  @Test
  void a_shifted_copy_moves_the_positions_from_a_bound_and_leaves_the_original_alone() {
    SplittableRandom random = new SplittableRandom(11);
    for (int round = 0; round < Seeds.count(200); round++) {
      int count = random.nextInt(0, 500);
      IdIndex index = new IdIndex(count);
      for (int i = 0; i < count; i++) {
        index.putIfAbsent("id-" + i, i);
      }
      long from = random.nextInt(0, count + 1);
      long delta = random.nextInt(0, 5);
      int extra = random.nextInt(0, 2) == 0 ? 0 : random.nextInt(1, 400);
      IdIndex copy = index.shifted(from, delta, extra);
      for (int i = 0; i < extra; i++) {
        assertThat(copy.putIfAbsent("new-" + i, 10_000 + i)).isEqualTo(IdIndex.ABSENT);
      }
      for (int i = 0; i < count; i++) {
        assertThat(copy.get("id-" + i)).as("round %d, id-%d", round, i).isEqualTo(i >= from ? i + delta : i);
        assertThat(index.get("id-" + i)).isEqualTo(i);
      }
      assertThat(copy.size()).isEqualTo(count + extra);
      assertThat(index.size()).isEqualTo(count);
      assertThat(index.contains("new-0")).isFalse();
    }
  }

  @Test
  void replace_maps_a_known_id_again_and_refuses_an_unknown_one() {
    IdIndex index = new IdIndex(4);
    index.putIfAbsent("a", 1);
    index.replace("a", 7);
    assertThat(index.get("a")).isEqualTo(7);
    assertThat(index.size()).isEqualTo(1);
    assertThatThrownBy(() -> index.replace("b", 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("b");
  }
}
