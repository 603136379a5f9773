package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fr.okrsante.plan.Plan;
import fr.okrsante.testing.RandomPlans;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Property tests over seeded random plans; every failure names its seed. */
class RandomPlanRoundTripTest {

  private static final long BASE_SEED = 0x0CA5E_2026L;
  private static final int PLANS = 2_000;
  private static final int MUTATIONS = 3_000;

  private final OkrJson json = OkrJson.standard();

  @Test
  void random_plans_read_back_equal_with_identical_bytes_and_valid_schema() {
    for (int i = 0; i < PLANS; i++) {
      long seed = BASE_SEED + i;
      Plan plan = RandomPlans.valid(seed);
      byte[] written = json.toJsonBytes(plan);
      Plan read;
      try {
        read = json.readPlan(written);
      } catch (OkrJsonException e) {
        throw new AssertionError("seed " + seed + ": the written document does not read back: " + e.getMessage(), e);
      }
      assertThat(read).as("seed %d: plan read back", seed).isEqualTo(plan);
      byte[] again = json.toJsonBytes(read);
      if (!Arrays.equals(written, again)) {
        fail("seed %d: the second write differs from the first", seed);
      }
      PlanSchema.assertValid(new String(written, java.nio.charset.StandardCharsets.UTF_8), "seed " + seed);
    }
  }

  @Test
  void indented_random_plans_validate_and_read_back() {
    OkrJson indented = json.withIndentation(true);
    for (int i = 0; i < PLANS / 10; i++) {
      long seed = BASE_SEED - i;
      Plan plan = RandomPlans.valid(seed);
      String text = indented.toJson(plan);
      assertThat(indented.readPlan(text)).as("seed %d", seed).isEqualTo(plan);
      PlanSchema.assertValid(text, "seed " + seed);
    }
  }

  @Test
  void byte_flipped_documents_read_or_fail_with_the_documented_exception_only() {
    for (int i = 0; i < MUTATIONS; i++) {
      long seed = BASE_SEED * 17 + i;
      Random random = new Random(seed);
      byte[] bytes = json.toJsonBytes(RandomPlans.valid(seed, 3));
      for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      try {
        json.readPlan(bytes);
      } catch (OkrJsonException expected) {
        assertThat(expected.getProblems()).as("seed %d", seed).isNotEmpty();
      } catch (RuntimeException | Error other) {
        throw new AssertionError("seed " + seed + ": reading a byte-flipped document threw " + other, other);
      }
    }
  }

  @Test
  void one_instance_reads_and_writes_from_many_threads() throws Exception {
    Plan[] plans = new Plan[8];
    byte[][] documents = new byte[plans.length][];
    for (int i = 0; i < plans.length; i++) {
      plans[i] = RandomPlans.valid(BASE_SEED + 10_000 + i);
      documents[i] = json.toJsonBytes(plans[i]);
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int task = 0; task < 64; task++) {
        int i = task % plans.length;
        results.add(pool.submit(() -> json.readPlan(documents[i]).equals(plans[i])
            && Arrays.equals(json.toJsonBytes(plans[i]), documents[i])));
      }
      for (java.util.concurrent.Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void mutated_documents_read_or_fail_with_the_documented_exception_only() {
    String[] fragments = {"", "{", "}", "[", "]", ",", ":", "\"", "0", "-1", "1E+400", "null", "true", "\"x\"",
        "NaN", "\\u0000", "\"id\"", "{}", "[]", "  "};
    for (int i = 0; i < MUTATIONS; i++) {
      long seed = BASE_SEED * 31 + i;
      Random random = new Random(seed);
      String text = json.toJson(RandomPlans.valid(seed, 3));
      int from = random.nextInt(text.length());
      int to = Math.min(text.length(), from + random.nextInt(8));
      String mutated = text.substring(0, from) + fragments[random.nextInt(fragments.length)] + text.substring(to);
      try {
        json.readPlan(mutated);
      } catch (OkrJsonException expected) {
        assertThat(expected.getProblems()).as("seed %d", seed).isNotEmpty()
            .allSatisfy(p -> assertThat(p.getPointer()).as("seed %d", seed).matches("(/[^/]*)*"));
      } catch (RuntimeException | Error other) {
        throw new AssertionError("seed " + seed + ": reading a mutated document threw " + other, other);
      }
    }
  }
}
