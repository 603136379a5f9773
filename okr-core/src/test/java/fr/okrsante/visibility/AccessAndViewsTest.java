package fr.okrsante.visibility;

import static fr.okrsante.visibility.HealthScenarios.CARDIO_MEMBER;
import static fr.okrsante.visibility.HealthScenarios.DRH_GRANTED;
import static fr.okrsante.visibility.HealthScenarios.JUNE;
import static fr.okrsante.visibility.HealthScenarios.NOBODY;
import static fr.okrsante.visibility.HealthScenarios.URGENCES_NURSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.okrsante.plan.Aggregation;
import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.ComputedMetric;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.Initiative;
import fr.okrsante.plan.InvalidPlanException;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.Evaluator;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Decisions on key results and initiatives, refusals, and what views and evaluation views hold,
 * on the hospital and CPTS plan with a few additions: computed key results and initiatives of the
 * public safety objective drawing on the private CPOM objective.
 */
class AccessAndViewsTest {

  private static final Plan PLAN = HealthScenarios.plan();
  private static final Plan EXTENDED = extended();

  private static Plan extended() {
    Objective cpom = PLAN.objective("etab-cpom").orElseThrow().toBuilder()
        .addKeyResults(KeyResult.builder().id("cpom.kr-taux").title("Taux de marge brute").metric(Rate.ofPercent("10", "20")).build())
        .build();
    Objective securite = PLAN.objective("etab-securite").orElseThrow().toBuilder()
        .addKeyResults(
            computed("securite.kr-mixte", Aggregation.SUM, "securite.kr-eig", "cpom.kr-deficit", "cpom.kr-taux"),
            computed("securite.kr-cache", Aggregation.SUM, "cpom.kr-deficit"),
            computed("securite.kr-pool", Aggregation.POOLED_RATE, "cpom.kr-taux"),
            computed("securite.kr-visible", Aggregation.SUM, "securite.kr-eig"))
        .build();
    return PLAN.withObjective(cpom).withObjective(securite)
        .withInitiative(Initiative.builder().id("ini-mixte").title("Revue mixte")
            .addKeyResultIds("cpom.kr-deficit", "securite.kr-eig").build())
        .withInitiative(Initiative.builder().id("ini-visible").title("Revue des EIG").addKeyResultIds("securite.kr-eig").build())
        .withInitiative(Initiative.builder().id("ini-cachee").title("Revue budgétaire").addKeyResultIds("cpom.kr-deficit").build())
        .withLink(AlignmentLink.of("cardio-parcours", "etab-cpom"));
  }

  private static KeyResult computed(String id, Aggregation aggregation, String... sources) {
    return KeyResult.builder().id(id).title("Calculé " + id)
        .metric(ComputedMetric.builder().addSourceIds(sources).aggregation(aggregation)
            .baseline(BigDecimal.ONE).target(Target.absolute("10")).build())
        .build();
  }

  private static KeyResult keyResultInView(PlanView view, String id) {
    return view.toPlan().keyResult(id).orElseThrow();
  }

  // ---------------------------------------------------------------- key results and initiatives

  @Test
  void a_member_can_see_a_key_result_of_a_unit_objective_of_their_service() {
    assertThat(Access.of(PLAN, URGENCES_NURSE).canViewKeyResult("attente.kr-delai")).isTrue();
  }

  @Test
  void a_member_cannot_see_a_key_result_of_a_private_objective() {
    assertThat(Access.of(PLAN, URGENCES_NURSE).canViewKeyResult("qvct.kr-absenteisme")).isFalse();
  }

  @Test
  void an_initiative_supporting_a_hidden_then_a_visible_key_result_is_visible() {
    assertThat(Access.of(EXTENDED, NOBODY).canViewInitiative("ini-mixte")).isTrue();
  }

  @Test
  void an_initiative_supporting_only_hidden_key_results_is_hidden() {
    assertThat(Access.of(EXTENDED, NOBODY).canViewInitiative("ini-cachee")).isFalse();
  }

  @Test
  void an_initiative_supporting_only_visible_key_results_is_visible() {
    assertThat(Access.of(EXTENDED, NOBODY).canViewInitiative("ini-visible")).isTrue();
  }

  // ---------------------------------------------------------------- writes

  @Test
  void a_member_removes_a_link_from_an_objective_of_their_service() {
    Plan after = Access.of(PLAN, URGENCES_NURSE).withoutLink("urg-attente", "etab-securite");
    assertThat(after.alignment().parentLinks("urg-attente")).noneMatch(l -> l.getParentId().equals("etab-securite"));
  }

  @Test
  void a_member_of_another_service_cannot_remove_a_link_from_an_objective_they_see() {
    assertThatThrownBy(() -> Access.of(PLAN, CARDIO_MEMBER).withoutLink("urg-attente", "etab-securite"))
        .isInstanceOf(AccessDeniedException.class)
        .extracting(e -> ((AccessDeniedException) e).getWrite()).isEqualTo(Write.REMOVE_LINK);
  }

