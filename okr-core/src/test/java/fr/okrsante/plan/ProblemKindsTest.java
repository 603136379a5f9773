package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A representative problem of every {@link PlanProblem.Kind}: its kind, the segments of its path
 * (property names and element keys, told apart), the ids it names, and its text unchanged.
 */
class ProblemKindsTest {

  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);
  private static final Set<PlanProblem.Kind> SEEN = EnumSet.noneOf(PlanProblem.Kind.class);

  private static KeyResult kr(String id) {
    return KeyResult.builder().id(id).title("Résultat " + id).metric(MoveToTarget.of("0", Target.absolute("10"))).build();
  }

  private static Objective.Builder objective(String id) {
    return Objective.builder().id(id).title("Objectif " + id).ownerUnitId("chu").cycleId("2026");
  }

  private static Plan.Builder base() {
    return Plan.builder().addUnits(OrgUnit.of("chu", "CHU", UnitKind.ORGANISATION))
        .addCycles(Cycle.of("2026", "2026", JAN_1, DEC_31));
  }

  private static PlanProblem only(ThrowingCallable call) {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, call);
    assertThat(e).as("expected an InvalidPlanException").isNotNull();
    assertThat(e.getProblems()).hasSize(1);
    PlanProblem problem = e.getProblems().get(0);
    SEEN.add(problem.getKind());
    // the text is the path's text and the message, whatever the kind
    assertThat(problem).hasToString(problem.getProblemPath() + ": " + problem.getMessage());
    assertThat(problem.getPath()).isEqualTo(problem.getProblemPath().toString());
    return problem;
  }

  /** The segments as written in the text form: {@code name} or {@code [key]}. */
  private static List<String> segments(PlanProblem problem) {
    return problem.getProblemPath().getSegments().stream().map(ProblemPath.Segment::toString).toList();
  }

  @AfterAll
  static void every_kind_has_a_representative() {
    EnumSet<PlanProblem.Kind> expected = EnumSet.allOf(PlanProblem.Kind.class);
    expected.remove(PlanProblem.Kind.RESTRICTED); // made by visibility: see AccessAndViewsTest
    assertThat(SEEN).containsAll(expected);
  }

  @Test
  void a_malformed_id_names_the_id_and_the_objective() {
    PlanProblem problem = only(() -> objective("obj-a").ownerUnitId("bad id").build());
    assertThat(problem.getKind()).isEqualTo(PlanProblem.Kind.MALFORMED_ID);
    assertThat(segments(problem)).containsExactly("objectives", "[obj-a]", "ownerUnitId");
    assertThat(problem.getIds()).containsExactly("obj-a", "bad id");
    assertThat(problem.getPath()).isEqualTo("objectives[obj-a].ownerUnitId");
  }

  @Test
  void a_malformed_reference_is_located_in_the_binding() {
    PlanProblem problem = only(() -> IndicatorBinding.of("a|b", "code"));
    assertThat(problem.getKind()).isEqualTo(PlanProblem.Kind.MALFORMED_REFERENCE);
    assertThat(segments(problem)).containsExactly("indicator", "system");
    assertThat(problem.getIds()).isEmpty();
  }

  @Test
  void a_blank_title_is_located_by_the_key_result_id() {
    PlanProblem problem = only(() -> KeyResult.builder().id("kr-1").title(" ")
        .metric(MoveToTarget.of("0", Target.absolute("10"))).build());
    assertThat(problem.getKind()).isEqualTo(PlanProblem.Kind.BLANK_TEXT);
    assertThat(segments(problem)).containsExactly("keyResults", "[kr-1]", "title");
    assertThat(problem.getProblemPath().getSegments().get(1).isElement()).isTrue();
    assertThat(problem.getIds()).containsExactly("kr-1");
  }

  @Test
  void a_control_character_in_the_plan_title_is_at_the_root_property() {
    PlanProblem problem = only(() -> base().title("bad\u0007title").build());
    assertThat(problem.getKind()).isEqualTo(PlanProblem.Kind.CONTROL_CHARACTER);
    assertThat(segments(problem)).containsExactly("title");
    assertThat(problem.getIds()).isEmpty();
  }

  @Test
  void a_value_that_is_not_a_number_has_a_date_key_that_names_no_id() {
    PlanProblem problem = only(() -> CheckIn.of(JAN_1, "8,5"));
    assertThat(problem.getKind()).isEqualTo(PlanProblem.Kind.NOT_A_NUMBER);
    assertThat(segments(problem)).containsExactly("checkIns", "[2026-01-01]", "value");
    assertThat(problem.getProblemPath().getSegments().get(1).getIds()).isEmpty();
    assertThat(problem.getIds()).isEmpty();
  }

  @Test
  void a_weight_out_of_domain_names_both_ends_of_its_link() {
    PlanProblem problem = only(() -> AlignmentLink.of("obj-a", "obj-b", -1, LinkMode.CONTRIBUTES));
    assertThat(problem.getKind()).isEqualTo(PlanProblem.Kind.NUMBER_OUT_OF_DOMAIN);
    assertThat(segments(problem)).containsExactly("links", "[obj-a→obj-b]", "weight");
    assertThat(problem.getIds()).containsExactly("obj-a", "obj-b");
  }

  @Test
  void a_missing_floor_and_ceiling_is_the_metric_itself() {
    PlanProblem problem = only(() -> Guardrail.builder().build());
    assertThat(problem.getKind()).isEqualTo(PlanProblem.Kind.MISSING);
    assertThat(segments(problem)).containsExactly("metric");
  }

  @Test
  void a_done_date_on_an_initiative_not_done_is_not_allowed() {
    PlanProblem problem = only(() -> Initiative.builder().id("ini-1").title("A").doneOn(JAN_1).build());
    assertThat(problem.getKind()).isEqualTo(PlanProblem.Kind.NOT_ALLOWED);
    assertThat(segments(problem)).containsExactly("initiatives", "[ini-1]", "doneOn");
    assertThat(problem.getIds()).containsExactly("ini-1");
  }

  @Test
  void an_empty_range_is_inconsistent() {
    PlanProblem problem = only(() -> Guardrail.builder().low(new BigDecimal("9")).high(new BigDecimal("1")).build());
    assertThat(problem.getKind()).isEqualTo(PlanProblem.Kind.INCONSISTENT);
    assertThat(segments(problem)).containsExactly("metric", "low");
  }

  @Test
  void a_target_equal_to_the_baseline_is_an_invalid_target() {
    PlanProblem problem = only(() -> MoveToTarget.of("5", Target.absolute("5")));
    assertThat(problem.getKind()).isEqualTo(PlanProblem.Kind.INVALID_TARGET);
    assertThat(segments(problem)).containsExactly("metric", "target");
  }

  @Test
  void a_key_result_due_before_its_cycle_names_the_cycle() {
    KeyResult early = KeyResult.builder().from(kr("kr-1")).dueDate(JAN_1.minusDays(1)).build();
    PlanProblem problem = only(() -> base().addObjectives(objective("obj-a").addKeyResults(early).build()).build());
    assertThat(problem.getKind()).isEqualTo(PlanProblem.Kind.DATE_ORDER);
    assertThat(segments(problem)).containsExactly("objectives", "[obj-a]", "keyResults", "[kr-1]", "dueDate");
    assertThat(problem.getIds()).containsExactly("obj-a", "kr-1", "2026");
  }

  @Test
  void an_unknown_owner_unit_names_the_missing_id() {
    PlanProblem problem = only(() -> base().addObjectives(objective("obj-a").ownerUnitId("ghost").build()).build());
    assertThat(problem.getKind()).isEqualTo(PlanProblem.Kind.UNKNOWN_REFERENCE);
    assertThat(segments(problem)).containsExactly("objectives", "[obj-a]", "ownerUnitId");
    assertThat(problem.getIds()).containsExactly("obj-a", "ghost");
  }

  @Test
  void a_pooled_rate_of_a_non_rate_is_a_wrong_reference() {
    KeyResult pooled = KeyResult.builder().id("kr-pool").title("Taux").metric(ComputedMetric.builder()
        .aggregation(Aggregation.POOLED_RATE).sourceIds(List.of("kr-1")).baseline(BigDecimal.ZERO)
        .target(Target.absolute("90")).build()).build();
    PlanProblem problem = only(() -> base()
        .addObjectives(objective("obj-a").addKeyResults(kr("kr-1"), pooled).build()).build());
    assertThat(problem.getKind()).isEqualTo(PlanProblem.Kind.WRONG_REFERENCE);
    assertThat(segments(problem))
        .containsExactly("objectives", "[obj-a]", "keyResults", "[kr-pool]", "metric", "sourceIds", "[kr-1]");
    assertThat(problem.getIds()).containsExactly("obj-a", "kr-pool", "kr-1");
  }

  @Test
  void a_key_result_id_used_twice_names_both_objectives() {
    PlanProblem problem = only(() -> base()
        .addObjectives(objective("obj-a").addKeyResults(kr("kr-1")).build(),
            objective("obj-b").addKeyResults(kr("kr-1")).build())
        .build());
    assertThat(problem.getKind()).isEqualTo(PlanProblem.Kind.DUPLICATE_ID);
    assertThat(segments(problem)).containsExactly("objectives", "[obj-b]", "keyResults", "[kr-1]");
    assertThat(problem.getIds()).containsExactly("obj-b", "kr-1", "obj-a");
  }

  @Test
  void a_framework_code_with_dots_and_colons_stays_one_key_and_names_no_id() {
    FrameworkRef ref = FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "1.1-01", "x");
    PlanProblem problem = only(() -> objective("obj-a").addFrameworkRefs(ref, ref).build());
    assertThat(problem.getKind()).isEqualTo(PlanProblem.Kind.DUPLICATE_ENTRY);
    assertThat(segments(problem)).containsExactly("objectives", "[obj-a]", "frameworkRefs", "[HAS_CERTIFICATION:1.1-01]");
    assertThat(problem.getIds()).containsExactly("obj-a");
  }

  @Test
  void a_self_link_names_its_objective_once() {
    PlanProblem problem = only(() -> AlignmentLink.of("obj-a", "obj-a"));
    assertThat(problem.getKind()).isEqualTo(PlanProblem.Kind.SELF_REFERENCE);
    assertThat(segments(problem)).containsExactly("links", "[obj-a→obj-a]");
    assertThat(problem.getIds()).containsExactly("obj-a");
  }

  @Test
  void an_alignment_cycle_names_every_objective_on_it() {
    PlanProblem problem = only(() -> base()
        .addObjectives(objective("obj-a").build(), objective("obj-b").build(), objective("obj-c").build())
        .addLink("obj-a", "obj-b").addLink("obj-b", "obj-c").addLink("obj-c", "obj-a")
        .build());
    assertThat(problem.getKind()).isEqualTo(PlanProblem.Kind.CYCLE);
    assertThat(problem.getProblemPath().getSegments().get(0).getValue()).isEqualTo("links");
    assertThat(problem.getIds()).containsExactlyInAnyOrder("obj-a", "obj-b", "obj-c");
  }

  @Test
  void a_problem_seen_from_its_container_gains_the_container_path_and_ids() {
    PlanProblem inner = PlanProblem.of(PlanProblem.Kind.BLANK_TEXT, ProblemPath.of("keyResults").element("kr-1").property("title"),
        "is blank");
    PlanProblem outer = inner.under(ProblemPath.of("objectives").element("obj-a"));
    assertThat(outer.getPath()).isEqualTo("objectives[obj-a].keyResults[kr-1].title");
    assertThat(outer.getIds()).containsExactly("obj-a", "kr-1");
    assertThat(outer.getKind()).isEqualTo(PlanProblem.Kind.BLANK_TEXT);
    assertThat(outer.getMessage()).isEqualTo("is blank");
  }
}
