package fr.okrsante.plan;

import static fr.okrsante.plan.Fixtures.at;
import static fr.okrsante.plan.Fixtures.day;
import static fr.okrsante.plan.Fixtures.kr;
import static fr.okrsante.plan.Fixtures.objective;
import static fr.okrsante.plan.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The smaller rules of the progress package, one behaviour per test. */
class ProgressDetailsTest {

  private static final LocalDate JULY = day("2026-07-01");
  private static final MoveToTarget ZERO_TO_HUNDRED = MoveToTarget.of("0", Target.absolute("100"));

  @Test
  void a_key_result_of_weight_zero_is_shown_but_never_counted() {
    Objective o = objective("o", kr("a", 0, ZERO_TO_HUNDRED, at("2026-06-30", "100")),
        kr("b", 1, ZERO_TO_HUNDRED, at("2026-06-30", "20"))).build();
    Evaluation evaluation = Evaluation.of(plan(o), JULY);
    assertThat(evaluation.objective("o").getProgress()).hasValue(0.2);
    assertThat(evaluation.objective("o").getCountedContributionCount()).isEqualTo(1);
    Contribution zero = evaluation.contributions("o").get(0);
    assertThat(zero.isCounted()).isFalse();
    assertThat(zero.hasData()).isTrue();
    assertThat(zero.getShare()).isZero();
    assertThat(zero.getProgress()).hasValue(1.0);
  }

  @Test
  void an_objective_whose_weights_are_all_zero_has_no_progress_and_no_coverage() {
    Objective o = objective("o", kr("a", 0, ZERO_TO_HUNDRED, at("2026-06-30", "100"))).build();
    ObjectiveProgress p = Evaluation.of(plan(o), JULY).objective("o");
    assertThat(p.getProgress()).isEmpty();
    assertThat(p.getCoverage()).isZero();
    assertThat(p.getStatus()).isEqualTo(Status.NO_DATA);
    // Without counted contributions, the expectation is linear over the cycle: Jan 1 → Jul 1 is 181 of 364 days.
    assertThat(p.getExpectedProgress()).isCloseTo(181.0 / 364, within(1e-12));
  }

  @Test
  void a_contribution_without_data_shows_no_progress() {
    Objective o = objective("o", kr("a", ZERO_TO_HUNDRED)).build();
    Contribution c = Evaluation.of(plan(o), JULY).contributions("o").get(0);
    assertThat(c.hasData()).isFalse();
    assertThat(c.isCounted()).isTrue();
    assertThat(c.getProgress()).hasValue(0.0);
  }

  @Test
  void a_raw_progress_of_exactly_zero_is_not_a_regression() {
    KeyResultProgress p = Evaluation.of(plan(objective("o", kr("a", ZERO_TO_HUNDRED, at("2026-06-30", "0"))).build()), JULY)
        .keyResult("a");
    assertThat(p.getProgress()).hasValue(0.0);
    assertThat(p.isRegression()).isFalse();
  }

  @Test
  void progress_results_name_what_they_measure_and_where_it_comes_from() {
    CheckIn latest = at("2026-06-30", "40");
    StatusOverride override = StatusOverride.of(Status.ON_TRACK, "p-1", Instant.parse("2026-07-01T10:00:00Z"), "pilotage");
    Objective o = objective("o", kr("a", ZERO_TO_HUNDRED, at("2026-03-31", "10"), latest)).statusOverride(override).build();
    Evaluation evaluation = Evaluation.of(plan(o), JULY);
    KeyResultProgress k = evaluation.keyResult("a");
    assertThat(k.getObjectiveId()).isEqualTo("o");
    assertThat(k.getLatestCheckIn()).hasValue(latest);
    assertThat(k.toString()).isEqualTo("KeyResultProgress[a BEHIND progress=0.4000 expected=0.4973]");
    ObjectiveProgress p = evaluation.objective("o");
    assertThat(p.getObjectiveId()).isEqualTo("o");
    assertThat(p.getOverride()).hasValue(override);
    assertThat(p.getStatus()).isEqualTo(Status.ON_TRACK);
    assertThat(p.getComputedStatus()).isEqualTo(Status.BEHIND);
    assertThat(p.getExpectedProgress()).isCloseTo(181.0 / 364, within(1e-12));
    assertThat(evaluation.getObjectives()).extracting(ObjectiveProgress::getObjectiveId).containsExactly("o");
    assertThat(evaluation.toString()).startsWith("Evaluation[Plan[").endsWith(" as of 2026-07-01]");
    assertThat(Evaluation.of(plan(objective("n", kr("n1", ZERO_TO_HUNDRED)).build()), JULY).keyResult("n1").toString())
        .isEqualTo("KeyResultProgress[n1 NO_DATA progress=none expected=0.4973]");
  }