  @Test
  void a_refusal_naming_a_hidden_key_result_is_replaced_by_an_anonymous_problem() {
    Objective attente = PLAN.objective("urg-attente").orElseThrow().toBuilder()
        .addKeyResults(computed("attente.kr-pool", Aggregation.POOLED_RATE, "cpom.kr-deficit"))
        .build();
    assertThatThrownBy(() -> Access.of(PLAN, URGENCES_NURSE).withObjective(attente))
        .isInstanceOf(InvalidPlanException.class)
        .satisfies(e -> {
          List<String> texts = ((InvalidPlanException) e).getProblems().stream()
              .map(p -> p.getPath() + " " + p.getMessage()).toList();
          assertThat(texts).noneMatch(t -> t.contains("cpom"));
          assertThat(texts).anyMatch(t -> t.contains("objectives you may not see"));
        });
  }

  @Test
  void a_refusal_naming_only_visible_objectives_is_passed_on_unchanged() {
    Objective attente = PLAN.objective("urg-attente").orElseThrow().toBuilder()
        .addKeyResults(computed("attente.kr-pool", Aggregation.POOLED_RATE, "attente.kr-delai"))
        .build();
    assertThatThrownBy(() -> Access.of(PLAN, URGENCES_NURSE).withObjective(attente))
        .isInstanceOf(InvalidPlanException.class)
        .satisfies(e -> {
          List<String> texts = ((InvalidPlanException) e).getProblems().stream()
              .map(p -> p.getPath() + " " + p.getMessage()).toList();
          assertThat(texts).anyMatch(t -> t.contains("'attente.kr-delai' is not a rate"));
          assertThat(texts).noneMatch(t -> t.contains("objectives you may not see"));
        });
  }

  @Test
  void an_access_names_its_viewer_and_plan() {
    assertThat(Access.of(PLAN, DRH_GRANTED).toString()).isEqualTo("Access[Viewer[MEMBER@chu.drh] to " + PLAN + "]");
  }

  // ---------------------------------------------------------------- plan views

  @Test
  void a_view_holds_the_viewer_s_own_unit_even_when_it_owns_nothing_they_see() {
    assertThat(Access.of(PLAN, DRH_GRANTED).view().getUnits()).extracting(OrgUnit::getId).contains("chu.drh");
  }

  @Test
  void a_view_holds_the_cycles_of_the_plan() {
    assertThat(Access.of(PLAN, NOBODY).view().getCycles()).extracting(Cycle::getId).containsExactly("2026");
  }

  @Test
  void a_view_holds_an_initiative_supporting_only_visible_key_results_as_it_is() {
    assertThat(Access.of(EXTENDED, NOBODY).view().getInitiatives())
        .contains(EXTENDED.initiative("ini-visible").orElseThrow());
  }

  @Test
  void a_view_holds_an_initiative_supporting_hidden_key_results_with_the_visible_ones_only() {
    Initiative mixte = Access.of(EXTENDED, NOBODY).view().toPlan().initiative("ini-mixte").orElseThrow();
    assertThat(mixte.getKeyResultIds()).containsExactly("securite.kr-eig");
  }

  @Test
  void a_view_leaves_out_an_initiative_supporting_only_hidden_key_results() {
    assertThat(Access.of(EXTENDED, NOBODY).view().getInitiatives()).extracting(Initiative::getId)
        .containsExactly("ini-mixte", "ini-visible");
  }

  @Test
  void a_computed_key_result_shows_only_its_visible_sources() {
    PlanView view = Access.of(EXTENDED, NOBODY).view();
    ComputedMetric metric = (ComputedMetric) keyResultInView(view, "securite.kr-mixte").getMetric();
    assertThat(metric.getSourceIds()).containsExactly("securite.kr-eig");
  }

  @Test
  void a_computed_key_result_counts_its_hidden_sources() {
    assertThat(Access.of(EXTENDED, NOBODY).view().restrictedSourceCount("securite.kr-mixte")).isEqualTo(2);
  }

  @Test
  void a_computed_key_result_with_a_single_hidden_source_counts_one() {
    assertThat(Access.of(EXTENDED, NOBODY).view().restrictedSourceCount("securite.kr-cache")).isEqualTo(1);
  }

  @Test
  void a_computed_key_result_with_only_visible_sources_is_shown_as_in_the_plan() {
    PlanView view = Access.of(EXTENDED, NOBODY).view();
    assertThat(keyResultInView(view, "securite.kr-visible")).isEqualTo(EXTENDED.keyResult("securite.kr-visible").orElseThrow());
    assertThat(view.restrictedSourceCount("securite.kr-visible")).isZero();
  }

