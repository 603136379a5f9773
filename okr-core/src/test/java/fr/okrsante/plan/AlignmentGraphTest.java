package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Graph queries on a small hospital and territorial plan.
 *
 * <pre>
 * units:  chu ─ pole-a ─ svc-urg          cpts ─ msp-1
 *
 * strat (chu)                 cpts-plan (cpts)
 *   ↑ contributes               ↑ informs      ↑ informs
 * pole-q (pole-a)               │              msp-obj (msp-1)
 *   ↑ contributes               │
 * svc-x (svc-urg) ──────────────┘
 *
 * lonely (svc-urg): aligned to nothing
 * </pre>
 */
class AlignmentGraphTest {

  private static Objective objective(String id, String unit) {
    return Objective.builder().id(id).title("Objectif " + id).ownerUnitId(unit).cycleId("2026").build();
  }

  private static Plan.Builder units() {
    return Plan.builder()
        .addUnits(OrgUnit.of("chu", "CHU", UnitKind.ORGANISATION),
            OrgUnit.of("pole-a", "Pôle A", UnitKind.POLE, "chu"),
            OrgUnit.of("svc-urg", "Urgences", UnitKind.SERVICE, "pole-a"),
            OrgUnit.of("cpts", "CPTS du Val", UnitKind.NETWORK),
            OrgUnit.of("msp-1", "MSP des Tilleuls", UnitKind.PARTNER, "cpts"))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
  }

  private static final Plan PLAN = units()
      .addObjectives(objective("strat", "chu"), objective("pole-q", "pole-a"), objective("svc-x", "svc-urg"),
          objective("cpts-plan", "cpts"), objective("msp-obj", "msp-1"), objective("lonely", "svc-urg"))
      .addLink("pole-q", "strat")
      .addLink("svc-x", "pole-q")
      .addLink(AlignmentLink.of("svc-x", "cpts-plan", 0.5, LinkMode.INFORMS))
      .addLink(AlignmentLink.of("msp-obj", "cpts-plan", 1, LinkMode.INFORMS))
      .build();

  private static final AlignmentGraph GRAPH = PLAN.alignment();

  @Test
  void roots_are_the_objectives_that_serve_no_other() {
    assertThat(GRAPH.roots()).containsExactly("cpts-plan", "lonely", "strat");
  }

  @Test
  void leaves_are_the_objectives_no_other_serves() {
    assertThat(GRAPH.leaves()).containsExactly("lonely", "msp-obj", "svc-x");
  }

  @Test
  void an_objective_aligned_to_nothing_under_a_parent_unit_is_an_orphan() {
    assertThat(GRAPH.orphans()).containsExactly("lonely");
  }

  @Test
  void a_top_unit_objective_aligned_to_nothing_is_a_root_not_an_orphan() {
    assertThat(GRAPH.orphans()).doesNotContain("strat", "cpts-plan");
  }

  @Test
  void an_objective_aligned_only_by_an_informs_link_is_not_an_orphan() {
    assertThat(GRAPH.orphans()).doesNotContain("msp-obj");
  }

  @Test
  void an_objective_may_have_several_parents() {
    assertThat(GRAPH.parents("svc-x")).containsExactly("cpts-plan", "pole-q");
    assertThat(GRAPH.parentLinks("svc-x")).extracting(AlignmentLink::getMode)
        .containsExactly(LinkMode.INFORMS, LinkMode.CONTRIBUTES);
    assertThat(GRAPH.parentLinks("svc-x")).extracting(AlignmentLink::contributes).containsExactly(false, true);
  }

  @Test
  void children_are_listed_in_id_order_whatever_the_mode() {
    assertThat(GRAPH.children("cpts-plan")).containsExactly("msp-obj", "svc-x");
    assertThat(GRAPH.childLinks("cpts-plan")).extracting(AlignmentLink::getWeight).containsExactly(1.0, 0.5);
  }

  @Test
  void ancestors_follow_every_link_mode() {
    assertThat(GRAPH.ancestors("svc-x")).containsExactly("cpts-plan", "pole-q", "strat");
    assertThat(GRAPH.ancestors("strat")).isEmpty();
  }

  @Test
  void descendants_are_everything_below() {
    assertThat(GRAPH.descendants("strat")).containsExactly("pole-q", "svc-x");
    assertThat(GRAPH.descendants("cpts-plan")).containsExactly("msp-obj", "svc-x");
    assertThat(GRAPH.descendants("lonely")).isEmpty();
  }

  @Test
  void topological_order_puts_parents_before_children() {
    List<String> order = GRAPH.topologicalOrder();
    assertThat(order).containsExactlyInAnyOrder("strat", "pole-q", "svc-x", "cpts-plan", "msp-obj", "lonely");
    assertThat(order.indexOf("strat")).isLessThan(order.indexOf("pole-q"));
    assertThat(order.indexOf("pole-q")).isLessThan(order.indexOf("svc-x"));
    assertThat(order.indexOf("cpts-plan")).isLessThan(order.indexOf("svc-x"));
    assertThat(order.indexOf("cpts-plan")).isLessThan(order.indexOf("msp-obj"));
  }

  @Test
  void a_path_goes_from_an_objective_up_to_its_ancestor() {
    assertThat(GRAPH.paths("svc-x", "strat")).containsExactly(List.of("svc-x", "pole-q", "strat"));
    assertThat(GRAPH.paths("svc-x", "cpts-plan")).containsExactly(List.of("svc-x", "cpts-plan"));
  }

