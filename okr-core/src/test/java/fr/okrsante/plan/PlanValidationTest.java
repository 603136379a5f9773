package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** One test per validation rule: each problem is reported, with its path and an actionable message. */
class PlanValidationTest {

  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

  // ---------------------------------------------------------------- fixtures

  private static OrgUnit chu() {
    return OrgUnit.of("chu", "CHU", UnitKind.ORGANISATION);
  }

  private static Cycle year() {
    return Cycle.of("2026", "2026", JAN_1, DEC_31);
  }

  private static KeyResult kr(String id) {
    return KeyResult.builder().id(id).title("Résultat " + id).metric(MoveToTarget.of("0", Target.absolute("10"))).build();
  }

  private static Objective.Builder objective(String id) {
    return Objective.builder().id(id).title("Objectif " + id).ownerUnitId("chu").cycleId("2026");
  }

  private static Plan.Builder base() {
    return Plan.builder().addUnits(chu()).addCycles(year());
  }

  private static List<PlanProblem> problemsOf(ThrowingCallable call) {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, call);
    assertThat(e).as("expected an InvalidPlanException").isNotNull();
    return e.getProblems();
  }

  private static PlanProblem only(ThrowingCallable call) {
    List<PlanProblem> problems = problemsOf(call);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  // ---------------------------------------------------------------- duplicate ids

  @Test
  void duplicate_unit_ids_are_reported_with_their_path() {
    PlanProblem problem = only(() -> base().addUnits(OrgUnit.of("chu", "Autre", UnitKind.SERVICE)).build());
    assertThat(problem.getPath()).isEqualTo("units[chu]");
    assertThat(problem.getMessage()).contains("duplicate id").contains("'chu'");
  }

  @Test
  void duplicate_cycle_ids_are_reported_with_their_path() {
    PlanProblem problem = only(() -> base().addCycles(Cycle.of("2026", "Autre", JAN_1, JAN_1.plusDays(9))).build());
    assertThat(problem.getPath()).isEqualTo("cycles[2026]");
    assertThat(problem.getMessage()).contains("duplicate id");
  }

  @Test
  void duplicate_objective_ids_are_reported_with_their_path() {
    PlanProblem problem = only(() -> base()
        .addObjectives(objective("obj-a").build(), objective("obj-a").title("Autre").build())
        .build());
    assertThat(problem.getPath()).isEqualTo("objectives[obj-a]");
    assertThat(problem.getMessage()).contains("duplicate id").contains("objective");
  }

  @Test
  void an_id_used_three_times_is_reported_once() {
    List<PlanProblem> problems = problemsOf(() -> base()
        .addObjectives(objective("obj-a").build(), objective("obj-a").build(), objective("obj-a").build())
        .build());
    assertThat(problems).extracting(PlanProblem::getPath).containsExactly("objectives[obj-a]");
  }

  @Test
  void duplicate_key_result_ids_across_objectives_are_reported_with_both_paths() {
    PlanProblem problem = only(() -> base()
        .addObjectives(objective("obj-a").addKeyResults(kr("kr-1")).build(),
            objective("obj-b").addKeyResults(kr("kr-1")).build())
        .build());
    assertThat(problem.getPath()).isEqualTo("objectives[obj-b].keyResults[kr-1]");
    assertThat(problem.getMessage()).contains("duplicate id").contains("objectives[obj-a].keyResults[kr-1]");
  }

  @Test
  void duplicate_key_result_ids_within_an_objective_are_reported() {
    PlanProblem problem = only(() -> objective("obj-a").addKeyResults(kr("kr-1"), kr("kr-1")).build());
    assertThat(problem.getPath()).isEqualTo("objectives[obj-a].keyResults[kr-1]");
    assertThat(problem.getMessage()).contains("duplicate key result id");
  }

  @Test
  void duplicate_initiative_ids_are_reported_with_their_path() {
    PlanProblem problem = only(() -> base()
        .addInitiatives(Initiative.builder().id("ini-1").title("A").build(),
            Initiative.builder().id("ini-1").title("B").build())
        .build());
    assertThat(problem.getPath()).isEqualTo("initiatives[ini-1]");
    assertThat(problem.getMessage()).contains("duplicate id").contains("initiative");
  }

  @Test
  void duplicate_links_are_reported() {
    PlanProblem problem = only(() -> base()
        .addObjectives(objective("obj-a").build(), objective("obj-b").build())
        .addLink("obj-a", "obj-b")
        .addLink(AlignmentLink.of("obj-a", "obj-b", 2, LinkMode.INFORMS))
        .build());
    assertThat(problem.getPath()).isEqualTo("links[obj-a→obj-b]");
    assertThat(problem.getMessage()).contains("duplicate link");
  }

  @Test
  void duplicate_framework_refs_in_an_objective_are_reported() {
    FrameworkRef ref = FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "1.1-01", "x");
    PlanProblem problem = only(() -> objective("obj-a").addFrameworkRefs(ref, ref).build());
    assertThat(problem.getPath()).isEqualTo("objectives[obj-a].frameworkRefs[HAS_CERTIFICATION:1.1-01]");
  }

  // ---------------------------------------------------------------- unresolved references

  @Test
  void unknown_owner_unit_is_reported() {
    PlanProblem problem = only(() -> base().addObjectives(objective("obj-a").ownerUnitId("nowhere").build()).build());
    assertThat(problem.getPath()).isEqualTo("objectives[obj-a].ownerUnitId");
    assertThat(problem.getMessage()).contains("no unit has the id 'nowhere'");
  }

  @Test
  void unknown_cycle_is_reported() {
    PlanProblem problem = only(() -> base().addObjectives(objective("obj-a").cycleId("2099").build()).build());
    assertThat(problem.getPath()).isEqualTo("objectives[obj-a].cycleId");
    assertThat(problem.getMessage()).contains("no cycle has the id '2099'");
  }

  @Test
  void unknown_link_child_is_reported() {
    PlanProblem problem = only(() -> base().addObjectives(objective("obj-a").build()).addLink("ghost", "obj-a").build());
    assertThat(problem.getPath()).isEqualTo("links[ghost→obj-a].childId");
    assertThat(problem.getMessage()).contains("no objective has the id 'ghost'");
  }

  @Test
  void unknown_link_parent_is_reported() {
    PlanProblem problem = only(() -> base().addObjectives(objective("obj-a").build()).addLink("obj-a", "ghost").build());
    assertThat(problem.getPath()).isEqualTo("links[obj-a→ghost].parentId");
    assertThat(problem.getMessage()).contains("no objective has the id 'ghost'");
  }

  @Test
  void unknown_initiative_key_result_is_reported() {
    PlanProblem problem = only(() -> base()
        .addInitiatives(Initiative.builder().id("ini-1").title("Atelier").addKeyResultIds("kr-ghost").build())
        .build());
    assertThat(problem.getPath()).isEqualTo("initiatives[ini-1].keyResultIds[kr-ghost]");
    assertThat(problem.getMessage()).contains("no key result has the id 'kr-ghost'");
  }

  @Test
  void unknown_computed_source_is_reported() {
    KeyResult computed = KeyResult.builder().id("kr-sum").title("Somme")
        .metric(ComputedMetric.builder().addSourceIds("kr-ghost").aggregation(Aggregation.SUM)
            .baseline(BigDecimal.ZERO).target(Target.absolute("10")).build())
        .build();
    PlanProblem problem = only(() -> base().addObjectives(objective("obj-a").addKeyResults(computed).build()).build());
    assertThat(problem.getPath()).isEqualTo("objectives[obj-a].keyResults[kr-sum].metric.sourceIds[kr-ghost]");
    assertThat(problem.getMessage()).contains("no key result has the id 'kr-ghost'");
  }

  @Test
  void unknown_granted_unit_is_reported() {
    PlanProblem problem = only(() -> base().addObjectives(objective("obj-a").addGrantedUnitIds("cpts").build()).build());
    assertThat(problem.getPath()).isEqualTo("objectives[obj-a].grantedUnitIds[cpts]");
    assertThat(problem.getMessage()).contains("no unit has the id 'cpts'");
  }

  @Test
  void unknown_parent_unit_is_reported() {
    PlanProblem problem = only(() -> base().addUnits(OrgUnit.of("svc", "Service", UnitKind.SERVICE, "ghost")).build());
    assertThat(problem.getPath()).isEqualTo("units[svc].parentId");
    assertThat(problem.getMessage()).contains("no unit has the id 'ghost'");
  }

  @Test
  void unknown_parent_cycle_is_reported() {
    PlanProblem problem = only(() -> base()
        .addCycles(Cycle.builder().id("t1").label("T1").startDate(JAN_1).endDate(JAN_1.plusMonths(3)).parentId("ghost").build())
        .build());
    assertThat(problem.getPath()).isEqualTo("cycles[t1].parentId");
  }

  @Test
  void a_quarter_outside_its_year_is_reported() {
    PlanProblem problem = only(() -> base()
        .addCycles(Cycle.builder().id("t4").label("T4").startDate(DEC_31.minusDays(10)).endDate(DEC_31.plusDays(10))
            .parentId("2026").build())
        .build());
    assertThat(problem.getPath()).isEqualTo("cycles[t4]");
    assertThat(problem.getMessage()).contains("outside its parent cycle 2026");
  }

  // ---------------------------------------------------------------- loops and cycles

  @Test
  void an_alignment_cycle_is_reported_with_the_cycle_in_the_message() {
    PlanProblem problem = only(() -> base()
        .addObjectives(objective("obj-a").build(), objective("obj-b").build())
        .addLink("obj-a", "obj-b")
        .addLink("obj-b", "obj-a")
        .build());
    assertThat(problem.getMessage()).contains("alignment cycle obj-a → obj-b → obj-a");
    assertThat(problem.getPath()).isEqualTo("links[obj-a→obj-b]");
  }

  @Test
  void a_longer_alignment_cycle_lists_every_objective_on_it() {
    PlanProblem problem = only(() -> base()
        .addObjectives(objective("obj-a").build(), objective("obj-b").build(), objective("obj-c").build(),
            objective("obj-d").build())
        .addLink("obj-d", "obj-a")
        .addLink("obj-a", "obj-b")
        .addLink("obj-b", "obj-c")
        .addLink("obj-c", "obj-a")
        .build());
    assertThat(problem.getMessage()).contains("alignment cycle obj-a → obj-b → obj-c → obj-a");
  }

  @Test
  void two_separate_alignment_cycles_are_both_reported() {
    List<PlanProblem> problems = problemsOf(() -> base()
        .addObjectives(objective("obj-a").build(), objective("obj-b").build(), objective("obj-c").build(),
            objective("obj-d").build())
        .addLink("obj-a", "obj-b").addLink("obj-b", "obj-a")
        .addLink("obj-c", "obj-d").addLink("obj-d", "obj-c")
        .build());
    assertThat(problems).extracting(PlanProblem::getMessage)
        .anySatisfy(m -> assertThat(m).contains("obj-a → obj-b → obj-a"))
        .anySatisfy(m -> assertThat(m).contains("obj-c → obj-d → obj-c"))
        .hasSize(2);
  }

  @Test
  void a_self_link_is_rejected() {
    PlanProblem problem = only(() -> AlignmentLink.of("obj-a", "obj-a"));
    assertThat(problem.getPath()).isEqualTo("links[obj-a→obj-a]");
    assertThat(problem.getMessage()).contains("self-link");
  }

  @Test
  void a_loop_of_units_is_reported() {
    PlanProblem problem = only(() -> Plan.builder()
        .addUnits(OrgUnit.of("u-a", "A", UnitKind.POLE, "u-b"), OrgUnit.of("u-b", "B", UnitKind.POLE, "u-a"))
        .build());
    assertThat(problem.getMessage()).contains("units form a loop u-a → u-b → u-a");
  }

  @Test
  void a_unit_that_is_its_own_parent_is_rejected() {
    PlanProblem problem = only(() -> OrgUnit.of("u-a", "A", UnitKind.POLE, "u-a"));
    assertThat(problem.getPath()).isEqualTo("units[u-a].parentId");
  }

  @Test
  void a_loop_of_cycles_is_reported() {
    List<PlanProblem> problems = problemsOf(() -> Plan.builder()
        .addCycles(Cycle.builder().id("c-a").label("A").startDate(JAN_1).endDate(DEC_31).parentId("c-b").build(),
            Cycle.builder().id("c-b").label("B").startDate(JAN_1).endDate(DEC_31).parentId("c-a").build())
        .build());
    assertThat(problems).extracting(PlanProblem::getMessage).containsExactly("cycles nest in a loop c-a → c-b → c-a");
  }

  @Test
  void a_computation_cycle_is_reported_with_the_cycle_in_the_message() {
    KeyResult a = computed("kr-a", "kr-b");
    KeyResult b = computed("kr-b", "kr-a");
    PlanProblem problem = only(() -> base().addObjectives(objective("obj-a").addKeyResults(a, b).build()).build());
    assertThat(problem.getMessage()).contains("computation cycle kr-a → kr-b → kr-a");
  }

  @Test
  void a_key_result_computed_from_itself_is_reported() {
    PlanProblem problem = only(() -> base().addObjectives(objective("obj-a").addKeyResults(computed("kr-a", "kr-a")).build())
        .build());
    assertThat(problem.getPath()).isEqualTo("objectives[obj-a].keyResults[kr-a].metric.sourceIds[kr-a]");
    assertThat(problem.getMessage()).contains("computed from itself");
  }

  @Test
  void a_pooled_rate_over_a_non_rate_is_reported() {
    KeyResult pooled = KeyResult.builder().id("kr-pool").title("Taux mutualisé")
        .metric(ComputedMetric.builder().addSourceIds("kr-1").aggregation(Aggregation.POOLED_RATE)
            .baseline(BigDecimal.ZERO).target(Target.absolute("10")).build())
        .build();
    PlanProblem problem = only(() -> base().addObjectives(objective("obj-a").addKeyResults(kr("kr-1"), pooled).build())
        .build());
    assertThat(problem.getMessage()).contains("'kr-1' is not a rate");
  }

  @Test
  void a_key_result_from_initiatives_without_initiatives_is_reported() {
    KeyResult ateliers = KeyResult.builder().id("kr-ateliers").title("Cinq ateliers")
        .metric(MoveToTarget.countOfInitiativesDone(5)).build();
    PlanProblem problem = only(() -> base().addObjectives(objective("obj-a").addKeyResults(ateliers).build()).build());
    assertThat(problem.getPath()).isEqualTo("objectives[obj-a].keyResults[kr-ateliers].metric");
    assertThat(problem.getMessage()).contains("no initiative supports");
  }

  private static KeyResult computed(String id, String... sources) {
    return KeyResult.builder().id(id).title("Calculé " + id)
        .metric(ComputedMetric.builder().addSourceIds(sources).aggregation(Aggregation.SUM)
            .baseline(BigDecimal.ZERO).target(Target.absolute("10")).build())
        .build();
  }

  // ---------------------------------------------------------------- weights

  @Test
  void a_negative_link_weight_is_rejected() {
    PlanProblem problem = only(() -> AlignmentLink.of("obj-a", "obj-b", -1, LinkMode.CONTRIBUTES));
    assertThat(problem.getPath()).isEqualTo("links[obj-a→obj-b].weight");
    assertThat(problem.getMessage()).contains("weight -1.0 is not allowed");
  }

  @Test
  void a_non_finite_link_weight_is_rejected() {
    for (double weight : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      PlanProblem problem = only(() -> AlignmentLink.of("obj-a", "obj-b", weight, LinkMode.CONTRIBUTES));
      assertThat(problem.getPath()).as("weight %s", weight).isEqualTo("links[obj-a→obj-b].weight");
    }
  }

  @Test
  void a_zero_link_weight_is_allowed() {
    assertThatCode(() -> AlignmentLink.of("obj-a", "obj-b", 0, LinkMode.CONTRIBUTES)).doesNotThrowAnyException();
  }

  @Test
  void a_negative_or_non_finite_key_result_weight_is_rejected() {
    for (double weight : new double[] {-0.5, Double.NaN, Double.POSITIVE_INFINITY}) {
      PlanProblem problem = only(() -> KeyResult.builder().id("kr-1").title("T")
          .metric(MoveToTarget.of("0", Target.absolute("1"))).weight(weight).build());
      assertThat(problem.getPath()).as("weight %s", weight).isEqualTo("keyResults[kr-1].weight");
    }
  }

  @Test
  void a_negative_or_non_finite_initiative_weight_is_rejected() {
    for (double weight : new double[] {-2, Double.NaN, Double.NEGATIVE_INFINITY}) {
      PlanProblem problem = only(() -> Initiative.builder().id("ini-1").title("T").weight(weight).build());
      assertThat(problem.getPath()).as("weight %s", weight).isEqualTo("initiatives[ini-1].weight");
    }
  }

  // ---------------------------------------------------------------- targets, ranges, dates

  @Test
  void a_baseline_equal_to_an_absolute_target_is_rejected() {
    PlanProblem problem = only(() -> MoveToTarget.of("240", Target.absolute("240.0")));
    assertThat(problem.getPath()).isEqualTo("metric.target");
    assertThat(problem.getMessage()).contains("equals the baseline 240").contains("guardrail");
  }

  @Test
  void a_relative_target_of_zero_percent_is_rejected() {
    PlanProblem problem = only(() -> MoveToTarget.of("240", Target.relative(BigDecimal.ZERO)));
    assertThat(problem.getPath()).isEqualTo("metric.target");
    assertThat(problem.getMessage()).contains("0 %");
  }

  @Test
  void a_relative_target_of_zero_percent_is_rejected_even_without_baseline() {
    assertThat(only(() -> MoveToTarget.unknownBaseline(Target.relative(BigDecimal.ZERO))).getPath())
        .isEqualTo("metric.target");
  }

  @Test
  void a_relative_target_of_a_zero_baseline_is_rejected() {
    PlanProblem problem = only(() -> MoveToTarget.of("0", Target.increaseBy(20)));
    assertThat(problem.getMessage()).contains("baseline 0");
  }

  @Test
  void a_reduction_of_more_than_one_hundred_percent_is_rejected() {
    assertThat(only(() -> MoveToTarget.of("10", Target.reduceBy(120))).getMessage()).contains("more than 100 %");
  }

  @Test
  void a_rate_with_baseline_equal_to_target_is_rejected() {
    assertThat(only(() -> Rate.ofPercent("90", "90")).getMessage()).contains("equals the baseline 90");
  }

  @Test
  void a_computed_key_result_with_baseline_equal_to_target_is_rejected() {
    PlanProblem problem = only(() -> ComputedMetric.builder().addSourceIds("kr-1").aggregation(Aggregation.SUM)
        .baseline(BigDecimal.TEN).target(Target.absolute("10")).build());
    assertThat(problem.getPath()).isEqualTo("metric.target");
  }

  @Test
  void a_computed_key_result_without_sources_is_rejected() {
    PlanProblem problem = only(() -> ComputedMetric.builder().aggregation(Aggregation.SUM)
        .baseline(BigDecimal.ZERO).target(Target.absolute("10")).build());
    assertThat(problem.getPath()).isEqualTo("metric.sourceIds");
  }

  @Test
  void a_range_with_low_above_high_is_rejected() {
    PlanProblem problem = only(() -> Guardrail.within(new BigDecimal("95"), new BigDecimal("85")));
    assertThat(problem.getPath()).isEqualTo("metric.low");
    assertThat(problem.getMessage()).contains("low 95 is above high 85");
  }

  @Test
  void a_range_with_low_equal_to_high_is_allowed() {
    assertThatCode(() -> Guardrail.within(new BigDecimal("90"), new BigDecimal("90.0"))).doesNotThrowAnyException();
  }

  @Test
  void a_guardrail_without_limits_is_rejected() {
    assertThat(only(() -> Guardrail.builder().build()).getPath()).isEqualTo("metric");
  }

  @Test
  void a_due_date_before_the_start_date_is_rejected() {
    PlanProblem problem = only(() -> KeyResult.builder().id("kr-1").title("T")
        .metric(MoveToTarget.of("0", Target.absolute("1")))
        .startDate(LocalDate.of(2026, 6, 1)).dueDate(LocalDate.of(2026, 5, 31)).build());
    assertThat(problem.getPath()).isEqualTo("keyResults[kr-1].dueDate");
    assertThat(problem.getMessage()).contains("2026-05-31").contains("2026-06-01");
  }

  @Test
  void a_due_date_before_the_cycle_start_is_reported_by_the_plan() {
    KeyResult early = KeyResult.builder().id("kr-1").title("T").metric(MoveToTarget.of("0", Target.absolute("1")))
        .dueDate(LocalDate.of(2025, 12, 1)).build();
    PlanProblem problem = only(() -> base().addObjectives(objective("obj-a").addKeyResults(early).build()).build());
    assertThat(problem.getPath()).isEqualTo("objectives[obj-a].keyResults[kr-1].dueDate");
    assertThat(problem.getMessage()).contains("(cycle 2026)");
  }

  @Test
  void a_start_date_after_the_cycle_end_is_reported_by_the_plan() {
    KeyResult late = KeyResult.builder().id("kr-1").title("T").metric(MoveToTarget.of("0", Target.absolute("1")))
        .startDate(LocalDate.of(2027, 2, 1)).build();
    PlanProblem problem = only(() -> base().addObjectives(objective("obj-a").addKeyResults(late).build()).build());
    assertThat(problem.getPath()).isEqualTo("objectives[obj-a].keyResults[kr-1].startDate");
  }

  @Test
  void a_cycle_ending_before_it_starts_is_rejected() {
    PlanProblem problem = only(() -> Cycle.of("c-1", "C", DEC_31, JAN_1));
    assertThat(problem.getPath()).isEqualTo("cycles[c-1].endDate");
  }

  @Test
  void waypoints_out_of_order_are_rejected() {
    PlanProblem problem = only(() -> KeyResult.builder().id("kr-1").title("T")
        .metric(MoveToTarget.of("0", Target.absolute("1")))
        .addWaypoints(Waypoint.of(LocalDate.of(2026, 6, 30), 0.5), Waypoint.of(LocalDate.of(2026, 3, 31), 0.25))
        .build());
    assertThat(problem.getPath()).isEqualTo("keyResults[kr-1].waypoints[2026-03-31]");
  }

  @Test
  void a_waypoint_outside_the_key_result_period_is_reported_by_the_plan() {
    KeyResult kr = KeyResult.builder().id("kr-1").title("T").metric(MoveToTarget.of("0", Target.absolute("1")))
        .addWaypoints(Waypoint.of(LocalDate.of(2027, 3, 31), 0.5)).build();
    PlanProblem problem = only(() -> base().addObjectives(objective("obj-a").addKeyResults(kr).build()).build());
    assertThat(problem.getPath()).isEqualTo("objectives[obj-a].keyResults[kr-1].waypoints[2027-03-31]");
  }

  // ---------------------------------------------------------------- check-ins

  @Test
  void a_rate_check_in_with_a_zero_denominator_is_rejected() {
    assertThat(only(() -> CheckIn.ofRate(JAN_1, 1, 0)).getMessage()).contains("1/0").contains("denominator must be > 0");
  }

  @Test
  void a_rate_check_in_with_a_negative_denominator_is_rejected() {
    assertThat(only(() -> CheckIn.ofRate(JAN_1, 1, -4)).getMessage()).contains("1/-4");
  }

  @Test
  void a_rate_check_in_with_a_negative_numerator_is_rejected() {
    assertThat(only(() -> CheckIn.ofRate(JAN_1, -1, 4)).getMessage()).contains("-1/4").contains("numerator ≥ 0");
  }

  @Test
  void a_rate_check_in_built_by_hand_with_a_zero_denominator_is_rejected() {
    List<PlanProblem> problems = problemsOf(() -> CheckIn.builder().observedOn(JAN_1).value(BigDecimal.ZERO)
        .numerator(BigDecimal.ONE).denominator(BigDecimal.ZERO).build());
    assertThat(problems).extracting(PlanProblem::getPath).containsExactly("checkIns[2026-01-01].denominator");
  }

  @Test
  void a_rate_check_in_built_by_hand_with_a_negative_numerator_is_rejected() {
    List<PlanProblem> problems = problemsOf(() -> CheckIn.builder().observedOn(JAN_1).value(new BigDecimal("-25"))
        .numerator(BigDecimal.ONE.negate()).denominator(new BigDecimal("4")).build());
    assertThat(problems).extracting(PlanProblem::getPath).contains("checkIns[2026-01-01].numerator");
  }

  @Test
  void a_rate_check_in_whose_value_disagrees_with_its_ratio_is_rejected() {
    PlanProblem problem = only(() -> CheckIn.builder().observedOn(JAN_1).value(new BigDecimal("80"))
        .numerator(new BigDecimal("3")).denominator(new BigDecimal("4")).build());
    assertThat(problem.getPath()).isEqualTo("checkIns[2026-01-01].value");
    assertThat(problem.getMessage()).contains("3/4 is 75");
  }

  @Test
  void a_rate_key_result_rejects_a_check_in_without_ratio() {
    PlanProblem problem = only(() -> KeyResult.builder().id("kr-1").title("T").metric(Rate.ofPercent("40", "90"))
        .addCheckIns(CheckIn.of(JAN_1, "50")).build());
    assertThat(problem.getPath()).isEqualTo("keyResults[kr-1].checkIns[2026-01-01]");
  }

  @Test
  void a_milestone_check_in_other_than_zero_or_one_is_rejected() {
    PlanProblem problem = only(() -> KeyResult.builder().id("kr-1").title("T").metric(Milestone.doneOrNot())
        .addCheckIns(CheckIn.of(JAN_1, "2")).build());
    assertThat(problem.getPath()).isEqualTo("keyResults[kr-1].checkIns[2026-01-01].value");
  }

  @Test
  void a_confidence_outside_zero_to_one_is_rejected() {
    PlanProblem problem = only(() -> CheckIn.builder().observedOn(JAN_1).value(BigDecimal.ONE).confidence(1.5).build());
    assertThat(problem.getPath()).isEqualTo("checkIns[2026-01-01].confidence");
  }

  @Test
  void a_rejected_check_in_through_the_plan_names_the_objective() {
    Plan plan = base().addObjectives(objective("obj-a")
        .addKeyResults(KeyResult.builder().id("kr-1").title("T").metric(Rate.ofPercent("40", "90")).build()).build()).build();
    PlanProblem problem = only(() -> plan.withCheckIn("kr-1", CheckIn.of(JAN_1, "50")));
    assertThat(problem.getPath()).isEqualTo("objectives[obj-a].keyResults[kr-1].checkIns[2026-01-01]");
  }

  // ---------------------------------------------------------------- texts and ids

  @Test
  void a_blank_objective_title_is_rejected() {
    PlanProblem problem = only(() -> objective("obj-a").title("  \t").build());
    assertThat(problem.getPath()).isEqualTo("objectives[obj-a].title");
    assertThat(problem.getMessage()).contains("is blank");
  }

  @Test
  void a_blank_key_result_title_is_rejected() {
    assertThat(only(() -> KeyResult.builder().id("kr-1").title("").metric(Milestone.doneOrNot()).build()).getPath())
        .isEqualTo("keyResults[kr-1].title");
  }

  @Test
  void a_blank_initiative_title_is_rejected() {
    assertThat(only(() -> Initiative.builder().id("ini-1").title(" ").build()).getPath()).isEqualTo("initiatives[ini-1].title");
  }

  @Test
  void a_blank_unit_name_is_rejected() {
    assertThat(only(() -> OrgUnit.of("u-1", " ", UnitKind.SERVICE)).getPath()).isEqualTo("units[u-1].name");
  }

  @Test
  void a_blank_cycle_label_is_rejected() {
    assertThat(only(() -> Cycle.of("c-1", "", JAN_1, DEC_31)).getPath()).isEqualTo("cycles[c-1].label");
  }

  @Test
  void a_blank_framework_code_is_rejected() {
    assertThat(only(() -> FrameworkRef.of(FrameworkScheme.CPOM, " ", "x")).getPath()).endsWith(".code");
  }

  @Test
  void malformed_ids_are_rejected() {
    for (String id : new String[] {"", " ", "obj a", "-obj", ".obj", "obj/1", "é", "x".repeat(101)}) {
      PlanProblem problem = only(() -> objective(id).build());
      assertThat(problem.getPath()).as("id '%s'", id).endsWith("].id");
      assertThat(problem.getMessage()).as("id '%s'", id).contains("malformed id");
    }
  }

  @Test
  void well_formed_ids_are_accepted() {
    for (String id : new String[] {"a", "0", "chu-nord.urgences", "2026-T1", "has:1.1-01", "A_b", "x".repeat(100)}) {
      assertThatCode(() -> objective(id).build()).as("id '%s'", id).doesNotThrowAnyException();
    }
  }

  @Test
  void malformed_reference_ids_are_rejected() {
    List<PlanProblem> problems = problemsOf(() -> objective("obj-a").ownerUnitId("a b").cycleId("?").build());
    assertThat(problems).extracting(PlanProblem::getPath)
        .containsExactly("objectives[obj-a].ownerUnitId", "objectives[obj-a].cycleId");
  }

  // ---------------------------------------------------------------- all at once, nothing left behind

  @Test
  void a_value_with_several_problems_reports_all_of_them() {
    List<PlanProblem> problems = problemsOf(() -> KeyResult.builder().id("bad id").title(" ")
        .metric(MoveToTarget.of("0", Target.absolute("1"))).weight(-1).build());
    assertThat(problems).extracting(PlanProblem::getPath)
        .containsExactlyInAnyOrder("keyResults[bad id].id", "keyResults[bad id].title", "keyResults[bad id].weight");
  }

  @Test
  void a_plan_with_several_problems_reports_all_of_them_at_once() {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> base()
        .addUnits(chu())
        .addObjectives(objective("obj-a").ownerUnitId("ghost").build(),
            objective("obj-b").cycleId("2099").addKeyResults(kr("kr-1")).build(),
            objective("obj-c").addKeyResults(kr("kr-1")).build())
        .addInitiatives(Initiative.builder().id("ini-1").title("I").addKeyResultIds("kr-ghost").build())
        .addLink("obj-a", "obj-b")
        .addLink("obj-b", "obj-a")
        .addLink("obj-c", "nowhere")
        .build());
    assertThat(e.getProblems()).extracting(PlanProblem::getPath).containsExactlyInAnyOrder(
        "units[chu]",
        "objectives[obj-a].ownerUnitId",
        "objectives[obj-b].cycleId",
        "objectives[obj-c].keyResults[kr-1]",
        "initiatives[ini-1].keyResultIds[kr-ghost]",
        "links[obj-c→nowhere].parentId",
        "links[obj-a→obj-b]");
    assertThat(e.getMessage()).startsWith("7 problems in the plan:");
  }

  @Test
  void the_exception_message_lists_at_most_twenty_problems() {
    Plan.Builder builder = base();
    for (int i = 0; i < 25; i++) {
      builder.addObjectives(objective("obj-" + i).ownerUnitId("ghost").build());
    }
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, builder::build);
    assertThat(e.getProblems()).hasSize(25);
    assertThat(e.getMessage()).startsWith("25 problems").contains("… and 5 more");
  }

  @Test
  void a_failed_update_leaves_the_plan_unchanged() {
    KeyResult rate = KeyResult.builder().id("kr-r").title("Taux").metric(Rate.ofPercent("40", "90")).build();
    Plan plan = base().addObjectives(objective("obj-a").addKeyResults(kr("kr-1"), rate).build(), objective("obj-b").build())
        .addLink("obj-a", "obj-b").build();
    Plan copy = plan.toBuilder().build();
    AlignmentGraph graph = plan.alignment();

    problemsOf(() -> plan.withLink(AlignmentLink.of("obj-b", "obj-a")));
    problemsOf(() -> plan.withObjective(objective("obj-c").ownerUnitId("ghost").build()));
    problemsOf(() -> plan.withInitiative(Initiative.builder().id("ini-1").title("I").addKeyResultIds("ghost").build()));
    problemsOf(() -> plan.withUnit(OrgUnit.of("svc", "S", UnitKind.SERVICE, "ghost")));
    problemsOf(() -> plan.withCycle(Cycle.builder().id("t1").label("T1").startDate(JAN_1).endDate(DEC_31).parentId("x").build()));
    problemsOf(() -> plan.withCheckIn("kr-r", CheckIn.of(JAN_1, "50")));

    assertThat(plan).isEqualTo(copy);
    assertThat(plan.alignment()).isSameAs(graph);
    assertThat(plan.getLinks()).containsExactly(AlignmentLink.of("obj-a", "obj-b"));
    assertThat(plan.objective("obj-c")).isEmpty();
    assertThat(plan.keyResult("kr-r").orElseThrow().getCheckIns()).isEmpty();
  }

  @Test
  void a_failed_build_leaves_the_builder_usable_once_fixed() {
    Plan.Builder builder = base().addObjectives(objective("obj-a").ownerUnitId("ghost").build());
    problemsOf(builder::build);
    Plan plan = builder.addUnits(OrgUnit.of("ghost", "Revenant", UnitKind.SERVICE)).build();
    assertThat(plan.objective("obj-a")).isPresent();
  }

  @Test
  void the_smallest_valid_plan_is_empty() {
    Plan plan = Plan.builder().build();
    assertThat(plan.getObjectives()).isEmpty();
    assertThat(plan.alignment().topologicalOrder()).isEmpty();
  }

  @Test
  void a_rate_check_in_of_counts_up_to_15_digits_is_accepted_and_beyond_refused() {
    assertThatCode(() -> CheckIn.ofRate(JAN_1, 9_999_999_999_999L, 7)).doesNotThrowAnyException();
    assertThatCode(() -> CheckIn.ofRate(JAN_1, 999_999_999_999_999L, 999_999_999_999_999L)).doesNotThrowAnyException();
    assertThatThrownBy(() -> CheckIn.ofRate(JAN_1, Long.MAX_VALUE, 3)).isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining("checkIn.numerator: is 9223372036854775807: a number stays below 10^15");
  }
}