  @Test
  void a_computed_key_result_with_every_source_hidden_is_shown_as_a_move_to_target() {
    PlanView view = Access.of(EXTENDED, NOBODY).view();
    assertThat(keyResultInView(view, "securite.kr-cache").getMetric()).isInstanceOf(MoveToTarget.class);
  }

  @Test
  void a_pooled_rate_with_every_source_hidden_is_shown_as_a_rate() {
    PlanView view = Access.of(EXTENDED, NOBODY).view();
    assertThat(keyResultInView(view, "securite.kr-pool").getMetric()).isInstanceOf(Rate.class);
  }

  @Test
  void a_viewer_who_sees_every_source_gets_the_objective_exactly_as_in_the_plan() {
    PlanView view = Access.of(EXTENDED, HealthScenarios.DIRECTION).view();
    assertThat(view.objective("etab-securite")).contains(EXTENDED.objective("etab-securite").orElseThrow());
  }

  @Test
  void a_visible_objective_serving_a_hidden_parent_gets_a_restricted_parent_marker() {
    assertThat(Access.of(EXTENDED, CARDIO_MEMBER).view().getRestrictedLinks())
        .contains(RestrictedLink.of("cardio-parcours", RestrictedLink.HiddenSide.PARENT, true));
  }

  @Test
  void left_out_views_hold_no_restricted_markers() {
    PlanView view = Access.of(EXTENDED, CARDIO_MEMBER).view(HiddenContributions.LEFT_OUT);
    assertThat(view.getRestrictedLinks()).isEmpty();
    assertThat(view.restrictedLinksOf("cardio-parcours")).isEmpty();
  }

  @Test
  void the_markers_of_one_objective_cannot_be_changed() {
    List<RestrictedLink> markers = Access.of(PLAN, NOBODY).view().restrictedLinksOf("etab-securite");
    assertThat(markers).isNotEmpty();
    assertThatThrownBy(() -> markers.add(RestrictedLink.of("etab-securite", RestrictedLink.HiddenSide.CHILD, true)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_plan_view_summarises_its_counts() {
    assertThat(Access.of(PLAN, NOBODY).view())
        .hasToString("PlanView[Viewer[], COUNTED_REDACTED, 2 objectives, 4 restricted links]");
  }

  // ---------------------------------------------------------------- evaluation views

  @Test
  void a_left_out_view_refuses_an_evaluation_of_the_whole_plan_instead_of_evaluating_again() {
    PlanView view = Access.of(PLAN, CARDIO_MEMBER).view(HiddenContributions.LEFT_OUT);
    Evaluation whole = Evaluation.of(PLAN, JUNE);
    assertThatThrownBy(() -> EvaluationView.of(view, whole)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("toPlan()");
    assertThat(view.evaluate(Evaluator.standard(), JUNE).objective("etab-securite").getProgress().orElseThrow())
        .isCloseTo(0.5, within(1e-9));
  }

  @Test
  void a_left_out_view_accepts_an_evaluation_of_its_own_plan() {
    PlanView view = Access.of(PLAN, CARDIO_MEMBER).view(HiddenContributions.LEFT_OUT);
    EvaluationView evaluation = EvaluationView.of(view, Evaluation.of(view.toPlan(), JUNE));
    assertThat(evaluation.objective("etab-securite").getProgress().orElseThrow()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void a_left_out_view_refuses_an_evaluation_of_another_plan() {
    PlanView view = Access.of(PLAN, CARDIO_MEMBER).view(HiddenContributions.LEFT_OUT);
    Evaluation other = Evaluation.of(EXTENDED, JUNE);
    assertThatThrownBy(() -> EvaluationView.of(view, other)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_evaluation_view_lists_the_progress_of_every_visible_objective() {
    EvaluationView evaluation = Access.of(PLAN, NOBODY).view().evaluate(JUNE);
    assertThat(evaluation.getObjectives()).extracting(p -> p.getObjectiveId())
        .containsExactly("cpts-acces", "etab-securite");
  }

  @Test
  void effective_shares_leave_out_hidden_objectives() {
    EvaluationView evaluation = Access.of(EXTENDED, CARDIO_MEMBER).view().evaluate(JUNE);
    assertThat(evaluation.effectiveShares("cardio-parcours")).doesNotContainKey("etab-cpom");
  }

  @Test
  void effective_shares_keep_visible_objectives() {
    EvaluationView evaluation = Access.of(PLAN, URGENCES_NURSE).view().evaluate(JUNE);
    assertThat(evaluation.effectiveShares("attente.kr-delai")).containsKeys("urg-attente", "etab-securite");
  }

  @Test
  void an_evaluation_view_names_its_plan_view_and_date() {
    PlanView view = Access.of(PLAN, NOBODY).view();
    assertThat(view.evaluate(JUNE)).hasToString("EvaluationView[" + view + " as of 2026-06-30]");
  }
}
