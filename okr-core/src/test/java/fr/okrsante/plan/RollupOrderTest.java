package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.testing.RandomPlans;
import fr.okrsante.testing.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What the evaluation reads of a plan's structure agrees with the plan read the plain way: the
 * contributing links, children before parents, computed key results after their sources, and the
 * objectives an update reaches upward. On random valid plans.
 */
class RollupOrderTest {

  @TestFactory
  Stream<DynamicTest> the_rollup_order_agrees_with_the_plan() {
    return Seeds.range(300).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> check(seed)));
  }

  private static void check(long seed) {
    Plan plan = RandomPlans.valid(seed);
    List<Objective> objectives = plan.getObjectives();
    PlanStructure structure = plan.structure();
    RollupOrder order = structure.rollupOrder(objectives);
    String where = "seed " + seed;
    assertThat(structure.rollupOrder(objectives)).as(where + ": kept with the structure").isSameAs(order);
    assertThat(order.childrenFirst).as(where).hasSize(objectives.size());
    for (int p = 0; p < objectives.size(); p++) {
      String id = objectives.get(p).getId();
      List<String> contributing = new ArrayList<>();
      List<Double> weights = new ArrayList<>();
      for (AlignmentLink link : plan.alignment().childLinks(id)) {
        if (link.contributes()) {
          contributing.add(link.getChildId());
          weights.add(link.getWeight());
        }
      }
      List<String> children = new ArrayList<>();
      for (int c = 0; c < order.children[p].length; c++) {
        children.add(structure.objectiveIds[order.children[p][c]]);
        assertThat(order.childWeights[p][c]).as(where).isEqualTo(weights.get(c));
        assertThat(order.rank[order.children[p][c]]).as(where + ": child before parent").isLessThan(order.rank[p]);
      }
      assertThat(children).as(where + ", children of " + id).isEqualTo(contributing);
      Set<String> reached = new TreeSet<>();
      for (int q : order.upwardClosure(p)) {
        reached.add(structure.objectiveIds[q]);
      }
      Set<String> expected = new TreeSet<>(contributingAncestors(plan, id));
      expected.add(id);
      assertThat(reached).as(where + ", upward from " + id).isEqualTo(expected);
    }
    List<Integer> computedSeen = new ArrayList<>();
    for (int g : order.computedOrder) {
      int p = structure.keyResultObjective[g];
      KeyResult kr = objectives.get(p).getKeyResults().get(g - structure.keyResultStart[p]);
      assertThat(kr.getMetric()).as(where).isInstanceOf(ComputedMetric.class);
      for (String source : ((ComputedMetric) kr.getMetric()).getSourceIds()) {
        int s = structure.keyResultIndex(source);
        assertThat(order.dependents[s]).as(where + ": " + source + " feeds " + kr.getId()).contains(g);
        int sp = structure.keyResultObjective[s];
        if (objectives.get(sp).getKeyResults().get(s - structure.keyResultStart[sp]).getMetric() instanceof ComputedMetric) {
          assertThat(computedSeen).as(where + ": source first").contains(s);
        }
      }
      computedSeen.add(g);
    }
  }

  private static Set<String> contributingAncestors(Plan plan, String id) {
    Set<String> result = new TreeSet<>();
    List<String> queue = new ArrayList<>(List.of(id));
    while (!queue.isEmpty()) {
      String node = queue.remove(queue.size() - 1);
      for (AlignmentLink link : plan.alignment().parentLinks(node)) {
        if (link.contributes() && result.add(link.getParentId())) {
          queue.add(link.getParentId());
        }
      }
    }
    return result;
  }
}
