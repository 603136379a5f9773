package fr.okrsante.visibility;

import static fr.okrsante.visibility.HealthScenarios.CARDIO_MEMBER;
import static fr.okrsante.visibility.HealthScenarios.DIRECTION;
import static fr.okrsante.visibility.HealthScenarios.JUNE;
import static fr.okrsante.visibility.HealthScenarios.URGENCES_NURSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.okrsante.plan.Plan;
import fr.okrsante.plan.UnknownIdException;
import fr.okrsante.plan.Contribution;
import fr.okrsante.plan.Evaluation;
import org.junit.jupiter.api.Test;

/**
 * How the private QVCT objective counts in the public safety objective, for viewers who may not
 * see it. Figures: EIG rate 80 % on 60 → 100 gives 0.5; waiting time without data counts 0;
 * absenteeism 8.75 on 9.5 → 7.5 gives 0.375; the mean of the three is 0.2917.
 */
class EvaluationViewTest {

  private static final Plan PLAN = HealthScenarios.plan();
  private static final Evaluation WHOLE = Evaluation.of(PLAN, JUNE);

  private static double progress(Viewer viewer, HiddenContributions policy, String objectiveId) {
    return Access.of(PLAN, viewer).view(policy).evaluate(JUNE).objective(objectiveId).getProgress().orElseThrow();
  }

  @Test
  void counted_redacted_gives_every_viewer_the_same_progress() {
    assertThat(progress(DIRECTION, HiddenContributions.COUNTED_REDACTED, "etab-securite")).isCloseTo(0.875 / 3, within(1e-9));
    assertThat(progress(CARDIO_MEMBER, HiddenContributions.COUNTED_REDACTED, "etab-securite")).isCloseTo(0.875 / 3, within(1e-9));
    assertThat(progress(URGENCES_NURSE, HiddenContributions.COUNTED_REDACTED, "etab-securite")).isCloseTo(0.875 / 3, within(1e-9));
  }

  @Test
  void counted_redacted_lists_visible_contributions_and_counts_the_hidden_ones() {
    PlanView view = Access.of(PLAN, URGENCES_NURSE).view();
    EvaluationView evaluation = EvaluationView.of(view, WHOLE);
    assertThat(evaluation.contributions("etab-securite")).extracting(Contribution::getSourceId)
        .containsExactly("securite.kr-eig", "urg-attente");
    assertThat(view.restrictedContributionCount("etab-securite")).isEqualTo(1);
    assertThat(evaluation.objective("etab-securite").getContributionCount()).isEqualTo(3);
  }

  @Test
  void left_out_computes_progress_on_what_the_viewer_sees() {
    assertThat(progress(CARDIO_MEMBER, HiddenContributions.LEFT_OUT, "etab-securite")).isCloseTo(0.5, within(1e-9));
    assertThat(progress(URGENCES_NURSE, HiddenContributions.LEFT_OUT, "etab-securite")).isCloseTo(0.25, within(1e-9));
    assertThat(progress(DIRECTION, HiddenContributions.LEFT_OUT, "etab-securite")).isCloseTo(0.875 / 3, within(1e-9));
  }

  @Test
  void a_hidden_objective_or_key_result_is_unknown_in_the_evaluation_view() {
    EvaluationView evaluation = EvaluationView.of(Access.of(PLAN, CARDIO_MEMBER).view(), WHOLE);
    assertThatThrownBy(() -> evaluation.objective("urg-qvct")).isInstanceOf(UnknownIdException.class);
    assertThatThrownBy(() -> evaluation.keyResult("qvct.kr-absenteisme")).isInstanceOf(UnknownIdException.class);
    assertThatThrownBy(() -> evaluation.effectiveShares("urg-qvct")).isInstanceOf(UnknownIdException.class);
  }

  @Test
  void the_evaluation_view_of_another_service_holds_no_text_or_value_of_the_private_objective() {
    for (HiddenContributions policy : HiddenContributions.values()) {
      ViewStrings exposed = ViewStrings.of(Access.of(PLAN, CARDIO_MEMBER).view(policy).evaluate(JUNE));
      assertThat(String.join("\n", exposed.strings())).as(policy.toString())
          .doesNotContain("urg-qvct", "qvct.kr", "absentéisme", "Trois arrêts", "QVCT-ABS-7", "p-cadre-urg");
      assertThat(exposed.numbers()).as(policy.toString()).noneMatch(n -> n.compareTo(new java.math.BigDecimal("8.75")) == 0);
    }
  }

  @Test
  void counted_redacted_needs_an_evaluation_of_the_same_plan() {
    PlanView view = Access.of(PLAN, CARDIO_MEMBER).view();
    Evaluation other = Evaluation.of(view.toPlan(), JUNE);
    assertThatThrownBy(() -> EvaluationView.of(view, other)).isInstanceOf(IllegalArgumentException.class);
  }
}
