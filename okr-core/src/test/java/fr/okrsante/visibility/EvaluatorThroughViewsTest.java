package fr.okrsante.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.RollupSettings;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.UnitKind;
import fr.okrsante.plan.Visibility;
import fr.okrsante.plan.CountedContributions;
import fr.okrsante.plan.EvaluationSettings;
import fr.okrsante.plan.Evaluator;
import fr.okrsante.plan.RollupStrategies;
import fr.okrsante.plan.RollupStrategy;
import fr.okrsante.plan.UnknownStrategyException;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A view evaluates with the evaluator it is given: a strategy the host registered works through it. */
class EvaluatorThroughViewsTest {

  private static final LocalDate JULY = LocalDate.of(2026, 7, 1);

  /** The best contribution: a host's own strategy, reading only the counted contributions. */
  static final class Best implements RollupStrategy {
    @Override
    public String getName() {
      return "best";
    }

    @Override
    public double combine(CountedContributions contributions) {
      double best = 0;
      for (int i = 0; i < contributions.count(); i++) {
        best = Math.max(best, contributions.progress(i));
      }
      return best;
    }

    @Override
    public double[] shares(CountedContributions contributions) {
      double[] shares = new double[contributions.count()];
      Arrays.fill(shares, 1.0 / shares.length);
      return shares;
    }
  }

  private static final Evaluator HOST = Evaluator.of(EvaluationSettings.defaults(), RollupStrategies.standard().with(new Best()));

  private static KeyResult kr(String id, String value) {
    return KeyResult.builder().id(id).title("KR " + id).metric(MoveToTarget.of("0", Target.absolute("100")))
        .addCheckIns(CheckIn.of(LocalDate.of(2026, 3, 1), value)).build();
  }

  private static Plan plan() {
    Objective shown = Objective.builder().id("qualite").title("Qualité").ownerUnitId("chu").cycleId("2026")
        .visibility(Visibility.PUBLIC).rollup(RollupSettings.builder().strategy("best").build())
        .addKeyResults(kr("k1", "20"), kr("k2", "80")).build();
    Objective hidden = Objective.builder().id("budget").title("Budget").ownerUnitId("chu.daf").cycleId("2026")
        .visibility(Visibility.PRIVATE).addKeyResults(kr("k3", "90")).build();
    return Plan.builder()
        .addUnits(OrgUnit.of("chu", "CHU", UnitKind.ORGANISATION), OrgUnit.of("chu.daf", "DAF", UnitKind.SERVICE, "chu"),
            OrgUnit.of("chu.urg", "Urgences", UnitKind.SERVICE, "chu"))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .addObjectives(shown, hidden).addLink("budget", "qualite").build();
  }

  private static final Viewer NURSE = Viewer.of("p-1", Membership.member("chu.urg"));

  @Test
  void a_strategy_registered_by_the_host_works_through_a_view_under_both_policies() {
    for (HiddenContributions policy : HiddenContributions.values()) {
      PlanView view = Access.of(plan(), NURSE).view(policy);
      double expected = policy == HiddenContributions.COUNTED_REDACTED ? 0.9 : 0.8;
      assertThat(view.evaluate(HOST, JULY).objective("qualite").getProgress().orElseThrow()).as(policy.toString())
          .isCloseTo(expected, within(1e-9));
    }
  }

  @Test
  void the_standard_evaluator_does_not_know_the_host_strategy() {
    PlanView view = Access.of(plan(), NURSE).view();
    assertThatThrownBy(() -> view.evaluate(JULY)).isInstanceOf(UnknownStrategyException.class)
        .hasMessageContaining("'best'");
  }

  @Test
  void the_evaluation_view_keeps_the_evaluator_that_computed_it() {
    PlanView view = Access.of(plan(), NURSE).view();
    assertThat(view.evaluate(HOST, JULY).contributions("qualite")).hasSize(2)
        .allSatisfy(c -> assertThat(c.getShare()).isCloseTo(1.0 / 3, within(1e-9)));
  }
}
