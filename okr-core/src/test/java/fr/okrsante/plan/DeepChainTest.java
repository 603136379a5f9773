package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A chain 100,000 objectives deep (and units 100,000 deep) is built, validated and traversed on
 * the default thread stack: every algorithm is iterative.
 */
@Tag("stress")
class DeepChainTest {

  private static final int DEPTH = 100_000;

  private static List<Objective> objectives;
  private static List<AlignmentLink> links;
  private static Plan plan;

  private static String id(int i) {
    return "obj-" + i;
  }

  @BeforeAll
  static void buildChain() {
    objectives = new ArrayList<>(DEPTH);
    links = new ArrayList<>(DEPTH);
    for (int i = 0; i < DEPTH; i++) {
      objectives.add(Objective.builder().id(id(i)).title("Objectif " + i).ownerUnitId("chu").cycleId("2026").build());
      if (i > 0) {
        links.add(AlignmentLink.of(id(i), id(i - 1)));
      }
    }
    plan = base().addAllObjectives(objectives).addAllLinks(links).build();
  }

  private static Plan.Builder base() {
    return Plan.builder()
        .addUnits(OrgUnit.of("chu", "CHU", UnitKind.ORGANISATION))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
  }

  @Test
  void the_chain_builds_with_one_root_and_one_leaf() {
    assertThat(plan.getObjectives()).hasSize(DEPTH);
    assertThat(plan.alignment().roots()).containsExactly(id(0));
    assertThat(plan.alignment().leaves()).containsExactly(id(DEPTH - 1));
    assertThat(plan.alignment().orphans()).isEmpty();
  }

  @Test
  void a_cycle_closed_at_the_end_of_the_chain_is_reported_whole() {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> base().addAllObjectives(objectives).addAllLinks(links).addLink(id(0), id(DEPTH - 1)).build());
    assertThat(e.getProblems()).singleElement().satisfies(problem -> {
      assertThat(problem.getMessage()).startsWith("alignment cycle " + id(0) + " → " + id(DEPTH - 1) + " → " + id(DEPTH - 2));
      String cycle = problem.getMessage().substring("alignment cycle ".length(), problem.getMessage().indexOf(':'));
      assertThat(cycle.split(" → ")).as("every objective of the chain, first one repeated").hasSize(DEPTH + 1);
    });
  }

  @Test
  void adding_the_closing_link_to_the_built_plan_fails_and_leaves_it_intact() {
    catchThrowableOfType(InvalidPlanException.class, () -> plan.withLink(AlignmentLink.of(id(0), id(DEPTH - 1))));
    assertThat(plan.getLinks()).hasSize(DEPTH - 1);
  }

  @Test
  void ancestors_of_the_deepest_objective_are_the_whole_chain() {
    assertThat(plan.alignment().ancestors(id(DEPTH - 1))).hasSize(DEPTH - 1).doesNotContain(id(DEPTH - 1));
  }

  @Test
  void descendants_of_the_top_objective_are_the_whole_chain() {
    assertThat(plan.alignment().descendants(id(0))).hasSize(DEPTH - 1).doesNotContain(id(0));
  }

  @Test
  void topological_order_follows_the_chain() {
    List<String> order = plan.alignment().topologicalOrder();
    assertThat(order).hasSize(DEPTH);
    for (int i = 0; i < DEPTH; i++) {
      if (!order.get(i).equals(id(i))) {
        throw new AssertionError("position " + i + " holds " + order.get(i));
      }
    }
  }

  @Test
  void the_only_path_from_bottom_to_top_is_the_chain() {
    List<List<String>> paths = plan.alignment().paths(id(DEPTH - 1), id(0));
    assertThat(paths).singleElement().satisfies(path -> {
      assertThat(path).hasSize(DEPTH);
      assertThat(path.get(0)).isEqualTo(id(DEPTH - 1));
      assertThat(path.get(DEPTH - 1)).isEqualTo(id(0));
    });
  }

  @Test
  void a_check_in_on_the_deep_plan_shares_the_graph() {
    Plan withKr = plan.withObjective(objectives.get(DEPTH - 1).toBuilder()
        .addKeyResults(KeyResult.builder().id("kr-1").title("T").metric(Milestone.doneOrNot()).build()).build());
    Plan after = withKr.withCheckIn("kr-1", CheckIn.of(LocalDate.of(2026, 3, 1), "1"));
    assertThat(after.alignment()).isSameAs(withKr.alignment());
    assertThat(withKr.keyResult("kr-1").orElseThrow().getCheckIns()).isEmpty();
  }

  @Test
  void a_unit_tree_100000_deep_is_validated_and_walked() {
    List<OrgUnit> units = new ArrayList<>(DEPTH);
    units.add(OrgUnit.of("u-0", "Racine", UnitKind.ORGANISATION));
    for (int i = 1; i < DEPTH; i++) {
      units.add(OrgUnit.of("u-" + i, "Unité " + i, UnitKind.UNIT, "u-" + (i - 1)));
    }
    Plan deep = Plan.builder().addAllUnits(units).build();
    assertThat(deep.unitAncestors("u-" + (DEPTH - 1))).hasSize(DEPTH - 1).endsWith("u-0");

    units.set(0, OrgUnit.of("u-0", "Racine", UnitKind.ORGANISATION, "u-" + (DEPTH - 1)));
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> Plan.builder().addAllUnits(units).build());
    assertThat(e.getProblems()).singleElement().satisfies(p -> assertThat(p.getMessage()).startsWith("units form a loop"));
  }
}
