package fr.okrsante.plan;

import static fr.okrsante.plan.Fixtures.at;
import static fr.okrsante.plan.Fixtures.day;
import static fr.okrsante.plan.Fixtures.kr;
import static fr.okrsante.plan.Fixtures.objective;
import static fr.okrsante.plan.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rollup (DESIGN §4.4) and no-data policy (§4.1), with hand-computed examples. */
class RollupTest {

  private static final LocalDate JULY = day("2026-07-01");
  private static final MoveToTarget ZERO_TO_HUNDRED = MoveToTarget.of("0", Target.absolute("100"));

  /** Key results of weights 2, 1, 1 at progress 0.5, 1.0 and 0. */
  private static Objective.Builder twoOneOne() {
    return objective("o",
        kr("a", 2, ZERO_TO_HUNDRED, at("2026-06-30", "50")),
        kr("b", 1, ZERO_TO_HUNDRED, at("2026-06-30", "100")),
        kr("c", 1, ZERO_TO_HUNDRED, at("2026-06-30", "0")));
  }

  @Test
  void weighted_mean_of_two_one_one_is_one_half() {
    ObjectiveProgress o = Evaluation.of(plan(twoOneOne().build()), JULY).objective("o");
    assertThat(o.getProgress()).hasValue(0.5);
    assertThat(o.getCoverage()).isEqualTo(1.0);
  }

  @Test
  void minimum_of_two_one_one_is_zero() {
    Objective min = twoOneOne().rollup(RollupSettings.builder().strategy(RollupSettings.MINIMUM).build()).build();
    assertThat(Evaluation.of(plan(min), JULY).objective("o").getProgress()).hasValue(0.0);
  }

  @Test
  void contributions_explain_weights_progress_and_shares() {
    List<Contribution> contributions = Evaluation.of(plan(twoOneOne().build()), JULY).contributions("o");
    assertThat(contributions).extracting(Contribution::getSourceId).containsExactly("a", "b", "c");
    assertThat(contributions).extracting(Contribution::getWeight).containsExactly(2.0, 1.0, 1.0);
    assertThat(contributions).extracting(Contribution::getShare).containsExactly(0.5, 0.25, 0.25);
    assertThat(contributions.get(1).getProgress()).hasValue(1.0);
  }

  @Test
  void minimum_gives_the_whole_share_to_the_weakest_link() {
    Objective min = twoOneOne().rollup(RollupSettings.builder().strategy(RollupSettings.MINIMUM).build()).build();
    assertThat(Evaluation.of(plan(min), JULY).contributions("o")).extracting(Contribution::getShare)
        .containsExactly(0.0, 0.0, 1.0);
  }

  @Test
  void regression_counts_as_zero_in_the_rollup() {
    Objective o = objective("o",
        kr("a", ZERO_TO_HUNDRED, at("2026-06-30", "-50")),
        kr("b", ZERO_TO_HUNDRED, at("2026-06-30", "60"))).build();
    assertThat(Evaluation.of(plan(o), JULY).objective("o").getProgress()).hasValue(0.3);
  }

  @Test
  void no_data_counts_as_zero_by_default_and_coverage_says_so() {
    Objective o = objective("o",
        kr("a", ZERO_TO_HUNDRED, at("2026-06-30", "80")),
        kr("b", ZERO_TO_HUNDRED)).build();
    ObjectiveProgress p = Evaluation.of(plan(o), JULY).objective("o");
    assertThat(p.getProgress()).hasValue(0.4);
    assertThat(p.getCoverage()).isEqualTo(0.5);
    assertThat(p.getCountedContributionCount()).isEqualTo(2);
  }

  @Test
  void no_data_left_out_renormalises_the_remaining_weights() {
    Objective o = objective("o",
        kr("a", ZERO_TO_HUNDRED, at("2026-06-30", "80")),
        kr("b", ZERO_TO_HUNDRED))
        .rollup(RollupSettings.builder().noData(NoDataPolicy.LEAVE_OUT).build()).build();
    ObjectiveProgress p = Evaluation.of(plan(o), JULY).objective("o");
    assertThat(p.getProgress()).hasValue(0.8);
    assertThat(p.getCoverage()).isEqualTo(0.5);
    assertThat(p.getCountedContributionCount()).isEqualTo(1);
    assertThat(Evaluation.of(plan(o), JULY).contributions("o").get(1).isCounted()).isFalse();
  }

  @Test
  void an_objective_without_any_data_has_status_no_data() {
    Objective o = objective("o", kr("a", ZERO_TO_HUNDRED)).build();
    ObjectiveProgress p = Evaluation.of(plan(o), JULY).objective("o");
    assertThat(p.getStatus()).isEqualTo(Status.NO_DATA);
    assertThat(p.hasData()).isFalse();
  }

