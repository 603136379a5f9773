package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link ChunkedDoubles} reads as a plain array, and its copies for writes leave the original alone. */
class ChunkedDoublesTest {

  @Test
  void copies_for_writes_read_as_a_changed_array_copy_and_leave_the_original_alone() {
    SplittableRandom random = new SplittableRandom(11);
    for (int round = 0; round < 100; round++) {
      int size = random.nextInt(3) == 0 ? 1024 * random.nextInt(1, 4) + random.nextInt(-1, 2) : random.nextInt(1, 5000);
      double[] expected = new double[size];
      ChunkedDoubles values = ChunkedDoubles.filledLater(size);
      for (int i = 0; i < size; i++) {
        expected[i] = random.nextDouble();
        values.set(i, expected[i]);
      }
      for (int step = 0; step < 5; step++) {
        int count = random.nextInt(0, 40);
        int[] positions = new int[count + 2];
        for (int i = 0; i < count; i++) {
          positions[i] = random.nextInt(size);
        }
        double[] before = expected.clone();
        ChunkedDoubles copy = values.copyForWrites(positions, count);
        for (int i = 0; i < count; i++) {
          expected[positions[i]] = -random.nextDouble();
          copy.set(positions[i], expected[positions[i]]);
        }
        assertThat(copy.size()).isEqualTo(size);
        for (int i = 0; i < size; i++) {
          assertThat(copy.get(i)).as("round %d, step %d, copy at %d", round, step, i).isEqualTo(expected[i]);
          assertThat(values.get(i)).as("round %d, step %d, original at %d", round, step, i).isEqualTo(before[i]);
        }
        values = copy;
      }
    }
  }

  @Test
  void a_write_outside_the_array_is_refused() {
    ChunkedDoubles values = ChunkedDoubles.filledLater(10);
    assertThatThrownBy(() -> values.copyForWrites(new int[] {10}, 1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
