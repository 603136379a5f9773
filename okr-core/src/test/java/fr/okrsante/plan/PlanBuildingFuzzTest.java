package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.okrsante.testing.FuzzedPlans;
import java.util.List;
import org.junit.jupiter.api.Tag;

/**
 * Plans built from hostile data fail only with the documented exceptions: never a
 * NullPointerException, ClassCastException, StackOverflowError, ArithmeticException or hang.
 *
 * <p>In a normal build this replays the committed corpus
 * ({@code src/test/resources/fr/okrsante/plan/PlanBuildingFuzzTestInputs/}); with
 * {@code JAZZER_FUZZ=1} it fuzzes for {@code maxDuration} ({@code .ci/run} does).
 */
@Tag("fuzz")
class PlanBuildingFuzzTest {

  @FuzzTest(maxDuration = "90s")
  void building_a_plan_from_fuzzed_parts_fails_only_with_invalid_plan_exception(FuzzedDataProvider data) {
    Plan plan;
    try {
      plan = FuzzedPlans.builder(data).build();
    } catch (InvalidPlanException refused) {
      assertThat(refused.getProblems()).isNotEmpty();
      assertThat(refused.getMessage()).isNotBlank();
      return;
    }
    // a plan that built is valid as a whole: building it again gives the same plan
    assertThat(plan.toBuilder().build()).isEqualTo(plan);
    assertThat(plan.toString()).startsWith("Plan[");
    AlignmentGraph graph = plan.alignment();
    List<String> order = graph.topologicalOrder();
    assertThat(order).hasSize(plan.getObjectives().size());
    for (OrgUnit unit : plan.getUnits()) {
      plan.unitAncestors(unit.getId());
    }
    // updates fail only with the documented exceptions, and leave the plan as it was
    String keyResultId = FuzzedPlans.keyResultId(data);
    CheckIn checkIn = FuzzedPlans.checkIn(data);
    if (checkIn != null) {
      try {
        Plan changed = plan.withCheckIn(keyResultId, checkIn);
        assertThat(changed.keyResult(keyResultId)).isPresent();
      } catch (UnknownIdException | InvalidPlanException refused) {
        assertThat(refused.getMessage()).isNotBlank();
      }
    }
    if (!plan.getObjectives().isEmpty()) {
      String objectiveId = plan.getObjectives().get(data.consumeInt(0, plan.getObjectives().size() - 1)).getId();
      try {
        plan.withoutObjective(objectiveId);
      } catch (InvalidPlanException refused) {
        assertThat(refused.getProblems()).isNotEmpty();
      }
    }
  }
}
