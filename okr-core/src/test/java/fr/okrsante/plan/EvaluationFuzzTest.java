package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.okrsante.testing.FuzzedPlans;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;

/**
 * Any valid plan can be evaluated, as of any date, explained, updated incrementally and closed,
 * without an exception.
 *
 * <p>In a normal build this replays the committed corpus
 * ({@code src/test/resources/fr/okrsante/plan/EvaluationFuzzTestInputs/}); with
 * {@code JAZZER_FUZZ=1} it fuzzes for {@code maxDuration} ({@code .ci/run} does).
 */
@Tag("fuzz")
class EvaluationFuzzTest {

  @FuzzTest(maxDuration = "90s")
  void evaluating_any_valid_plan_as_of_any_date_never_throws(FuzzedDataProvider data) {
    Plan plan;
    try {
      plan = FuzzedPlans.builder(data).build();
    } catch (InvalidPlanException refused) {
      return; // not a valid plan: PlanBuildingFuzzTest covers this side
    }
    LocalDate asOf = FuzzedPlans.date(data);
    Evaluation evaluation = Evaluation.of(plan, asOf);
    for (Objective objective : plan.getObjectives()) {
      ObjectiveProgress progress = evaluation.objective(objective.getId());
      assertThat(progress.toString()).isNotBlank();
      for (Contribution contribution : evaluation.contributions(objective.getId())) {
        assertThat(contribution.toString()).isNotBlank();
      }
      evaluation.effectiveShares(objective.getId());
      for (KeyResult kr : objective.getKeyResults()) {
        assertThat(evaluation.keyResult(kr.getId()).toString()).isNotBlank();
        evaluation.effectiveShares(kr.getId());
      }
    }
    // incremental update: only the documented refusals
    CheckIn checkIn = FuzzedPlans.checkIn(data);
    String keyResultId = FuzzedPlans.keyResultId(data);
    if (checkIn != null) {
      try {
        Evaluation updated = evaluation.withCheckIn(keyResultId, checkIn);
        assertThat(updated.getObjectives()).hasSameSizeAs(evaluation.getObjectives());
      } catch (UnknownIdException | InvalidPlanException refused) {
        assertThat(refused.getMessage()).isNotBlank();
      }
    }
    for (Cycle cycle : plan.getCycles()) {
      CycleClose close = CycleClose.close(plan, cycle.getId(), Instant.EPOCH);
      assertThat(close.getClosedPlan().cycle(cycle.getId())).isPresent();
    }
  }
}