  @Test
  void children_contribute_with_the_link_weight_and_informs_links_do_not_count() {
    Objective parent = objective("parent", kr("p1", ZERO_TO_HUNDRED, at("2026-06-30", "100"))).build();
    Objective childA = objective("child-a", kr("a1", ZERO_TO_HUNDRED, at("2026-06-30", "40"))).build();
    Objective childB = objective("child-b", kr("b1", ZERO_TO_HUNDRED, at("2026-06-30", "0"))).build();
    Plan plan = Plan.builder().addUnits(Fixtures.CHU).addCycles(Fixtures.YEAR).addObjectives(parent, childA, childB)
        .addLink(AlignmentLink.of("child-a", "parent", 3, LinkMode.CONTRIBUTES))
        .addLink(AlignmentLink.of("child-b", "parent", 1, LinkMode.INFORMS))
        .build();
    // (1 × 1.0 + 3 × 0.4) / 4 = 0.55
    Evaluation evaluation = Evaluation.of(plan, JULY);
    assertThat(evaluation.objective("parent").getProgress().getAsDouble()).isCloseTo(0.55, within(1e-12));
    assertThat(evaluation.contributions("parent")).extracting(Contribution::getSourceId).containsExactly("p1", "child-a");
  }

  @Test
  void sources_can_be_restricted_to_children_or_key_results() {
    Objective parentKrs = objective("parent", kr("p1", ZERO_TO_HUNDRED, at("2026-06-30", "100")))
        .rollup(RollupSettings.builder().sources(RollupSources.KEY_RESULTS).build()).build();
    Objective child = objective("child", kr("c1", ZERO_TO_HUNDRED, at("2026-06-30", "20"))).build();
    assertThat(Evaluation.of(plan(List.of(parentKrs, child), "child->parent"), JULY).objective("parent").getProgress())
        .hasValue(1.0);
    Objective parentChildren = Objective.builder().from(parentKrs)
        .rollup(RollupSettings.builder().sources(RollupSources.CHILDREN).build()).build();
    assertThat(Evaluation.of(plan(List.of(parentChildren, child), "child->parent"), JULY).objective("parent").getProgress())
        .hasValue(0.2);
  }

  @Test
  void effective_share_multiplies_along_paths_and_sums_over_paths() {
    // top ← mid-a (weight 1), top ← mid-b (weight 1), top has one KR (weight 2);
    // leaf → mid-a and leaf → mid-b; each mid has one KR; leaf has one KR.
    Objective top = objective("top", kr("t1", 2, ZERO_TO_HUNDRED, at("2026-06-30", "10"))).build();
    Objective midA = objective("mid-a", kr("ma", ZERO_TO_HUNDRED, at("2026-06-30", "10"))).build();
    Objective midB = objective("mid-b", kr("mb", ZERO_TO_HUNDRED, at("2026-06-30", "10"))).build();
    Objective leaf = objective("leaf", kr("l1", ZERO_TO_HUNDRED, at("2026-06-30", "10"))).build();
    Plan plan = plan(List.of(top, midA, midB, leaf), "mid-a->top", "mid-b->top", "leaf->mid-a", "leaf->mid-b");
    Evaluation evaluation = Evaluation.of(plan, JULY);
    // In top: t1 2/4, mid-a 1/4, mid-b 1/4. In each mid: its KR 1/2, leaf 1/2. In leaf: l1 1.
    // l1 in top = 1 × (1/2 × 1/4 + 1/2 × 1/4) = 0.25.
    assertThat(evaluation.effectiveShare("l1", "top")).isCloseTo(0.25, within(1e-12));
    assertThat(evaluation.effectiveShare("leaf", "top")).isCloseTo(0.25, within(1e-12));
    assertThat(evaluation.effectiveShare("ma", "top")).isCloseTo(0.125, within(1e-12));
    assertThat(evaluation.effectiveShares("l1")).containsOnlyKeys("leaf", "mid-a", "mid-b", "top");
    assertThat(evaluation.effectiveShare("top", "leaf")).isZero();
  }

  @Test
  void unknown_strategy_is_refused_with_the_registered_names() {
    Objective o = twoOneOne().rollup(RollupSettings.builder().strategy("median").build()).build();
    assertThatThrownBy(() -> Evaluation.of(plan(o), JULY))
        .isInstanceOf(UnknownStrategyException.class)
        .hasMessageContaining("'median'").hasMessageContaining("weighted-mean").hasMessageContaining("minimum");
  }

  @Test
  void a_custom_strategy_is_found_by_name() {
    RollupStrategy maximum = new RollupStrategy() {
      @Override
      public String getName() {
        return "maximum";
      }

      @Override
      public double combine(CountedContributions contributions) {
        double max = 0;
        for (int i = 0; i < contributions.count(); i++) {
          max = Math.max(max, contributions.progress(i));
        }
        return max;
      }

      @Override
      public double[] shares(CountedContributions contributions) {
        double[] shares = new double[contributions.count()];
        java.util.Arrays.fill(shares, 1.0 / contributions.count());
        return shares;
      }
    };
    Objective o = twoOneOne().rollup(RollupSettings.builder().strategy("maximum").build()).build();
    Evaluator evaluator = Evaluator.of(EvaluationSettings.defaults(), RollupStrategies.standard().with(maximum));
    assertThat(evaluator.evaluate(plan(o), JULY).objective("o").getProgress()).hasValue(1.0);
  }

  @Test
  void milestones_roll_up_as_zero_or_one() {
    Objective o = objective("o",
        kr("m1", Milestone.doneOrNot(), at("2026-03-01", "1")),
        kr("m2", Milestone.doneOrNot(), at("2026-03-01", "0"))).build();
    assertThat(Evaluation.of(plan(o), JULY).objective("o").getProgress()).hasValue(0.5);
  }
}