  @Test
  void strategies_have_stable_names_and_minimum_splits_ties() {
    assertThat(new WeightedMean().getName()).isEqualTo("weighted-mean").isEqualTo(new WeightedMean().toString());
    assertThat(new Minimum().getName()).isEqualTo("minimum").isEqualTo(new Minimum().toString());
    double[] shares = new Minimum().shares(Fixtures.counted(new double[] {1, 1, 1}, new double[] {0.2, 0.2, 0.9}));
    assertThat(shares).containsExactly(0.5, 0.5, 0.0);
    assertThat(RollupStrategies.standard().names()).contains("weighted-mean", "minimum");
  }

  @Test
  void an_unknown_strategy_exception_carries_the_name_and_the_registered_ones() {
    UnknownStrategyException e = new UnknownStrategyException("median", java.util.Set.of("minimum", "weighted-mean"));
    assertThat(e.getName()).isEqualTo("median");
    assertThat(e.getKnown()).containsExactlyInAnyOrder("minimum", "weighted-mean");
  }

  @Test
  void settings_compare_by_threshold_and_accept_the_bounds() {
    EvaluationSettings a = EvaluationSettings.defaults().withBehindThreshold(0.1);
    assertThat(a).isEqualTo(EvaluationSettings.defaults().withBehindThreshold(0.1)).hasSameHashCodeAs(
        EvaluationSettings.defaults().withBehindThreshold(0.1));
    assertThat(a).isNotEqualTo(EvaluationSettings.defaults()).isNotEqualTo("0.1");
    assertThat(a.hashCode()).isNotEqualTo(EvaluationSettings.defaults().hashCode());
    assertThat(a.toString()).isEqualTo("EvaluationSettings[behindThreshold=0.1]");
    assertThat(EvaluationSettings.defaults().withBehindThreshold(0).getBehindThreshold()).isZero();
    assertThat(EvaluationSettings.defaults().withBehindThreshold(1).getBehindThreshold()).isEqualTo(1.0);
    assertThatThrownBy(() -> EvaluationSettings.defaults().withBehindThreshold(-0.01)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EvaluationSettings.defaults().withBehindThreshold(1.01)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void closing_scores_say_whether_they_were_measured_and_closes_drafts_too() {
    Objective measured = objective("m", kr("m1", ZERO_TO_HUNDRED, at("2026-12-01", "80"))).build();
    Objective draft = objective("d", kr("d1", ZERO_TO_HUNDRED)).lifecycle(Lifecycle.DRAFT).build();
    Objective closed = objective("c", kr("c1", ZERO_TO_HUNDRED)).lifecycle(Lifecycle.CANCELLED).build();
    CycleClose close = CycleClose.close(plan(measured, draft, closed), "2026", Instant.parse("2027-01-05T00:00:00Z"));
    assertThat(close.getCycleId()).isEqualTo("2026");
    assertThat(close.getObjectives()).extracting(Score::getId).containsExactly("c", "d", "m");
    assertThat(close.getKeyResults()).extracting(Score::getId).containsExactly("c1", "d1", "m1");
    assertThat(close.score("m1").isMeasured()).isTrue();
    assertThat(close.score("d1").isMeasured()).isFalse();
    assertThat(close.score("m1").toString()).isEqualTo("m1 0.80 YELLOW PARTIAL");
    Plan after = close.getClosedPlan();
    assertThat(after.objective("d").orElseThrow().getLifecycle()).isEqualTo(Lifecycle.CLOSED);
    assertThat(after.objective("c").orElseThrow().getLifecycle()).isEqualTo(Lifecycle.CANCELLED);
  }

  @Test
  void a_phased_curve_is_zero_before_its_start_and_may_end_below_one() {
    List<Waypoint> curve = List.of(Waypoint.of(day("2026-01-01"), 0.1), Waypoint.of(day("2026-12-31"), 0.9));
    assertThat(Pace.expected(day("2026-01-01"), day("2026-12-31"), curve, day("2025-12-01"))).isZero();
    assertThat(Pace.expected(day("2026-01-01"), day("2026-12-31"), curve, day("2026-01-01"))).isEqualTo(0.1);
    assertThat(Pace.expected(day("2026-01-01"), day("2026-12-31"), curve, day("2027-02-01"))).isEqualTo(0.9);
    List<Waypoint> later = List.of(Waypoint.of(day("2026-07-01"), 0.2));
    assertThat(Pace.expected(day("2026-01-01"), day("2026-12-31"), later, day("2025-12-01"))).isZero();
  }

  @Test
  void guardrail_check_ins_in_any_order_and_corrections_on_one_day() {
    KeyResult kr = KeyResult.builder().id("g").title("Occupation 85–95 %")
        .metric(Guardrail.within(new BigDecimal("85"), new BigDecimal("95")))
        .startDate(day("2026-01-01")).dueDate(day("2026-01-10"))
        // Jan 1–5 at 90 (in); Jan 6 first 80 then corrected to 88 (in): 10 of 10 days.
        .addCheckIns(at("2026-01-06", "80").toBuilder().recordedAt(Instant.parse("2026-01-06T08:00:00Z")).build(),
            at("2026-01-01", "90"),
            at("2026-01-06", "88").toBuilder().recordedAt(Instant.parse("2026-01-06T09:00:00Z")).build())
        .build();
    assertThat(Evaluation.of(plan(objective("o", kr).build()), day("2026-01-10")).keyResult("g").getProgress()).hasValue(1.0);
  }

  @Test
  void a_guardrail_first_observed_after_its_due_date_scores_its_latest_value() {
    KeyResult in = KeyResult.builder().id("g").title("Satisfaction").metric(Guardrail.atOrAbove(new BigDecimal("85")))
        .startDate(day("2026-01-01")).dueDate(day("2026-01-31")).addCheckIns(at("2026-02-15", "86")).build();
    KeyResult out = KeyResult.builder().id("h").title("Satisfaction").metric(Guardrail.atOrAbove(new BigDecimal("85")))
        .startDate(day("2026-01-01")).dueDate(day("2026-01-31")).addCheckIns(at("2026-02-15", "84")).build();
    Evaluation evaluation = Evaluation.of(plan(objective("o", in, out).build()), day("2026-03-01"));
    assertThat(evaluation.keyResult("g").getProgress()).hasValue(1.0);
    assertThat(evaluation.keyResult("h").getProgress()).hasValue(0.0);
  }

  @Test
  void a_provisional_check_in_can_be_the_latest_but_never_sets_the_baseline() {
    MoveToTarget find = MoveToTarget.unknownBaseline(Target.absolute("100"));
    CheckIn provisional = at("2026-05-01", "70").toBuilder().status(CheckInStatus.PROVISIONAL).build();
    KeyResultProgress p = Evaluation.of(plan(objective("o", kr("x", find, at("2026-02-01", "50"), provisional)).build()), JULY)
        .keyResult("x");
    assertThat(p.getBaseline()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("50"));
    assertThat(p.getProgress()).hasValue(0.4);
  }

  @Test
  void a_found_baseline_equal_to_the_target_counts_as_reached_or_not() {
    MoveToTarget find = MoveToTarget.unknownBaseline(Target.absolute("100"));
    Evaluation reached = Evaluation.of(plan(objective("o", kr("x", find, at("2026-02-01", "100"))).build()), JULY);
    assertThat(reached.keyResult("x").getProgress()).hasValue(1.0);
    Evaluation moved = Evaluation.of(plan(objective("o", kr("x", find, at("2026-02-01", "100"), at("2026-03-01", "90"))).build()), JULY);
    assertThat(moved.keyResult("x").getProgress()).hasValue(0.0);
  }

  @Test
  void an_objective_that_does_not_cap_counts_a_child_above_one() {
    Objective parent = objective("parent").rollup(RollupSettings.builder().capOverachievement(false).build()).build();
    Objective child = objective("child", kr("c", ZERO_TO_HUNDRED, at("2026-06-30", "150")))
        .rollup(RollupSettings.builder().capOverachievement(false).build()).build();
    Evaluation evaluation = Evaluation.of(plan(List.of(parent, child), "child->parent"), JULY);
    assertThat(evaluation.objective("parent").getProgress()).hasValue(1.5);
  }
}
