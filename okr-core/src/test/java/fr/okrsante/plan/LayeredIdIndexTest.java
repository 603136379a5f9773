package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.testing.Seeds;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@link LayeredIdIndex} answers as a map moved and filled by the same updates would. */
class LayeredIdIndexTest {

  @TestFactory
  Stream<DynamicTest> a_chain_of_updates_answers_as_a_map_updated_the_same_way() {
    return Seeds.range(60).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      SplittableRandom random = new SplittableRandom(seed);
      int count = random.nextInt(0, 300);
      IdIndex base = new IdIndex(count);
      Map<String, Long> model = new HashMap<>();
      for (int i = 0; i < count; i++) {
        base.putIfAbsent("id-" + i, i);
        model.put("id-" + i, (long) i);
      }
      LayeredIdIndex index = LayeredIdIndex.of(base);
      int updates = random.nextInt(1, 3 * LayeredIdIndex.MAX_LAYERS);
      for (int u = 0; u < updates; u++) {
        long bound = random.nextInt(0, count + 2 * u + 2);
        long move = random.nextInt(0, 3);
        int added = random.nextInt(0, 4);
        String[] ids = new String[added];
        long[] values = new long[added];
        for (int k = 0; k < added; k++) {
          // Some new ids, some known ones mapped again.
          ids[k] = random.nextInt(3) == 0 && count > 0 ? "id-" + random.nextInt(count) : "new-" + u + "-" + k;
          values[k] = random.nextInt(0, 1000);
        }
        LayeredIdIndex before = index;
        Map<String, Long> modelBefore = new HashMap<>(model);
        index = index.updated(bound, move, ids, values);
        model.replaceAll((id, v) -> v >= bound ? v + move : v);
        for (int k = 0; k < added; k++) {
          model.put(ids[k], values[k]);
        }
        assertThat(index.layers()).isLessThanOrEqualTo(LayeredIdIndex.MAX_LAYERS);
        for (Map.Entry<String, Long> e : model.entrySet()) {
          assertThat(index.get(e.getKey())).as("seed %d, update %d, %s", seed, u, e.getKey()).isEqualTo(e.getValue());
        }
        // The index it was derived from is unchanged.
        for (Map.Entry<String, Long> e : modelBefore.entrySet()) {
          assertThat(before.get(e.getKey())).isEqualTo(e.getValue());
        }
        assertThat(index.contains("absent")).isFalse();
        assertThat(index.get("absent")).isEqualTo(IdIndex.ABSENT);
      }
      LayeredIdIndex folded = index.folded();
      assertThat(folded.layers()).isZero();
      for (Map.Entry<String, Long> e : model.entrySet()) {
        assertThat(folded.get(e.getKey())).isEqualTo(e.getValue());
      }
    }));
  }

  @Test
  void the_layer_after_the_last_allowed_folds_the_layers_into_the_base() {
    IdIndex base = new IdIndex(2);
    base.putIfAbsent("a", 0);
    base.putIfAbsent("b", 5);
    LayeredIdIndex index = LayeredIdIndex.of(base);
    for (int u = 0; u < LayeredIdIndex.MAX_LAYERS; u++) {
      index = index.updated(3, 1, new String[] {"n" + u}, new long[] {100 + u});
    }
    assertThat(index.layers()).isEqualTo(LayeredIdIndex.MAX_LAYERS);
    index = index.updated(0, 2, new String[0], new long[0]);
    assertThat(index.layers()).isEqualTo(1);
    assertThat(index.get("a")).isEqualTo(2);
    assertThat(index.get("b")).isEqualTo(5 + LayeredIdIndex.MAX_LAYERS + 2);
    assertThat(index.get("n0")).isEqualTo(100 + LayeredIdIndex.MAX_LAYERS - 1 + 2);
  }

  @Test
  void an_update_that_moves_nothing_and_maps_nothing_is_the_same_index() {
    LayeredIdIndex index = LayeredIdIndex.of(new IdIndex(0));
    assertThat(index.updated(0, 0, new String[0], new long[0])).isSameAs(index);
  }
}
