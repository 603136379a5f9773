package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link SparseIntSet} holds what a {@link java.util.HashSet} of the same values holds. */
class SparseIntSetTest {

  @Test
  void adding_and_looking_up_agree_with_a_hash_set_across_growths() {
    SplittableRandom random = new SplittableRandom(13);
    for (int round = 0; round < 200; round++) {
      int bound = random.nextInt(1, 200_000);
      int adds = random.nextInt(0, 300);
      SparseIntSet set = new SparseIntSet();
      Set<Integer> expected = new HashSet<>();
      for (int i = 0; i < adds; i++) {
        int value = random.nextInt(bound);
        assertThat(set.add(value)).as("round %d, add %d", round, value).isEqualTo(expected.add(value));
      }
      assertThat(set.size()).isEqualTo(expected.size());
      for (int i = 0; i < 300; i++) {
        int value = random.nextInt(bound);
        assertThat(set.contains(value)).as("round %d, contains %d", round, value).isEqualTo(expected.contains(value));
      }
      for (int value : expected) {
        assertThat(set.contains(value)).isTrue();
      }
    }
  }

  @Test
  void a_negative_value_is_refused() {
    assertThatThrownBy(() -> new SparseIntSet().add(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative value -1");
  }
}
