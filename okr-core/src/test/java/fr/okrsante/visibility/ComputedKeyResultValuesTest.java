package fr.okrsante.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.okrsante.plan.Aggregation;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.ComputedMetric;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.UnitKind;
import fr.okrsante.plan.Visibility;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.KeyResultProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * No hidden value through a computed key result (issue 12 §2): a visible key result computed from
 * hidden ones shows its progress but no value, numerator or denominator under counted-redacted,
 * and is computed from the visible sources only under left-out.
 */
class ComputedKeyResultValuesTest {

  private static final LocalDate JUNE = LocalDate.of(2026, 6, 30);
  private static final Viewer OUTSIDER = Viewer.of("p-public");
  private static final Viewer INSIDER = Viewer.of("p-lead", Membership.lead("chu"));

  /**
   * {@code tableau} (PUBLIC) holds computed key results over the PRIVATE {@code secret}'s key
   * results (one at 777.12, a rate 77/99) and the PUBLIC {@code ouvert}'s (one at 10).
   */
  static Plan plan() {
    Objective secret = Objective.builder().id("secret").title("Secret").ownerUnitId("chu").cycleId("2026")
        .visibility(Visibility.PRIVATE)
        .addKeyResults(KeyResult.builder().id("secret.kr").title("Valeur cachée").metric(MoveToTarget.of("0", Target.absolute("1000")))
            .addCheckIns(CheckIn.of(JUNE, "777.12")).build())
        .addKeyResults(KeyResult.builder().id("secret.taux").title("Taux caché").metric(Rate.ofPercent("0", "100"))
            .addCheckIns(CheckIn.ofRate(JUNE, 77, 99)).build())
        .build();
    Objective ouvert = Objective.builder().id("ouvert").title("Ouvert").ownerUnitId("chu").cycleId("2026")
        .visibility(Visibility.PUBLIC)
        .addKeyResults(KeyResult.builder().id("ouvert.kr").title("Valeur visible").metric(MoveToTarget.of("0", Target.absolute("1000")))
            .addCheckIns(CheckIn.of(JUNE, "10")).build())
        .addKeyResults(KeyResult.builder().id("ouvert.taux").title("Taux visible").metric(Rate.ofPercent("0", "100"))
            .addCheckIns(CheckIn.ofRate(JUNE, 3, 4)).build())
        .build();
    Objective tableau = Objective.builder().id("tableau").title("Tableau").ownerUnitId("chu").cycleId("2026")
        .visibility(Visibility.PUBLIC)
        .addKeyResults(computed("tableau.cache", Aggregation.SUM, "secret.kr"))
        .addKeyResults(computed("tableau.mixte", Aggregation.SUM, "secret.kr", "ouvert.kr"))
        .addKeyResults(computed("tableau.visible", Aggregation.SUM, "ouvert.kr"))
        .addKeyResults(computed("tableau.taux", Aggregation.POOLED_RATE, "secret.taux", "ouvert.taux"))
        .addKeyResults(computed("tableau.chaine", Aggregation.MAX, "tableau.cache"))
        .build();
    return Plan.builder().title("Valeurs calculées")
        .addUnits(OrgUnit.of("chu", "Centre hospitalier", UnitKind.ORGANISATION))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .addObjectives(secret, ouvert, tableau)
        .build();
  }

  private static KeyResult computed(String id, Aggregation aggregation, String... sources) {
    return KeyResult.builder().id(id).title("Calculé " + id).metric(ComputedMetric.builder().aggregation(aggregation)
        .addSourceIds(sources).baseline(BigDecimal.ZERO).target(Target.absolute(aggregation == Aggregation.POOLED_RATE ? "100" : "2000"))
        .build()).build();
  }

  private static final Plan PLAN = plan();
  private static final Evaluation WHOLE = Evaluation.of(PLAN, JUNE);

  private static EvaluationView seen(Viewer viewer, HiddenContributions policy) {
    PlanView view = Access.of(PLAN, viewer).view(policy);
    return policy == HiddenContributions.LEFT_OUT ? view.evaluate(fr.okrsante.plan.Evaluator.standard(), JUNE)
        : EvaluationView.of(view, WHOLE);
  }

  @Test
  void a_computed_key_result_from_hidden_sources_shows_its_progress_but_not_its_value() {
    KeyResultProgress shown = seen(OUTSIDER, HiddenContributions.COUNTED_REDACTED).keyResult("tableau.cache");
    KeyResultProgress whole = WHOLE.keyResult("tableau.cache");
    assertThat(whole.getCurrentValue()).as("the whole evaluation has it").contains(new BigDecimal("777.12"));
    assertThat(shown.getProgress()).isEqualTo(whole.getProgress());
    assertThat(shown.getStatus()).isEqualTo(whole.getStatus());
    assertThat(shown.getCurrentValue()).isEmpty();
    assertThat(shown.getNumerator()).isEmpty();
    assertThat(shown.getDenominator()).isEmpty();
    assertThat(shown.getLatestCheckIn()).isEmpty();
    assertThat(shown.isValueRestricted()).isTrue();
  }

