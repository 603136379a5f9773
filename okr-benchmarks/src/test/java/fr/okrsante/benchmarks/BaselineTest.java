package fr.okrsante.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.ComputedMetric;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Milestone;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.Evaluator;
import fr.okrsante.plan.KeyResultProgress;
import fr.okrsante.plan.ObjectiveProgress;
import fr.okrsante.testing.RandomPlans;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The hand-written baseline computes the same numbers as the library (no timing here). */
class BaselineTest {

  private static final double TOLERANCE = 1e-12;

  @TestFactory
  Stream<DynamicTest> baseline_evaluation_equals_library_on_random_plans() {
    return IntStream.range(0, 300).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Plan plan = RandomPlans.valid(seed);
      for (LocalDate asOf : dates(plan)) {
        assertSame(plan, new FlatPlan(plan), asOf, "seed " + seed + " as of " + asOf);
      }
    }));
  }

  @Test
  void baseline_evaluation_equals_library_on_a_generated_plan() {
    Plan plan = PlanGenerator.generate(PlanGenerator.Size.TINY);
    FlatPlan flat = new FlatPlan(plan);
    for (int month = 1; month <= 12; month++) {
      assertSame(plan, flat, LocalDate.of(2026, month, 15), "tiny plan, month " + month);
    }
  }

  @Test
  void baseline_update_equals_library_incremental_evaluation() {
    Plan plan = PlanGenerator.generate(PlanGenerator.Size.TINY);
    FlatPlan flat = new FlatPlan(plan);
    LocalDate asOf = PlanGenerator.AS_OF;
    Evaluation evaluation = Evaluator.standard().evaluate(plan, asOf);
    flat.evaluate(asOf);
    int[] scratch = new int[flat.objectiveCount];
    boolean[] marked = new boolean[flat.objectiveCount];
    for (int g = 0; g < flat.krCount; g++) {
      KeyResult kr = plan.keyResult(flat.krIds[g]).orElseThrow();
      if (kr.getMetric() instanceof ComputedMetric || kr.getMetric() instanceof Milestone m && m.isFromInitiatives()
          || kr.getMetric() instanceof MoveToTarget t && t.isFromInitiatives()) {
        continue;
      }
      CheckIn checkIn = kr.getMetric() instanceof Rate ? CheckIn.ofRate(asOf.minusDays(1), 3, 4)
          : CheckIn.of(asOf.minusDays(1), kr.getMetric() instanceof Milestone ? BigDecimal.ONE : new BigDecimal("123.4"));
      evaluation = evaluation.withCheckIn(kr.getId(), checkIn);
      List<Integer> deps = new ArrayList<>();
      for (int c : flat.computedOrder) {
        for (int source : flat.sources[c]) {
          if (source == g || deps.contains(source)) {
            deps.add(c);
            break;
          }
        }
      }
      flat.appendCheckIn(g, checkIn);
      flat.update(g, asOf, deps.stream().mapToInt(Integer::intValue).toArray(), scratch, marked);
      assertResults(evaluation, flat, "after a check-in on " + kr.getId());
    }
    FlatPlan fresh = new FlatPlan(evaluation.getPlan());
    fresh.evaluate(asOf);
    assertResults(evaluation, fresh, "fresh baseline of the updated plan");
  }

  private static void close(double actual, double expected, String what) {
    if (Double.isNaN(actual) || Double.isNaN(expected)) {
      assertThat(Double.isNaN(actual)).as(what + ": " + actual + " vs " + expected).isEqualTo(Double.isNaN(expected));
    } else {
      assertThat(actual).as(what).isCloseTo(expected, within(TOLERANCE));
    }
  }

  private static List<LocalDate> dates(Plan plan) {
    List<LocalDate> dates = new ArrayList<>();
    plan.getCycles().forEach(c -> {
      dates.add(c.getStartDate().minusDays(1));
      dates.add(c.getStartDate().plusDays(40));
      dates.add(c.getEndDate());
      dates.add(c.getEndDate().plusDays(30));
    });
    return dates;
  }

  private static void assertSame(Plan plan, FlatPlan flat, LocalDate asOf, String context) {
    Evaluation evaluation = Evaluator.standard().evaluate(plan, asOf);
    flat.evaluate(asOf);
    assertResults(evaluation, flat, context);
  }

  private static void assertResults(Evaluation evaluation, FlatPlan flat, String context) {
    for (int g = 0; g < flat.krCount; g++) {
      KeyResultProgress kr = evaluation.keyResult(flat.krIds[g]);
      String what = context + ", key result " + flat.krIds[g];
      close(kr.getProgress().orElse(Double.NaN), flat.krRaw[g], what + " raw");
      assertThat(Double.isNaN(flat.krRaw[g])).as(what + " no data").isEqualTo(!kr.hasData());
      close(kr.getCountedProgress(), flat.krCounted[g], what + " counted");
      close(kr.getExpectedProgress(), flat.krExpected[g], what + " expected");
      assertThat(kr.getComputedStatus().ordinal()).as(what + " status").isEqualTo((int) flat.krStatus[g]);
    }
    for (int p = 0; p < flat.objectiveCount; p++) {
      ObjectiveProgress objective = evaluation.objective(flat.objectiveIds[p]);
      String what = context + ", objective " + flat.objectiveIds[p];
      close(objective.getProgress().orElse(Double.NaN), flat.progress[p], what + " progress");
      assertThat(Double.isNaN(flat.progress[p])).as(what + " no progress").isEqualTo(objective.getProgress().isEmpty());
      close(objective.getExpectedProgress(), flat.expected[p], what + " expected");
      close(objective.getCoverage(), flat.coverage[p], what + " coverage");
      assertThat(objective.getComputedStatus().ordinal()).as(what + " status").isEqualTo((int) flat.status[p]);
    }
  }
}