  @Test
  void there_is_no_path_down_or_sideways() {
    assertThat(GRAPH.paths("strat", "svc-x")).isEmpty();
    assertThat(GRAPH.paths("lonely", "strat")).isEmpty();
  }

  @Test
  void the_path_from_an_objective_to_itself_is_the_objective() {
    assertThat(GRAPH.paths("strat", "strat")).containsExactly(List.of("strat"));
  }

  @Test
  void every_path_of_a_diamond_is_listed_in_lexicographic_order() {
    Plan diamond = units()
        .addObjectives(objective("top", "chu"), objective("left", "pole-a"), objective("right", "pole-a"),
            objective("bottom", "svc-urg"))
        .addLink("left", "top").addLink("right", "top")
        .addLink("bottom", "right").addLink("bottom", "left").addLink("bottom", "top")
        .build();
    assertThat(diamond.alignment().paths("bottom", "top")).containsExactly(
        List.of("bottom", "left", "top"), List.of("bottom", "right", "top"), List.of("bottom", "top"));
    assertThat(diamond.alignment().paths("bottom", "top", 2)).hasSize(2);
  }

  @Test
  void a_path_limit_below_one_is_rejected() {
    assertThatThrownBy(() -> GRAPH.paths("svc-x", "strat", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
  }

  @Test
  void graph_queries_on_an_unknown_objective_name_it() {
    assertThatThrownBy(() -> GRAPH.parents("ghost")).isInstanceOf(UnknownIdException.class)
        .hasMessage("the plan has no objective with id 'ghost'");
    assertThatThrownBy(() -> GRAPH.ancestors("ghost")).isInstanceOf(UnknownIdException.class);
    assertThatThrownBy(() -> GRAPH.descendants("ghost")).isInstanceOf(UnknownIdException.class);
    assertThatThrownBy(() -> GRAPH.children("ghost")).isInstanceOf(UnknownIdException.class);
    assertThatThrownBy(() -> GRAPH.paths("svc-x", "ghost")).isInstanceOf(UnknownIdException.class)
        .satisfies(e -> assertThat(((UnknownIdException) e).getId()).isEqualTo("ghost"));
  }

  @Test
  void a_null_id_is_rejected_by_name_not_by_an_obscure_null_pointer() {
    assertThatThrownBy(() -> GRAPH.ancestors(null)).isInstanceOf(NullPointerException.class).hasMessage("objectiveId");
    assertThatThrownBy(() -> GRAPH.paths("strat", null)).isInstanceOf(NullPointerException.class).hasMessage("objectiveId");
    assertThatThrownBy(() -> PLAN.withoutObjective(null)).isInstanceOf(NullPointerException.class).hasMessage("objectiveId");
    assertThatThrownBy(() -> PLAN.withoutLink(null, "strat")).isInstanceOf(NullPointerException.class).hasMessage("childId");
    assertThatThrownBy(() -> PLAN.unitAncestors(null)).isInstanceOf(NullPointerException.class).hasMessage("unitId");
  }

  @Test
  void size_contains_and_position_describe_the_objectives() {
    assertThat(GRAPH.size()).isEqualTo(6);
    assertThat(GRAPH.contains("strat")).isTrue();
    assertThat(GRAPH.contains("ghost")).isFalse();
    assertThat(GRAPH.position("strat")).hasValueSatisfying(p -> assertThat(PLAN.getObjectives().get(p).getId()).isEqualTo("strat"));
    assertThat(GRAPH.position("ghost")).isEmpty();
  }

  @Test
  void removing_the_only_link_of_an_objective_under_a_parent_unit_makes_it_an_orphan() {
    Plan without = PLAN.withoutLink("msp-obj", "cpts-plan");
    assertThat(without.alignment().orphans()).containsExactly("lonely", "msp-obj");
    assertThat(GRAPH.orphans()).containsExactly("lonely");
  }

  @Test
  void removing_an_unknown_link_names_it() {
    assertThatThrownBy(() -> PLAN.withoutLink("strat", "svc-x")).isInstanceOf(UnknownIdException.class)
        .hasMessageContaining("strat→svc-x");
  }

  @Test
  void removing_an_objective_removes_its_links() {
    Plan without = PLAN.withoutObjective("pole-q");
    assertThat(without.getLinks()).extracting(l -> l.getChildId() + "→" + l.getParentId())
        .containsExactly("msp-obj→cpts-plan", "svc-x→cpts-plan");
    assertThat(without.alignment().roots()).contains("strat");
    assertThat(PLAN.getLinks()).hasSize(4);
  }

  @Test
  void removing_an_unknown_objective_names_it() {
    assertThatThrownBy(() -> PLAN.withoutObjective("ghost")).isInstanceOf(UnknownIdException.class)
        .hasMessageContaining("'ghost'");
  }

  @Test
  void a_new_link_gives_a_new_graph_and_leaves_the_old_one() {
    Plan linked = PLAN.withLink(AlignmentLink.of("lonely", "strat"));
    assertThat(linked.alignment().orphans()).isEmpty();
    assertThat(linked.alignment().descendants("strat")).contains("lonely");
    assertThat(GRAPH.orphans()).containsExactly("lonely");
  }

  @Test
  void unit_ancestors_go_from_the_parent_up_to_the_root() {
    assertThat(PLAN.unitAncestors("svc-urg")).containsExactly("pole-a", "chu");
    assertThat(PLAN.unitAncestors("chu")).isEmpty();
    assertThatThrownBy(() -> PLAN.unitAncestors("ghost")).isInstanceOf(UnknownIdException.class);
  }
}
