package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The figures interface on a whole evaluation, and the factories that restore stored figures. */
class ProgressFiguresTest {

  private static final LocalDate JUNE = LocalDate.of(2026, 6, 30);

  private static KeyResultProgress keyResult(String objectiveId, boolean restricted, Optional<BigDecimal> value,
      Optional<LocalDate> observedOn) {
    return KeyResultProgress.of("kr-1", objectiveId, OptionalDouble.of(0.5), 0.5, 0.4, Status.ON_TRACK,
        Optional.empty(), value, Optional.empty(), Optional.empty(), Optional.of(BigDecimal.ZERO),
        Optional.of(BigDecimal.TEN), observedOn, false, 0, restricted);
  }

  @Test
  void a_whole_evaluation_restricts_nothing_and_answers_unknown_ids_as_unknown() {
    Plan plan = Fixtures.plan(Fixtures.objective("o-1", Fixtures.kr("kr-1",
        MoveToTarget.of("0", Target.absolute("10")))).build());
    ProgressFigures figures = Evaluation.of(plan, JUNE);
    assertThat(figures.asOf()).isEqualTo(JUNE);
    assertThat(figures.objectives()).extracting(ObjectiveProgress::getObjectiveId).containsExactly("o-1");
    assertThat(figures.restrictedContributionCount("o-1")).isZero();
    assertThatThrownBy(() -> figures.restrictedContributionCount("o-x")).isInstanceOf(UnknownIdException.class);
  }

  @Test
  void restored_key_result_keeps_its_observation_date_without_a_check_in() {
    KeyResultProgress restored = keyResult("o-1", false, Optional.of(new BigDecimal("5")), Optional.of(JUNE));
    assertThat(restored.getLatestObservedOn()).contains(JUNE);
    assertThat(restored.getLatestCheckIn()).isEmpty();
    assertThat(restored.getCurrentValue()).contains(new BigDecimal("5"));
  }

  @Test
  void a_restored_restricted_value_cannot_carry_a_value() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> keyResult("o-1", true, Optional.of(new BigDecimal("5")), Optional.empty()))
        .withMessageContaining("kr-1").withMessageContaining("restricted");
    assertThat(keyResult("o-1", true, Optional.empty(), Optional.empty()).isValueRestricted()).isTrue();
  }

  @Test
  void restored_objective_refuses_out_of_range_figures_and_foreign_key_results() {
    KeyResultProgress own = keyResult("o-1", false, Optional.empty(), Optional.empty());
    assertThatIllegalArgumentException().isThrownBy(() -> ObjectiveProgress.of("o-1", OptionalDouble.empty(), 0, 1.5,
        Status.NO_DATA, Optional.empty(), 1, 1, List.of(own))).withMessageContaining("coverage");
    assertThatIllegalArgumentException().isThrownBy(() -> ObjectiveProgress.of("o-1", OptionalDouble.empty(), 0, 1,
        Status.NO_DATA, Optional.empty(), 1, 2, List.of(own))).withMessageContaining("counted");
    assertThatIllegalArgumentException().isThrownBy(() -> ObjectiveProgress.of("o-2", OptionalDouble.empty(), 0, 1,
        Status.NO_DATA, Optional.empty(), 1, 1, List.of(own))).withMessageContaining("belongs to objective o-1");
  }

  @Test
  void restored_contribution_refuses_a_negative_weight_and_a_share_without_counting() {
    assertThatIllegalArgumentException().isThrownBy(() -> Contribution.of(Contribution.Kind.KEY_RESULT, "kr-1", -1,
        OptionalDouble.of(0.5), true, true, 1)).withMessageContaining("weight");
    assertThatIllegalArgumentException().isThrownBy(() -> Contribution.of(Contribution.Kind.KEY_RESULT, "kr-1", 1,
        OptionalDouble.empty(), false, false, 0.5)).withMessageContaining("does not count");
    assertThat(Contribution.of(Contribution.Kind.OBJECTIVE, "o-2", 2, OptionalDouble.empty(), false, false, 0)
        .getProgress()).isEmpty();
  }
}
