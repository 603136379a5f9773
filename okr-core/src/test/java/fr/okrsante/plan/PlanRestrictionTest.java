package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Cutting a valid plan down to some of its objectives, the route the views take: what is kept,
 * how computed key results lose hidden sources, and that the result is the plan a full check
 * builds from the same parts.
 *
 * <pre>
 * chu ─ chu.pole ─ chu.pole.urg          cpts ─ cpts.msp          other
 *
 * o-chu (chu)          ← o-urg (chu.pole.urg) ← o-urg2 (chu.pole.urg, granted to cpts.msp)
 * o-cpts (cpts)        computed k-sum from k-urg, k-msp; pooled k-pool from k-rate; k-half from k-urg2, k-msp
 * o-msp (cpts.msp)     ← link to o-cpts; o-msp → o-chu (informs)
 * </pre>
 */
class PlanRestrictionTest {

  private static final Cycle YEAR = Cycle.of("y2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

  private static KeyResult count(String id) {
    return KeyResult.builder().id(id).title("Compter " + id).metric(MoveToTarget.of("0", Target.absolute("10"))).build();
  }

  private static KeyResult rate(String id) {
    return KeyResult.builder().id(id).title("Taux " + id).metric(Rate.ofPercent("20", "80")).build();
  }

  private static KeyResult computed(String id, Aggregation aggregation, String... sources) {
    ComputedMetric metric = ComputedMetric.builder().sourceIds(List.of(sources)).aggregation(aggregation)
        .baseline(new BigDecimal("30")).target(Target.absolute("60")).build();
    return KeyResult.builder().id(id).title("Calculé " + id).metric(metric).build();
  }

  private static Objective.Builder objective(String id, String owner) {
    return Objective.builder().id(id).title("Objectif " + id).ownerUnitId(owner).cycleId("y2026");
  }

  static Plan plan() {
    return Plan.builder().title("Territoire")
        .addUnits(OrgUnit.of("chu", "CHU", UnitKind.ORGANISATION),
            OrgUnit.of("chu.pole", "Pôle", UnitKind.POLE, "chu"),
            OrgUnit.of("chu.pole.urg", "Urgences", UnitKind.SERVICE, "chu.pole"),
            OrgUnit.of("cpts", "CPTS", UnitKind.NETWORK),
            OrgUnit.of("cpts.msp", "MSP", UnitKind.PARTNER, "cpts"),
            OrgUnit.of("other", "Autre", UnitKind.ORGANISATION))
        .addCycles(YEAR)
        .addObjectives(
            objective("o-chu", "chu").addKeyResults(count("k-chu")).build(),
            objective("o-urg", "chu.pole.urg").addKeyResults(count("k-urg"), rate("k-rate")).build(),
            objective("o-urg2", "chu.pole.urg").addGrantedUnitIds("cpts.msp").addKeyResults(count("k-urg2")).build(),
            objective("o-cpts", "cpts").addKeyResults(
                computed("k-sum", Aggregation.SUM, "k-urg", "k-msp"),
                computed("k-pool", Aggregation.POOLED_RATE, "k-rate"),
                computed("k-half", Aggregation.SUM, "k-urg2", "k-msp")).build(),
            objective("o-msp", "cpts.msp").addKeyResults(count("k-msp")).build())
        .addInitiatives(
            Initiative.builder().id("i-both").title("Les deux").addKeyResultIds("k-urg", "k-msp").build(),
            Initiative.builder().id("i-msp").title("MSP").addKeyResultIds("k-msp").build(),
            Initiative.builder().id("i-none").title("Aucun").build(),
            Initiative.builder().id("i-urg").title("Urgences").addKeyResultIds("k-urg").build())
        .addLink("o-urg", "o-chu")
        .addLink("o-urg2", "o-urg")
        .addLink("o-msp", "o-cpts")
        .addLink(AlignmentLink.of("o-msp", "o-chu", 1.0, LinkMode.INFORMS))
        .build();
  }

  private static List<String> keep(String... objectiveIds) {
    return List.of(objectiveIds);
  }

  @Test
  void keeps_the_chosen_objectives_the_links_between_them_and_the_units_they_need_with_those_above() {
    Plan plan = plan();
    Plan cut = plan.restrictedTo(keep("o-urg2", "o-msp", "o-cpts"), Set.of());
    assertThat(cut.getObjectives()).extracting(Objective::getId).containsExactly("o-cpts", "o-msp", "o-urg2");
    assertThat(cut.getObjectives().get(1)).isSameAs(plan.objective("o-msp").orElseThrow());
    assertThat(cut.getLinks()).containsExactly(AlignmentLink.of("o-msp", "o-cpts"));
    assertThat(cut.getUnits()).extracting(OrgUnit::getId).containsExactly("chu", "chu.pole", "chu.pole.urg", "cpts", "cpts.msp");
    assertThat(cut.getCycles()).containsExactly(YEAR);
    assertThat(cut.getTitle()).isEqualTo("Territoire");
  }

  @Test
  void keeps_granted_units_and_the_units_asked_for_and_ignores_unknown_ones() {
    Plan plan = plan();
    Plan cut = plan.restrictedTo(keep("o-urg2"), List.of("other", "elsewhere"));
    assertThat(cut.getUnits()).extracting(OrgUnit::getId)
        .containsExactly("chu", "chu.pole", "chu.pole.urg", "cpts", "cpts.msp", "other");
  }

  @Test
  void ignores_objective_ids_the_plan_does_not_have_and_leaves_the_ids_unchanged() {
    Plan plan = plan();
    List<String> keep = new java.util.ArrayList<>(List.of("o-chu", "o-ghost", "o-zzz"));
    Plan cut = plan.restrictedTo(keep, Set.of());
    assertThat(cut.getObjectives()).extracting(Objective::getId).containsExactly("o-chu");
    assertThat(keep).hasSize(3);
  }

  @Test
  void keeps_initiatives_with_only_their_kept_key_results_and_drops_those_left_with_none() {
    Plan plan = plan();
    Plan cut = plan.restrictedTo(keep("o-msp"), Set.of());
    assertThat(cut.getInitiatives()).extracting(Initiative::getId).containsExactly("i-both", "i-msp");
    assertThat(cut.initiative("i-both").orElseThrow().getKeyResultIds()).containsExactly("k-msp");
    assertThat(cut.initiative("i-msp").orElseThrow()).isSameAs(plan.initiative("i-msp").orElseThrow());
    assertThat(cut.initiativesOf("k-msp")).extracting(Initiative::getId).containsExactly("i-both", "i-msp");
    assertThatThrownBy(() -> cut.initiativesOf("k-msp").clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(cut.initiativesOf("k-urg")).isEmpty();
    assertThat(cut.initiative("i-urg")).isEmpty();
    assertThat(cut.initiative("i-none")).isEmpty();
  }

  @Test
  void a_computed_key_result_loses_the_sources_of_objectives_not_kept() {
    Plan plan = plan();
    Plan cut = plan.restrictedTo(keep("o-cpts", "o-msp", "o-urg2"), Set.of());
    KeyResult sum = cut.keyResult("k-sum").orElseThrow();
    assertThat(((ComputedMetric) sum.getMetric()).getSourceIds()).containsExactly("k-msp");
    assertThat(((ComputedMetric) sum.getMetric()).getAggregation()).isEqualTo(Aggregation.SUM);
    assertThat(cut.keyResult("k-half").orElseThrow()).isSameAs(plan.keyResult("k-half").orElseThrow());
  }

  @Test
  void a_computed_key_result_left_without_sources_keeps_its_baseline_and_target_as_a_metric_of_its_own() {
    Plan plan = plan();
    Plan cut = plan.restrictedTo(keep("o-cpts"), Set.of());
    assertThat(cut.keyResult("k-sum").orElseThrow().getMetric())
        .isEqualTo(MoveToTarget.builder().baseline(new BigDecimal("30")).target(Target.absolute("60")).build());
    assertThat(cut.keyResult("k-pool").orElseThrow().getMetric())
        .isEqualTo(Rate.builder().baseline(new BigDecimal("30")).target(Target.absolute("60")).build());
    assertThat(cut.keyResult("k-sum").orElseThrow().getTitle()).isEqualTo("Calculé k-sum");
  }

  @Test
  void the_cut_plan_is_the_plan_a_full_check_builds_from_the_same_parts_with_working_lookups() {
    Plan plan = plan();
    Plan cut = plan.restrictedTo(keep("o-chu", "o-urg", "o-msp"), Set.of());
    Plan built = Plan.builder().title(cut.getTitle()).addAllUnits(cut.getUnits()).addAllCycles(cut.getCycles())
        .addAllObjectives(cut.getObjectives()).addAllInitiatives(cut.getInitiatives()).addAllLinks(cut.getLinks()).build();
    assertThat(cut).isEqualTo(built).hasSameHashCodeAs(built).hasToString(built.toString());
    assertThat(cut.getLinks()).containsExactly(AlignmentLink.of("o-msp", "o-chu", 1.0, LinkMode.INFORMS), AlignmentLink.of("o-urg", "o-chu"));
    assertThat(cut.objective("o-urg")).contains(plan.objective("o-urg").orElseThrow());
    assertThat(cut.objective("o-cpts")).isEmpty();
    assertThat(cut.keyResult("k-rate")).contains(plan.keyResult("k-rate").orElseThrow());
    assertThat(cut.objectiveOf("k-rate")).contains(plan.objective("o-urg").orElseThrow());
    assertThat(cut.keyResult("k-sum")).isEmpty();
    assertThat(cut.unit("chu.pole")).isEqualTo(plan.unit("chu.pole"));
    assertThat(cut.unit("other")).isEmpty();
    assertThat(cut.cycle("y2026")).contains(YEAR);
    AlignmentGraph graph = cut.alignment();
    assertThat(graph.size()).isEqualTo(3);
    assertThat(graph.parents("o-urg")).containsExactly("o-chu");
    assertThat(graph.children("o-chu")).containsExactly("o-msp", "o-urg");
    assertThat(graph.topologicalOrder()).isEqualTo(built.alignment().topologicalOrder());
    assertThat(graph.roots()).containsExactly("o-chu");
    assertThat(graph.orphans()).isEqualTo(built.alignment().orphans());
  }

  @Test
  void an_objective_aligned_to_nothing_kept_is_an_orphan_unless_its_owner_is_at_the_top() {
    Plan plan = plan();
    Plan cut = plan.restrictedTo(keep("o-urg", "o-cpts"), Set.of());
    assertThat(cut.alignment().orphans()).containsExactly("o-urg");
    assertThat(cut.alignment().roots()).containsExactly("o-cpts", "o-urg");
  }

  @Test
  void nothing_kept_leaves_the_cycles_and_the_units_asked_for() {
    Plan plan = plan();
    Plan cut = plan.restrictedTo(List.of(), Set.of("chu.pole"));
    assertThat(cut.getObjectives()).isEmpty();
    assertThat(cut.getInitiatives()).isEmpty();
    assertThat(cut.getLinks()).isEmpty();
    assertThat(cut.getUnits()).extracting(OrgUnit::getId).containsExactly("chu", "chu.pole");
    assertThat(cut.getCycles()).containsExactly(YEAR);
  }

  @Test
  void restriction_refuses_null_arguments() {
    Plan plan = plan();
    assertThatThrownBy(() -> plan.restrictedTo(null, Set.of())).isInstanceOf(NullPointerException.class)
        .hasMessage("objectiveIds");
    assertThatThrownBy(() -> plan.restrictedTo(Set.of(), null)).isInstanceOf(NullPointerException.class)
        .hasMessage("unitIds");
  }

  @Test
  void a_restricted_plan_evaluates_and_updates_like_any_plan() {
    Plan cut = plan().restrictedTo(keep("o-urg", "o-urg2", "o-chu"), Set.of());
    Plan checked = cut.withCheckIn("k-urg", CheckIn.of(java.time.LocalDate.of(2026, 3, 1), "5"));
    assertThat(checked.keyResult("k-urg").orElseThrow().getCheckIns()).hasSize(1);
    assertThat(checked.alignment()).isSameAs(cut.alignment());
    assertThat(cut.withLink(AlignmentLink.of("o-urg2", "o-chu")).getLinks()).hasSize(3);
  }
}