  @Test
  void a_computed_key_result_with_some_hidden_sources_shows_no_value_either() {
    KeyResultProgress shown = seen(OUTSIDER, HiddenContributions.COUNTED_REDACTED).keyResult("tableau.mixte");
    assertThat(shown.getCurrentValue()).isEmpty();
    assertThat(shown.isValueRestricted()).isTrue();
    assertThat(shown.getProgress()).isEqualTo(WHOLE.keyResult("tableau.mixte").getProgress());
  }

  @Test
  void a_pooled_rate_with_a_hidden_source_shows_no_numerator_nor_denominator() {
    KeyResultProgress shown = seen(OUTSIDER, HiddenContributions.COUNTED_REDACTED).keyResult("tableau.taux");
    assertThat(WHOLE.keyResult("tableau.taux").getNumerator()).as("the whole evaluation has it").isPresent();
    assertThat(shown.getNumerator()).isEmpty();
    assertThat(shown.getDenominator()).isEmpty();
    assertThat(shown.getCurrentValue()).isEmpty();
    assertThat(shown.isValueRestricted()).isTrue();
  }

  @Test
  void a_computed_key_result_over_a_restricted_computed_one_is_restricted_too() {
    KeyResultProgress shown = seen(OUTSIDER, HiddenContributions.COUNTED_REDACTED).keyResult("tableau.chaine");
    assertThat(shown.getCurrentValue()).isEmpty();
    assertThat(shown.isValueRestricted()).isTrue();
  }

  @Test
  void a_computed_key_result_from_visible_sources_only_shows_its_value() {
    KeyResultProgress shown = seen(OUTSIDER, HiddenContributions.COUNTED_REDACTED).keyResult("tableau.visible");
    assertThat(shown.getCurrentValue()).contains(new BigDecimal("10"));
    assertThat(shown.isValueRestricted()).isFalse();
  }

  @Test
  void a_viewer_who_sees_every_source_sees_the_value() {
    KeyResultProgress shown = seen(INSIDER, HiddenContributions.COUNTED_REDACTED).keyResult("tableau.cache");
    assertThat(shown.getCurrentValue()).contains(new BigDecimal("777.12"));
    assertThat(shown.isValueRestricted()).isFalse();
  }

  @Test
  void the_objective_s_key_results_seen_through_the_view_are_restricted_too() {
    EvaluationView evaluation = seen(OUTSIDER, HiddenContributions.COUNTED_REDACTED);
    for (KeyResultProgress keyResult : evaluation.objective("tableau").getKeyResults()) {
      assertThat(keyResult.getCurrentValue().map(BigDecimal::toPlainString).orElse("none")).as(keyResult.getKeyResultId())
          .isNotIn("777.12", "787.12");
    }
    assertThat(evaluation.getObjectives().stream().filter(o -> o.getObjectiveId().equals("tableau")).findFirst()
        .orElseThrow().getKeyResults()).filteredOn(KeyResultProgress::isValueRestricted)
        .extracting(KeyResultProgress::getKeyResultId)
        .containsExactly("tableau.cache", "tableau.mixte", "tableau.taux", "tableau.chaine");
    assertThat(evaluation.objective("tableau").getProgress()).isEqualTo(WHOLE.objective("tableau").getProgress());
  }

  @Test
  void the_hidden_value_appears_nowhere_in_the_evaluation_view() {
    String all = String.join("\n", ViewStrings.of(seen(OUTSIDER, HiddenContributions.COUNTED_REDACTED)).strings())
        + ViewStrings.of(seen(OUTSIDER, HiddenContributions.COUNTED_REDACTED)).numbers();
    assertThat(all).doesNotContain("777.12", "787.12");
  }

  @Test
  void under_left_out_a_computed_key_result_is_computed_from_visible_sources_only() {
    EvaluationView evaluation = seen(OUTSIDER, HiddenContributions.LEFT_OUT);
    assertThat(evaluation.keyResult("tableau.mixte").getCurrentValue()).contains(new BigDecimal("10"));
    assertThat(evaluation.keyResult("tableau.mixte").getProgress().orElseThrow()).isCloseTo(10 / 2000.0, within(1e-12));
    assertThat(evaluation.keyResult("tableau.cache").getCurrentValue()).isEmpty();
    assertThat(evaluation.keyResult("tableau.cache").hasData()).isFalse();
    assertThat(evaluation.keyResult("tableau.taux").getNumerator()).contains(new BigDecimal("3"));
    assertThat(evaluation.keyResult("tableau.mixte").isValueRestricted()).as("nothing to hide: visible sources only").isFalse();
  }
}
