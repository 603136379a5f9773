package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.KeyResultProgress;
import fr.okrsante.plan.ObjectiveProgress;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.ProgressFigures;
import fr.okrsante.plan.UnknownIdException;
import fr.okrsante.testing.RandomPlans;
import fr.okrsante.testing.Seeds;
import fr.okrsante.visibility.Access;
import fr.okrsante.visibility.EvaluationView;
import fr.okrsante.visibility.HiddenContributions;
import fr.okrsante.visibility.PlanView;
import fr.okrsante.visibility.Viewer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every implementation of {@link ProgressFigures} gives the same figures for the same plan: an
 * {@link Evaluation}, its {@link EvaluationDocument}, and that document written and read back; an
 * {@link EvaluationView} under each policy, its document, the evaluation document and the view
 * document read back. Over seeded random plans and viewers; each case names its seed.
 */
class ProgressFiguresAgreementTest {

  private static final long BASE_SEED = 0x0F16_2026L;
  private static final int PLANS = 120;

  private final OkrJson json = OkrJson.standard();

  /** Counts, over all cases, what makes the property not vacuous. */
  private static final int[] RESTRICTED_CONTRIBUTIONS = new int[1];
  private static final int[] RESTRICTED_VALUES = new int[1];

  @TestFactory
  Stream<DynamicTest> every_implementation_gives_the_same_figures_for_the_same_plan() {
    return Seeds.cases(PLANS).mapToObj(i -> {
      long seed = BASE_SEED + i;
      return DynamicTest.dynamicTest("seed " + seed, () -> agree(seed));
    });
  }

  private void agree(long seed) {
    Plan plan = RandomPlans.valid(seed);
    LocalDate asOf = RandomDocumentsTest.asOf(plan, seed);
    Evaluation whole = Evaluation.of(plan, asOf);
    List<String> expected = FigureLines.of(whole);
    String where = "seed " + seed;
    assertThat(FigureLines.of(EvaluationDocument.of(whole))).as(where + ": the evaluation's document")
        .isEqualTo(expected);
    assertThat(FigureLines.of(json.readEvaluation(json.toJson(whole)))).as(where + ": the evaluation read back")
        .isEqualTo(expected);
    for (Viewer viewer : RandomDocumentsTest.viewers(plan, seed)) {
      Access access = Access.of(plan, viewer);
      for (HiddenContributions policy : HiddenContributions.values()) {
        String who = where + ", viewer " + viewer.getMemberships() + ", " + policy;
        PlanView view = access.view(policy);
        EvaluationView evaluated = view.evaluate(asOf);
        List<String> seen = FigureLines.of(evaluated);
        assertThat(FigureLines.of(EvaluationDocument.of(evaluated))).as(who + ": the view's document").isEqualTo(seen);
        assertThat(FigureLines.of(json.readEvaluation(json.toJson(EvaluationDocument.of(evaluated)))))
            .as(who + ": the view's evaluation document read back").isEqualTo(seen);
        assertThat(FigureLines.of(json.readView(json.toJson(evaluated)).evaluation().orElseThrow()))
            .as(who + ": the view document read back").isEqualTo(seen);
        restrictedStayRestricted(plan, whole, view, evaluated, who);
      }
    }
  }

  /** What the viewer may not see is absent or counted in every implementation, never named or valued. */
  private void restrictedStayRestricted(Plan plan, Evaluation whole, PlanView view, EvaluationView evaluated,
      String who) {
    ProgressFigures read = json.readView(json.toJson(evaluated)).evaluation().orElseThrow();
    for (ObjectiveProgress objective : whole.objectives()) {
      String id = objective.getObjectiveId();
      if (view.objective(id).isEmpty()) {
        assertThatThrownBy(() -> read.objective(id)).as(who + ": hidden " + id).isInstanceOf(UnknownIdException.class);
        assertThatThrownBy(() -> evaluated.objective(id)).as(who + ": hidden " + id)
            .isInstanceOf(UnknownIdException.class);
        continue;
      }
      int restricted = read.restrictedContributionCount(id);
      if (restricted > 0) {
        RESTRICTED_CONTRIBUTIONS[0]++;
        assertThat(view.getPolicy()).as(who).isEqualTo(HiddenContributions.COUNTED_REDACTED);
        assertThat(read.contributions(id)).as(who + ": " + id + " names no hidden child")
            .allSatisfy(c -> assertThat(c.getKind() == fr.okrsante.plan.Contribution.Kind.KEY_RESULT
                || view.objective(c.getSourceId()).isPresent()).isTrue());
      }
      for (KeyResultProgress keyResult : read.objective(id).getKeyResults()) {
        if (keyResult.isValueRestricted()) {
          RESTRICTED_VALUES[0]++;
          assertThat(keyResult.getCurrentValue()).as(who).isEmpty();
          assertThat(keyResult.getLatestObservedOn()).as(who).isEmpty();
          assertThat(plan.keyResult(keyResult.getKeyResultId())).as(who).isPresent();
        }
      }
    }
  }

  @Test
  void the_property_meets_hidden_children_and_restricted_values() {
    if (RESTRICTED_CONTRIBUTIONS[0] == 0) {
      // run standalone: go through the cases first
      every_implementation_gives_the_same_figures_for_the_same_plan().forEach(test -> {
        try {
          test.getExecutable().execute();
        } catch (Throwable e) {
          throw new AssertionError(e);
        }
      });
    }
    assertThat(RESTRICTED_CONTRIBUTIONS[0]).as("objectives with counted, unnamed contributions").isGreaterThan(50);
    assertThat(RESTRICTED_VALUES[0]).as("key results whose value is restricted").isGreaterThan(5);
  }
}
