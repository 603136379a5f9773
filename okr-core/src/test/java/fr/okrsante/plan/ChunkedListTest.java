package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link ChunkedList#withInserted} gives what inserting into a copy of the list gives. */
class ChunkedListTest {

  @Test
  void inserting_gives_the_list_with_the_element_at_the_index_and_leaves_the_original_alone() {
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 300; round++) {
      int size = random.nextInt(3) == 0 ? 128 * random.nextInt(0, 4) : random.nextInt(0, 700);
      List<Integer> items = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        items.add(i);
      }
      ChunkedList<Integer> list = ChunkedList.copyOf(items);
      List<Integer> expected = new ArrayList<>(items);
      ChunkedList<Integer> current = list;
      for (int k = 0; k < 3; k++) {
        int index = random.nextInt(0, expected.size() + 1);
        expected.add(index, -1 - k);
        current = current.withInserted(index, -1 - k);
        assertThat(current).as("round %d, insert %d at %d", round, k, index).isEqualTo(expected);
        assertThat(current).hasSize(expected.size());
      }
      assertThat(list).isEqualTo(items);
    }
  }

  @Test
  void inserting_outside_the_list_or_null_is_refused() {
    ChunkedList<String> list = ChunkedList.copyOf(List.of("a"));
    assertThatThrownBy(() -> list.withInserted(2, "b")).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> list.withInserted(0, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void replacing_gives_the_list_with_the_new_elements_and_leaves_the_original_alone() {
    SplittableRandom random = new SplittableRandom(9);
    for (int round = 0; round < 100; round++) {
      int size = random.nextInt(3) == 0 ? 1024 * random.nextInt(1, 4) + random.nextInt(-1, 2) : random.nextInt(1, 3000);
      List<Integer> items = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        items.add(i);
      }
      ChunkedList<Integer> current = ChunkedList.copyOf(items);
      List<Integer> expected = new ArrayList<>(items);
      for (int step = 0; step < 4; step++) {
        List<Integer> before = new ArrayList<>(expected);
        ChunkedList<Integer> previous = current;
        int count = random.nextInt(0, 30);
        int[] indexes = new int[count];
        Object[] elements = new Object[count];
        for (int i = 0; i < count; i++) {
          indexes[i] = random.nextInt(size);
          elements[i] = -1 - random.nextInt(1000);
          expected.set(indexes[i], (Integer) elements[i]);
        }
        current = step % 2 == 0 || count != 1 ? current.withAll(indexes, elements, count)
            : current.with(indexes[0], (Integer) elements[0]);
        assertThat(current).as("round %d, step %d", round, step).isEqualTo(expected);
        assertThat(previous).as("round %d, step %d, original", round, step).isEqualTo(before);
      }
    }
  }
}
