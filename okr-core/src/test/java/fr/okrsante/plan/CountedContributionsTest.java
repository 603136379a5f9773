package fr.okrsante.plan;

import static fr.okrsante.plan.Fixtures.at;
import static fr.okrsante.plan.Fixtures.kr;
import static fr.okrsante.plan.Fixtures.objective;
import static fr.okrsante.plan.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a rollup strategy is given: the counted contributions, read-only, and nothing else. */
class CountedContributionsTest {

  private static final LocalDate JULY = LocalDate.of(2026, 7, 1);
  private static final MoveToTarget TO_HUNDRED = MoveToTarget.of("0", Target.absolute("100"));

  /** Writes down what it reads, and checks that reading past the end fails. */
  private static final class Recording implements RollupStrategy {
    final List<String> calls = new ArrayList<>();

    @Override
    public String getName() {
      return "recording";
    }

    @Override
    public double combine(CountedContributions contributions) {
      StringBuilder call = new StringBuilder("combine");
      for (int i = 0; i < contributions.count(); i++) {
        call.append(' ').append(contributions.weight(i)).append('×').append(contributions.progress(i));
      }
      calls.add(call.toString());
      assertThatThrownBy(() -> contributions.weight(contributions.count())).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> contributions.progress(-1)).isInstanceOf(IndexOutOfBoundsException.class);
      return new WeightedMean().combine(contributions);
    }

    @Override
    public double[] shares(CountedContributions contributions) {
      calls.add("shares " + contributions.count());
      return new WeightedMean().shares(contributions);
    }
  }

  private static Evaluator with(RollupStrategy strategy) {
    return Evaluator.of(EvaluationSettings.defaults(), RollupStrategies.standard().with(strategy));
  }

  @Test
  void a_strategy_reads_only_the_counted_contributions_their_weights_and_progress() {
    Recording recording = new Recording();
    Objective o = objective("o",
        kr("a", 2, TO_HUNDRED, at("2026-03-01", "50")),
        kr("zero", 0, TO_HUNDRED, at("2026-03-01", "90")),
        kr("none", 1, TO_HUNDRED))
        .rollup(RollupSettings.builder().strategy("recording").noData(NoDataPolicy.LEAVE_OUT).build()).build();
    Evaluation evaluation = with(recording).evaluate(plan(o), JULY);
    // once for the progress, once for the expected pace; weight 0 and no data (left out) never count
    assertThat(recording.calls).hasSize(2);
    assertThat(recording.calls.get(0)).isEqualTo("combine 2.0×0.5");
    assertThat(evaluation.objective("o").getProgress()).hasValue(0.5);
    assertThat(recording.calls).noneMatch(c -> c.startsWith("shares"));
  }

  @Test
  void shares_are_asked_only_to_explain_a_result() {
    Recording recording = new Recording();
    Objective o = objective("o", kr("a", 1, TO_HUNDRED, at("2026-03-01", "50")), kr("b", 3, TO_HUNDRED,
        at("2026-03-01", "10"))).rollup(RollupSettings.builder().strategy("recording").build()).build();
    Evaluation evaluation = with(recording).evaluate(plan(o), JULY);
    assertThat(evaluation.contributions("o")).extracting(Contribution::getShare).containsExactly(0.25, 0.75);
    assertThat(recording.calls).last().isEqualTo("shares 2");
  }

  @Test
  void the_built_in_strategies_combine_what_the_view_gives() {
    CountedContributions counted = Fixtures.counted(new double[] {2, 1, 1}, new double[] {0.5, 1.0, 0});
    assertThat(new WeightedMean().combine(counted)).isEqualTo(0.5);
    assertThat(new WeightedMean().shares(counted)).containsExactly(0.5, 0.25, 0.25);
    assertThat(new Minimum().combine(counted)).isZero();
    assertThat(new Minimum().shares(counted)).containsExactly(0.0, 0.0, 1.0);
  }
}
