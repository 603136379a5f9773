package fr.okrsante.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.plan.Aggregation;
import fr.okrsante.plan.ComputedMetric;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.UnitKind;
import fr.okrsante.plan.Visibility;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A view decides every objective at once, working out what the owner unit lets the viewer see
 * once per unit; each decision is the one {@link Access#canView(Objective)} takes alone.
 */
class ViewDecisionsTest {

  private static void assertSameDecisions(Plan plan, Viewer viewer) {
    Access access = Access.of(plan, viewer);
    BitSet visible = access.visibleObjectives();
    List<Objective> objectives = plan.getObjectives();
    assertThat(visible.length()).as(viewer.toString()).isLessThanOrEqualTo(objectives.size());
    for (int p = 0; p < objectives.size(); p++) {
      assertThat(visible.get(p)).as(viewer + " " + objectives.get(p).getId()).isEqualTo(access.canView(objectives.get(p)));
    }
    assertThat(access.view().getObjectives()).as(viewer.toString())
        .containsExactlyElementsOf(objectives.stream().filter(access::canView).toList());
  }

  @Test
  void every_scenario_viewer_gets_the_decisions_taken_one_by_one() {
    Plan plan = HealthScenarios.plan();
    for (Viewer viewer : List.of(HealthScenarios.DIRECTION, HealthScenarios.URGENCES_LEAD, HealthScenarios.URGENCES_NURSE,
        HealthScenarios.CARDIO_MEMBER, HealthScenarios.MSP_PARTNER, HealthScenarios.DRH_GRANTED, HealthScenarios.NOBODY,
        Viewer.of("p-pole", Membership.overseer("chu.pole-med")),
        Viewer.of("p-two", Membership.lead("chu.cardio"), Membership.overseer("cpts.msp"), Membership.member("elsewhere")))) {
      assertSameDecisions(plan, viewer);
    }
  }

  /**
   * Units in a chain {@code u0 ← u1 ← … ← u7} and a second tree; one objective per unit and
   * visibility, in an id order that visits the units out of order, so that what is worked out for
   * a unit is reused by the units below it and by later objectives of the same unit.
   */
  private static Plan chain() {
    Plan.Builder builder = Plan.builder()
        .addCycles(Cycle.of("c", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .addUnits(OrgUnit.of("u0", "u0", UnitKind.ORGANISATION), OrgUnit.of("t0", "t0", UnitKind.ORGANISATION),
            OrgUnit.of("t1", "t1", UnitKind.SERVICE, "t0"));
    for (int u = 1; u < 8; u++) {
      builder.addUnits(OrgUnit.of("u" + u, "u" + u, UnitKind.SERVICE, "u" + (u - 1)));
    }
    String[] owners = {"u5", "u7", "u2", "t1", "u3", "u0", "u6", "t0", "u1", "u4"};
    int n = 0;
    for (String owner : owners) {
      for (Visibility visibility : Visibility.values()) {
        builder.addObjectives(Objective.builder().id(String.format("o%03d", n++)).title("o").ownerUnitId(owner).cycleId("c")
            .visibility(visibility).build());
        builder.addObjectives(Objective.builder().id(String.format("o%03d", n++)).title("o").ownerUnitId(owner).cycleId("c")
            .visibility(visibility).addGrantedUnitIds("t1").build());
      }
    }
    return builder.build();
  }

  @Test
  void decisions_along_a_chain_of_units_reuse_what_is_worked_out_for_the_units_above() {
    Plan plan = chain();
    for (Viewer viewer : List.of(Viewer.of("p-a", Membership.overseer("u3")), Viewer.of("p-b", Membership.lead("u4")),
        Viewer.of("p-c", Membership.member("u6")), Viewer.of("p-d", Membership.member("t1")),
        Viewer.of("p-e", Membership.overseer("u0"), Membership.member("t0")), Viewer.of("p-f"),
        Viewer.of("p-g", Membership.overseer("u7"), Membership.lead("u2")))) {
      assertSameDecisions(plan, viewer);
    }
  }

  @Test
  void an_overseer_of_a_unit_in_the_chain_sees_everything_below_it_and_all_but_private_objectives_above_it() {
    Plan plan = chain();
    Access access = Access.of(plan, Viewer.of("p-a", Membership.overseer("u3")));
    BitSet visible = access.visibleObjectives();
    for (int p = 0; p < plan.getObjectives().size(); p++) {
      Objective objective = plan.getObjectives().get(p);
      int depth = objective.getOwnerUnitId().startsWith("u") ? Integer.parseInt(objective.getOwnerUnitId().substring(1)) : -1;
      boolean expected = depth >= 3 || objective.getVisibility() == Visibility.PUBLIC
          || (depth >= 0 && objective.getVisibility() != Visibility.PRIVATE);
      assertThat(visible.get(p)).as(objective.getId() + " of " + objective.getOwnerUnitId() + ", " + objective.getVisibility())
          .isEqualTo(expected);
    }
  }

  @Test
  void the_first_objective_of_the_plan_counts_its_hidden_sources_like_any_other() {
    ComputedMetric metric = ComputedMetric.builder().addSourceIds("k-open", "k-secret").aggregation(Aggregation.SUM)
        .baseline(java.math.BigDecimal.ZERO).target(Target.absolute("20")).build();
    Plan plan = Plan.builder()
        .addCycles(Cycle.of("c", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .addUnits(OrgUnit.of("org", "org", UnitKind.ORGANISATION), OrgUnit.of("org.a", "a", UnitKind.SERVICE, "org"),
            OrgUnit.of("org.b", "b", UnitKind.SERVICE, "org"))
        .addObjectives(
            Objective.builder().id("a-total").title("Total").ownerUnitId("org").cycleId("c").visibility(Visibility.PUBLIC)
                .addKeyResults(KeyResult.builder().id("k-total").title("Total").metric(metric).build()).build(),
            Objective.builder().id("b-open").title("Open").ownerUnitId("org.a").cycleId("c").visibility(Visibility.PUBLIC)
                .addKeyResults(KeyResult.builder().id("k-open").title("Open").metric(MoveToTarget.of("0", Target.absolute("10")))
                    .build()).build(),
            Objective.builder().id("c-secret").title("Secret").ownerUnitId("org.b").cycleId("c").visibility(Visibility.UNIT)
                .addKeyResults(KeyResult.builder().id("k-secret").title("Secret")
                    .metric(MoveToTarget.of("0", Target.absolute("10"))).build()).build())
        .build();
    PlanView view = Access.of(plan, Viewer.of("p-a", Membership.member("org.a"))).view();
    assertThat(view.getObjectives()).extracting(Objective::getId).containsExactly("a-total", "b-open");
    assertThat(view.restrictedSourceCount("k-total")).isEqualTo(1);
    assertThat(view.restrictedSourceCount("k-open")).isZero();
    assertThat(((ComputedMetric) view.toPlan().keyResult("k-total").orElseThrow().getMetric()).getSourceIds())
        .containsExactly("k-open");
  }
}
