package fr.okrsante.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.plan.AlignmentGraph;
import fr.okrsante.plan.ComputedMetric;
import fr.okrsante.plan.Guardrail;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Milestone;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.Visibility;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator builds valid plans of the announced shape (no timing here). */
class PlanGeneratorTest {

  @Test
  void tiny_plan_is_valid_and_deterministic() {
    Plan plan = PlanGenerator.generate(PlanGenerator.Size.TINY);
    assertThat(plan.getObjectives()).hasSize(PlanGenerator.Size.TINY.objectives());
    assertThat(PlanGenerator.generate(PlanGenerator.Size.TINY)).isEqualTo(plan);
  }

  @Test
  void regional_plan_has_the_announced_shape() {
    Plan plan = PlanGenerator.generate(PlanGenerator.Size.REGIONAL);
    List<Objective> objectives = plan.getObjectives();
    assertThat(objectives).hasSize(12_000);
    assertThat(plan.getUnits()).hasSize(2_800);
    long keyResults = objectives.stream().mapToLong(o -> o.getKeyResults().size()).sum();
    assertThat(keyResults).isEqualTo(36_000);
    long checkIns = objectives.stream().flatMap(o -> o.getKeyResults().stream()).mapToLong(k -> k.getCheckIns().size()).sum();
    assertThat(checkIns).as("about 12 check-ins per key result").isBetween(36_000L * 11, 36_000L * 12);

    Set<Class<?>> kinds = new HashSet<>();
    for (Objective objective : objectives) {
      for (KeyResult kr : objective.getKeyResults()) {
        kinds.add(kr.getMetric() instanceof MoveToTarget ? MoveToTarget.class : kr.getMetric() instanceof Rate ? Rate.class
            : kr.getMetric() instanceof Guardrail ? Guardrail.class : kr.getMetric() instanceof Milestone ? Milestone.class
            : kr.getMetric() instanceof ComputedMetric ? ComputedMetric.class : Object.class);
      }
    }
    assertThat(kinds).as("every metric kind").containsExactlyInAnyOrder(MoveToTarget.class, Rate.class, Guardrail.class,
        Milestone.class, ComputedMetric.class);
    assertThat(plan.getInitiatives()).isNotEmpty();

    AlignmentGraph graph = plan.alignment();
    long twoParents = objectives.stream().filter(o -> graph.parents(o.getId()).size() >= 2).count();
    assertThat(twoParents / 12_000.0).as("share of objectives with two parents").isBetween(0.08, 0.12);
    long restricted = objectives.stream()
        .filter(o -> o.getVisibility() == Visibility.UNIT || o.getVisibility() == Visibility.PRIVATE).count();
    assertThat(restricted / 12_000.0).as("share of restricted objectives").isBetween(0.04, 0.06);

    // Depth: the longest chain of links, computed children first.
    Map<String, Integer> depth = new HashMap<>();
    int deepest = 0;
    List<String> order = graph.topologicalOrder();
    for (String id : order) {
      int d = 1;
      for (String parent : graph.parents(id)) {
        d = Math.max(d, depth.getOrDefault(parent, 1) + 1);
      }
      depth.put(id, d);
      deepest = Math.max(deepest, d);
    }
    assertThat(deepest).as("alignment depth in levels").isEqualTo(6);
  }
}
