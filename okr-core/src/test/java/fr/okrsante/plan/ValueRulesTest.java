package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The rules each value checks on its own when built: one test per rule, asserting the path of the
 * problem, plus the small behaviours of the values (defaults, equality, text forms).
 */
class ValueRulesTest {

  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);
  private static final String BAD_ID = "-bad id";

  private static List<String> paths(ThrowingCallable call) {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, call);
    assertThat(e).as("expected an InvalidPlanException").isNotNull();
    List<String> paths = new ArrayList<>();
    e.getProblems().forEach(p -> paths.add(p.getPath()));
    return paths;
  }

  private static KeyResult.Builder kr(Metric metric) {
    return KeyResult.builder().id("kr").title("Résultat").metric(metric);
  }

  private static MoveToTarget move() {
    return MoveToTarget.of("0", Target.absolute("10"));
  }

  // ---------------------------------------------------------------- key results

  @Test
  void key_result_unit_defaults_to_percent_for_rates_and_count_otherwise() {
    assertThat(kr(Rate.ofPercent("40", "90")).build().getUnit()).isEqualTo(MeasureUnit.PERCENT);
    assertThat(kr(move()).build().getUnit()).isEqualTo(MeasureUnit.COUNT);
  }

  @Test
  void key_result_blank_unit_label_is_refused() {
    assertThat(paths(() -> kr(move()).unitLabel(" ").build())).containsExactly("keyResults[kr].unitLabel");
  }

  @Test
  void key_result_in_unit_other_needs_a_label() {
    assertThat(paths(() -> kr(move()).unit(MeasureUnit.OTHER).build())).containsExactly("keyResults[kr].unitLabel");
    assertThatCode(() -> kr(move()).unit(MeasureUnit.OTHER).unitLabel("lits").build()).doesNotThrowAnyException();
  }

  @Test
  void key_result_malformed_indicator_id_is_refused() {
    assertThat(paths(() -> kr(move()).indicatorId(BAD_ID).build())).containsExactly("keyResults[kr].indicatorId");
  }

  @Test
  void key_result_cadence_must_be_positive() {
    assertThat(paths(() -> kr(move()).cadence(Period.ZERO).build())).containsExactly("keyResults[kr].cadence");
    assertThat(paths(() -> kr(move()).cadence(Period.ofDays(-7)).build())).containsExactly("keyResults[kr].cadence");
    assertThatCode(() -> kr(move()).cadence(Period.ofMonths(1)).build()).doesNotThrowAnyException();
  }

  @Test
  void key_result_due_before_start_is_refused() {
    assertThat(paths(() -> kr(move()).startDate(DEC_31).dueDate(JAN_1).build())).containsExactly("keyResults[kr].dueDate");
    assertThatCode(() -> kr(move()).startDate(JAN_1).dueDate(JAN_1).build()).doesNotThrowAnyException();
  }

  @Test
  void milestone_check_ins_are_0_or_1() {
    assertThatCode(() -> kr(Milestone.doneOrNot()).addCheckIns(CheckIn.of(JAN_1, "0"), CheckIn.of(DEC_31, "1")).build())
        .doesNotThrowAnyException();
    assertThat(paths(() -> kr(Milestone.doneOrNot()).addCheckIns(CheckIn.of(JAN_1, "0.5")).build()))
        .containsExactly("keyResults[kr].checkIns[2026-01-01].value");
  }

  @Test
  void metrics_that_take_their_value_elsewhere_have_no_check_ins() {
    assertThat(paths(() -> kr(Milestone.fromInitiatives()).addCheckIns(CheckIn.of(JAN_1, "1")).build()))
        .containsExactly("keyResults[kr].checkIns[2026-01-01]");
    assertThat(paths(() -> kr(MoveToTarget.countOfInitiativesDone(3)).addCheckIns(CheckIn.of(JAN_1, "1")).build()))
        .containsExactly("keyResults[kr].checkIns[2026-01-01]");
    ComputedMetric computed = ComputedMetric.builder().addSourceIds("a").aggregation(Aggregation.SUM)
        .baseline(BigDecimal.ZERO).target(Target.absolute("5")).build();
    assertThat(paths(() -> kr(computed).addCheckIns(CheckIn.of(JAN_1, "1")).build()))
        .containsExactly("keyResults[kr].checkIns[2026-01-01]");
  }

  @Test
  void milestone_kinds_tell_whether_they_come_from_initiatives() {
    assertThat(Milestone.doneOrNot().isFromInitiatives()).isFalse();
    assertThat(Milestone.fromInitiatives().isFromInitiatives()).isTrue();
  }

  // ---------------------------------------------------------------- check-ins

  @Test
  void check_in_confidence_is_between_0_and_1_inclusive() {
    assertThatCode(() -> CheckIn.builder().observedOn(JAN_1).value(BigDecimal.ONE).confidence(0).build()).doesNotThrowAnyException();
    assertThatCode(() -> CheckIn.builder().observedOn(JAN_1).value(BigDecimal.ONE).confidence(1).build()).doesNotThrowAnyException();
    assertThat(paths(() -> CheckIn.builder().observedOn(JAN_1).value(BigDecimal.ONE).confidence(1.0001).build()))
        .containsExactly("checkIns[2026-01-01].confidence");
    assertThat(paths(() -> CheckIn.builder().observedOn(JAN_1).value(BigDecimal.ONE).confidence(-0.0001).build()))
        .containsExactly("checkIns[2026-01-01].confidence");
  }

  @Test
  void check_in_malformed_author_id_is_refused() {
    assertThat(paths(() -> CheckIn.builder().observedOn(JAN_1).value(BigDecimal.ONE).authorId(BAD_ID).build()))
        .containsExactly("checkIns[2026-01-01].authorId");
  }

  @Test
  void check_in_rate_needs_both_parts_and_a_positive_denominator() {
    assertThat(paths(() -> CheckIn.builder().observedOn(JAN_1).value(BigDecimal.ONE).numerator(BigDecimal.ONE).build()))
        .containsExactly("checkIns[2026-01-01]");
    assertThat(paths(() -> CheckIn.builder().observedOn(JAN_1).value(BigDecimal.ZERO).numerator(BigDecimal.ZERO)
        .denominator(BigDecimal.ZERO).build())).contains("checkIns[2026-01-01].denominator");
    assertThat(paths(() -> CheckIn.rateBuilder(BigDecimal.ONE, BigDecimal.ZERO))).containsExactly("checkIn");
    assertThat(paths(() -> CheckIn.rateBuilder(BigDecimal.ONE.negate(), BigDecimal.ONE))).containsExactly("checkIn");
  }

  @Test
  void a_rate_of_zero_over_anything_positive_is_accepted() {
    assertThat(CheckIn.rateBuilder(BigDecimal.ZERO, BigDecimal.ONE).observedOn(JAN_1).build().getValue()).isEqualByComparingTo("0");
  }

  @Test
  void rate_values_keep_their_units_whole_numbers_and_fractions() {
    // 6 decimals at most: 100 / 3 = 33.333333|33… rounds half-even to 33.333333, 200 / 3 to 66.666667
    assertThat(CheckIn.ofRate(JAN_1, 1, 3).getValue()).isEqualTo(new BigDecimal("33.333333"));
    assertThat(CheckIn.ofRate(JAN_1, 2, 3).getValue()).isEqualTo(new BigDecimal("66.666667"));
    assertThat(CheckIn.ofRate(JAN_1, 7, 9).getValue()).isEqualTo(new BigDecimal("77.777778"));
    // 15 significant digits at most: 100 × 10^12 / 3 keeps 14 digits before the point and 1 after
    assertThat(CheckIn.ofRate(JAN_1, 1_000_000_000_000L, 3).getValue()).isEqualTo(new BigDecimal("33333333333333.3"));
    assertThat(CheckIn.ofRate(JAN_1, 5, 1).getValue()).isEqualByComparingTo("500");
    assertThat(CheckIn.ofRate(JAN_1, 1, 1).getValue().toPlainString()).isEqualTo("100");
  }

  // ---------------------------------------------------------------- targets and goals

  @Test
  void targets_print_absolute_amounts_plainly_and_relative_ones_signed() {
    assertThat(Target.absolute("192.0")).hasToString("192");
    assertThat(Target.increaseBy(20)).hasToString("+20%");
    assertThat(Target.reduceBy(20)).hasToString("-20%");
    assertThat(Target.relative(BigDecimal.ZERO)).hasToString("+0%");
  }

  @Test
  void targets_are_equal_by_kind_and_amount() {
    assertThat(Target.absolute("20")).isEqualTo(Target.absolute("20")).hasSameHashCodeAs(Target.absolute("20"))
        .isNotEqualTo(Target.relative(new BigDecimal("20"))).isNotEqualTo(Target.absolute("21"));
    assertThat(Target.absolute("20").hashCode()).isNotEqualTo(Target.relative(new BigDecimal("20")).hashCode());
    assertThat(Target.absolute("20").hashCode()).isNotZero();
  }

  @Test
  void a_reduction_of_exactly_100_percent_is_possible_and_more_is_not() {
    assertThatCode(() -> MoveToTarget.of("10", Target.reduceBy(100))).doesNotThrowAnyException();
    assertThat(paths(() -> MoveToTarget.of("10", Target.relative(new BigDecimal("-100.01"))))).containsExactly("metric.target");
  }

  // ---------------------------------------------------------------- objectives, units, cycles, links

  @Test
  void objective_finds_its_key_results_by_id() {
    Objective objective = Objective.builder().id("o").title("O").ownerUnitId("chu").cycleId("2026")
        .addKeyResults(kr(move()).build()).build();
    assertThat(objective.keyResult("kr")).isPresent();
    assertThat(objective.keyResult("other")).isEmpty();
  }

  @Test
  void objective_person_and_unit_ids_are_kept_sorted_each_once_whatever_order_they_are_given_in() {
    Objective given = Objective.builder().id("o").title("O").ownerUnitId("chu").cycleId("2026")
        .addOwnerPersonIds("p-9", "p-1", "p-9")
        .addGrantedUnitIds("pole-b", "pole-a", "pole-b", "cpts")
        .addGrantedPersonIds("p-3", "p-2", "p-3")
        .build();
    assertThat(given.getOwnerPersonIds()).containsExactly("p-1", "p-9");
    assertThat(given.getGrantedUnitIds()).containsExactly("cpts", "pole-a", "pole-b");
    assertThat(given.getGrantedPersonIds()).containsExactly("p-2", "p-3");
    Objective sorted = Objective.builder().id("o").title("O").ownerUnitId("chu").cycleId("2026")
        .addOwnerPersonIds("p-1", "p-9").addGrantedUnitIds("cpts", "pole-a", "pole-b").addGrantedPersonIds("p-2", "p-3")
        .build();
    assertThat(given).isEqualTo(sorted).hasSameHashCodeAs(sorted);
    assertThat(given.toBuilder().build()).isEqualTo(given);
    assertThat(((ImmutableObjective) sorted).withGrantedUnitIds("z", "a", "z").getGrantedUnitIds()).containsExactly("a", "z");
    // Invalid ids are still refused when they come unsorted.
    assertThat(paths(() -> Objective.builder().id("o").title("O").ownerUnitId("chu").cycleId("2026")
        .addGrantedPersonIds("p-2", BAD_ID, "p-1").build())).containsExactly("objectives[o].grantedPersonIds");
  }

  @Test
  void initiative_key_result_ids_are_kept_sorted_each_once() {
    Initiative given = Initiative.builder().id("i").title("Audit").addKeyResultIds("kr-b", "kr-a", "kr-b").build();
    assertThat(given.getKeyResultIds()).containsExactly("kr-a", "kr-b");
    assertThat(given).isEqualTo(Initiative.builder().id("i").title("Audit").addKeyResultIds("kr-a", "kr-b").build());
    assertThat(((ImmutableInitiative) given).withKeyResultIds("kr-z", "kr-c").getKeyResultIds())
        .containsExactly("kr-c", "kr-z");
    assertThat(paths(() -> Initiative.builder().id("i").title("Audit").addKeyResultIds("kr-b", BAD_ID).build()))
        .containsExactly("initiatives[i].keyResultIds[" + BAD_ID + "]");
  }

  @Test
  void objective_malformed_references_are_refused_with_their_paths() {
    Objective.Builder base = Objective.builder().id("o").title("O").ownerUnitId("chu").cycleId("2026");
    assertThat(paths(() -> Objective.builder().id("o").title("O").ownerUnitId(BAD_ID).cycleId("2026").build()))
        .containsExactly("objectives[o].ownerUnitId");
    assertThat(paths(() -> Objective.builder().id("o").title("O").ownerUnitId("chu").cycleId(BAD_ID).build()))
        .containsExactly("objectives[o].cycleId");
    assertThat(paths(() -> base.addOwnerPersonIds(BAD_ID).build())).containsExactly("objectives[o].ownerPersonIds");
  }

  @Test
  void unit_rules_have_their_paths() {
    assertThat(paths(() -> OrgUnit.of(BAD_ID, "U", UnitKind.SERVICE))).containsExactly("units[" + BAD_ID + "].id");
    assertThat(paths(() -> OrgUnit.of("u", "U", UnitKind.SERVICE, BAD_ID))).containsExactly("units[u].parentId");
    assertThat(paths(() -> OrgUnit.builder().id("u").name("U").kind(UnitKind.SERVICE).putIdentifiers(" ", "1").build()))
        .containsExactly("units[u].identifiers[ ]");
    assertThat(paths(() -> OrgUnit.builder().id("u").name("U").kind(UnitKind.SERVICE).putIdentifiers("FINESS", " ").build()))
        .containsExactly("units[u].identifiers[FINESS]");
  }

  @Test
  void cycle_rules_have_their_paths() {
    assertThat(paths(() -> Cycle.of(BAD_ID, "C", JAN_1, DEC_31))).containsExactly("cycles[" + BAD_ID + "].id");
    assertThat(paths(() -> Cycle.builder().id("t1").label("T1").startDate(JAN_1).endDate(DEC_31).parentId(BAD_ID).build()))
        .containsExactly("cycles[t1].parentId");
    assertThat(paths(() -> Cycle.builder().id("t1").label("T1").startDate(JAN_1).endDate(DEC_31).parentId("t1").build()))
        .containsExactly("cycles[t1].parentId");
  }

  @Test
  void a_cycle_contains_its_first_and_last_days_only() {
    Cycle year = Cycle.of("2026", "2026", JAN_1, DEC_31);
    assertThat(year.contains(JAN_1)).isTrue();
    assertThat(year.contains(DEC_31)).isTrue();
    assertThat(year.contains(JAN_1.minusDays(1))).isFalse();
    assertThat(year.contains(DEC_31.plusDays(1))).isFalse();
  }

  @Test
  void link_rules_have_their_paths() {
    assertThat(paths(() -> AlignmentLink.of(BAD_ID, "p"))).containsExactly("links[" + BAD_ID + "→p].childId");
    assertThat(paths(() -> AlignmentLink.of("c", BAD_ID))).containsExactly("links[c→" + BAD_ID + "].parentId");
  }

  @Test
  void links_with_the_same_ends_are_recognised_whatever_their_weight() {
    AlignmentLink link = AlignmentLink.of("c", "p");
    assertThat(link.sameEnds(AlignmentLink.of("c", "p", 2, LinkMode.INFORMS))).isTrue();
    assertThat(link.sameEnds(AlignmentLink.of("c", "q"))).isFalse();
    assertThat(link.sameEnds(AlignmentLink.of("d", "p"))).isFalse();
  }

  @Test
  void initiative_rules_have_their_paths_and_weight_defaults_to_1() {
    Initiative.Builder base = Initiative.builder().id("i").title("I");
    assertThat(base.build().getWeight()).isEqualTo(1.0);
    assertThat(paths(() -> Initiative.builder().id(BAD_ID).title("I").build())).containsExactly("initiatives[" + BAD_ID + "].id");
    assertThat(paths(() -> Initiative.builder().id("i").title("I").addKeyResultIds(BAD_ID).build()))
        .containsExactly("initiatives[i].keyResultIds[" + BAD_ID + "]");
    assertThat(paths(() -> Initiative.builder().id("i").title("I").doneOn(JAN_1).build())).containsExactly("initiatives[i].doneOn");
    assertThatCode(() -> Initiative.builder().id("i").title("I").state(InitiativeState.DONE).doneOn(JAN_1).build())
        .doesNotThrowAnyException();
  }

  @Test
  void computed_metric_rules_have_their_paths() {
    ComputedMetric.Builder base = ComputedMetric.builder().aggregation(Aggregation.SUM).baseline(BigDecimal.ZERO)
        .target(Target.absolute("5"));
    assertThat(paths(() -> base.addSourceIds(BAD_ID).build())).containsExactly("metric.sourceIds[" + BAD_ID + "]");
    assertThat(paths(() -> ComputedMetric.builder().aggregation(Aggregation.SUM).baseline(BigDecimal.ZERO)
        .target(Target.absolute("5")).addSourceIds("a", "a").build())).containsExactly("metric.sourceIds[a]");
  }

  @Test
  void framework_ref_blank_scheme_version_is_refused() {
    assertThat(paths(() -> FrameworkRef.builder().scheme(FrameworkScheme.HAS_CERTIFICATION).code("2.4-04").label("L")
        .schemeVersion(" ").build())).hasSize(1).first().asString().endsWith("schemeVersion");
  }

  @Test
  void rollup_strategy_names_are_ids_and_overachievement_is_capped_by_default() {
    assertThat(RollupSettings.defaults().isCapOverachievement()).isTrue();
    assertThat(paths(() -> RollupSettings.builder().strategy(BAD_ID).build())).containsExactly("rollup.strategy");
  }

  @Test
  void status_override_needs_a_well_formed_author_and_a_reason() {
    Instant at = Instant.parse("2026-03-01T10:00:00Z");
    assertThat(paths(() -> StatusOverride.of(Status.AT_RISK, BAD_ID, at, "Grève"))).hasSize(1).first().asString().endsWith("authorId");
    assertThat(paths(() -> StatusOverride.of(Status.AT_RISK, "p-1", at, " "))).hasSize(1).first().asString().endsWith("reason");
  }

  @Test
  void waypoint_expected_progress_is_a_fraction() {
    assertThat(paths(() -> Waypoint.of(JAN_1, 1.5))).hasSize(1);
    assertThatCode(() -> Waypoint.of(JAN_1, 1)).doesNotThrowAnyException();
  }

  // ---------------------------------------------------------------- problems and exceptions

  @Test
  void problems_are_equal_by_path_and_message() {
    PlanProblem problem = PlanProblem.of(PlanProblem.Kind.DUPLICATE_ID, ProblemPath.of("units").element("a"), "m");
    assertThat(problem).isEqualTo(PlanProblem.of(PlanProblem.Kind.DUPLICATE_ID, ProblemPath.of("units").element("a"), "m")).hasSameHashCodeAs(PlanProblem.of(PlanProblem.Kind.DUPLICATE_ID, ProblemPath.of("units").element("a"), "m"))
        .isNotEqualTo(PlanProblem.of(PlanProblem.Kind.DUPLICATE_ID, ProblemPath.of("units").element("b"), "m")).isNotEqualTo(PlanProblem.of(PlanProblem.Kind.DUPLICATE_ID, ProblemPath.of("units").element("a"), "n"));
    assertThat(problem.hashCode()).isNotEqualTo(PlanProblem.of(PlanProblem.Kind.DUPLICATE_ID, ProblemPath.of("units").element("b"), "m").hashCode()).isNotZero();
  }

  @Test
  void the_message_lists_twenty_problems_then_counts_the_rest() {
    List<PlanProblem> twenty = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      twenty.add(PlanProblem.of(PlanProblem.Kind.MISSING, ProblemPath.of("p" + i), "m"));
    }
    assertThat(new InvalidPlanException(twenty).getMessage()).startsWith("20 problems").doesNotContain("more");
    twenty.add(PlanProblem.of(PlanProblem.Kind.MISSING, ProblemPath.of("p20"), "m"));
    assertThat(new InvalidPlanException(twenty).getMessage()).startsWith("21 problems").contains("… and 1 more");
    assertThat(new InvalidPlanException(List.of(PlanProblem.of(PlanProblem.Kind.MISSING, ProblemPath.of("p"), "m"))).getMessage()).startsWith("1 problem in");
  }

  @Test
  void long_ids_are_shortened_in_messages_from_41_characters() {
    String forty = "a".repeat(40);
    assertThat(new UnknownIdException("unit", forty).getMessage()).contains("'" + forty + "'");
    assertThat(new UnknownIdException("unit", forty + "b").getMessage()).contains("'" + "a".repeat(37) + "…'");
    UnknownIdException e = new UnknownIdException("unit", "x");
    assertThat(e.getKind()).isEqualTo("unit");
    assertThat(e.getId()).isEqualTo("x");
  }

  @Test
  void framework_coverage_prints_its_scheme_and_gaps() {
    Plan plan = Plan.builder().addUnits(OrgUnit.of("chu", "CHU", UnitKind.ORGANISATION))
        .addCycles(Cycle.of("2026", "2026", JAN_1, DEC_31)).build();
    assertThat(plan.frameworkCoverage(FrameworkScheme.HAS_CERTIFICATION, Set.of("1.1")).toString())
        .contains("HAS_CERTIFICATION").contains("1.1");
  }
}
