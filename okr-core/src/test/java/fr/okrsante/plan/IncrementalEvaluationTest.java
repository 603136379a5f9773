package fr.okrsante.plan;

import static fr.okrsante.plan.Fixtures.at;
import static fr.okrsante.plan.Fixtures.day;
import static fr.okrsante.plan.Fixtures.kr;
import static fr.okrsante.plan.Fixtures.objective;
import static fr.okrsante.plan.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Re-evaluation after one check-in touches only the changed key result and its ancestors. */
class IncrementalEvaluationTest {

  private static final LocalDate JULY = day("2026-07-01");
  private static final MoveToTarget ZERO_TO_HUNDRED = MoveToTarget.of("0", Target.absolute("100"));

  /** top ← service-a ← team-a; top ← service-b. */
  private static Plan hospital() {
    return plan(List.of(
        objective("top", kr("t1", ZERO_TO_HUNDRED, at("2026-06-30", "50"))).build(),
        objective("service-a", kr("sa", ZERO_TO_HUNDRED, at("2026-06-30", "50"))).build(),
        objective("service-b", kr("sb", ZERO_TO_HUNDRED, at("2026-06-30", "50"))).build(),
        objective("team-a", kr("ta", ZERO_TO_HUNDRED, at("2026-06-30", "50"))).build()),
        "service-a->top", "service-b->top", "team-a->service-a");
  }

  @Test
  void a_check_in_recomputes_its_objective_and_ancestors_only() {
    Evaluation before = Evaluation.of(hospital(), JULY);
    Evaluation after = before.withCheckIn("ta", at("2026-06-30", "100"));
    assertThat(after.objective("team-a").getProgress()).hasValue(1.0);
    assertThat(after.objective("service-a").getProgress()).hasValue(0.75);
    assertThat(after.objective("top").getProgress().getAsDouble()).isEqualTo((0.5 + 0.75 + 0.5) / 3);
    // Untouched branches are the very same result objects.
    assertThat(after.objective("service-b")).isSameAs(before.objective("service-b"));
    assertThat(after.getPlan().alignment()).isSameAs(before.getPlan().alignment());
    // The previous evaluation is unchanged.
    assertThat(before.objective("team-a").getProgress()).hasValue(0.5);
  }

  @Test
  void updates_of_one_plan_from_many_threads_at_once_each_give_what_a_full_evaluation_gives() throws Exception {
    // the updates of one plan's evaluations share the plan's spare working arrays: each thread must
    // still get its own, whatever the interleaving
    Evaluation before = Evaluation.of(hospital(), JULY);
    String[] keyResults = {"t1", "sa", "sb", "ta"};
    int threads = 4;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<List<String>>> mismatches = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        mismatches.add(pool.submit(() -> {
          start.await();
          List<String> wrong = new java.util.ArrayList<>();
          for (int i = 0; i < 300; i++) {
            String kr = keyResults[(thread + i) % keyResults.length];
            Evaluation after = before.withCheckIn(kr, at("2026-06-30", String.valueOf((thread * 31 + i) % 101)));
            if (!ProgressPropertyTest.snapshot(after).equals(ProgressPropertyTest.snapshot(Evaluation.of(after.getPlan(), JULY)))) {
              wrong.add("thread " + thread + ", update " + i + " of " + kr);
            }
          }
          return wrong;
        }));
      }
      start.countDown();
      for (java.util.concurrent.Future<List<String>> result : mismatches) {
        assertThat(result.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void computed_key_results_that_depend_on_the_change_follow_it() {
    Objective members = objective("members",
        kr("a", Rate.ofPercent("50", "100"), CheckIn.ofRate(day("2026-06-30"), 8, 10)),
        kr("b", Rate.ofPercent("50", "100"), CheckIn.ofRate(day("2026-06-30"), 1, 2))).build();
    Objective network = objective("network", kr("pooled", ComputedMetric.builder().addSourceIds("a", "b")
        .aggregation(Aggregation.POOLED_RATE).baseline(new BigDecimal("50")).target(Target.absolute("100")).build())).build();
    Evaluation before = Evaluation.of(plan(members, network), JULY);
    assertThat(before.keyResult("pooled").getCurrentValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("75"));
    Evaluation after = before.withCheckIn("b", CheckIn.ofRate(day("2026-06-30"), 2, 2));
    // 10 of 12.
    assertThat(after.keyResult("pooled").getNumerator()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));
    assertThat(ProgressPropertyTest.snapshot(after)).isEqualTo(ProgressPropertyTest.snapshot(Evaluation.of(after.getPlan(), JULY)));
  }

  @Test
  void a_structural_change_falls_back_to_a_full_evaluation() {
    Evaluation before = Evaluation.of(hospital(), JULY);
    Plan changed = before.getPlan().withoutLink("team-a", "service-a");
    Evaluation after = Evaluator.standard().update(before, changed, "ta");
    assertThat(after.objective("service-a").getProgress()).hasValue(0.5);
  }

  @Test
  void an_unknown_key_result_is_refused_by_name() {
    Evaluation before = Evaluation.of(hospital(), JULY);
    assertThatThrownBy(() -> before.withCheckIn("nope", at("2026-06-30", "1")))
        .isInstanceOf(UnknownIdException.class).hasMessageContaining("'nope'");
  }

  @Test
  void an_invalid_check_in_is_refused_and_nothing_changes() {
    Objective o = objective("o", kr("r", Rate.ofPercent("50", "100"), CheckIn.ofRate(day("2026-06-30"), 1, 2))).build();
    Evaluation before = Evaluation.of(plan(o), JULY);
    assertThatThrownBy(() -> before.withCheckIn("r", at("2026-06-30", "80")))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining("objectives[o].keyResults[r]")
        .hasMessageContaining("numerator and denominator");
    assertThat(before.getPlan().keyResult("r").orElseThrow().getCheckIns()).hasSize(1);
  }
}
