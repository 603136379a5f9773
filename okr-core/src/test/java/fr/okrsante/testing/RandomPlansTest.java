package fr.okrsante.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import fr.okrsante.plan.Plan;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RandomPlansTest {

  @Test
  void the_same_seed_gives_the_same_plan() {
    for (long seed = 0; seed < 50; seed++) {
      assertThat(RandomPlans.valid(seed)).as("seed %d", seed).isEqualTo(RandomPlans.valid(seed));
    }
  }

  @Test
  void a_sized_plan_has_the_requested_number_of_objectives() {
    Plan plan = RandomPlans.valid(7, 200);
    assertThat(plan.getObjectives()).hasSize(200);
    assertThat(plan.getLinks()).isNotEmpty();
    assertThat(plan.getInitiatives()).isNotEmpty();
  }

  @TestFactory
  Stream<DynamicTest> every_generated_plan_validates() {
    return LongStream.range(0, 3000).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed,
        () -> assertThatCode(() -> RandomPlans.valid(seed)).as("seed %d", seed).doesNotThrowAnyException()));
  }
}
