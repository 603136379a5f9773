package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Suppressions of review findings, carried by the plan. */
class SuppressionTest {

  private static final Suppression WORKSHOPS = Suppression.of("kr-is-activity", "kr-a", "financé par l'ARS", "p-qualite");
  private static final Suppression CODE = Suppression.of("framework-code-format", "objectives[o]", "code local", "p-1");

  private static Plan.Builder base() {
    return Plan.builder().addUnits(Fixtures.CHU).addCycles(Fixtures.YEAR)
        .addObjectives(Fixtures.objective("o", Fixtures.kr("kr-a", MoveToTarget.of("0", Target.absolute("5")))).build());
  }

  @Test
  void plan_carries_its_suppressions_in_canonical_order() {
    Plan one = base().addSuppressions(WORKSHOPS, CODE).build();
    Plan other = base().addSuppressions(CODE, WORKSHOPS, CODE).build();
    assertThat(one.getSuppressions()).containsExactly(CODE, WORKSHOPS);
    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(one).isNotEqualTo(base().build());
  }

  @Test
  void updates_keep_the_suppressions() {
    Plan plan = base().addSuppressions(WORKSHOPS).build();
    assertThat(plan.withCheckIn("kr-a", CheckIn.of(Fixtures.JAN_1, "1")).getSuppressions()).containsExactly(WORKSHOPS);
    assertThat(plan.withUnit(Fixtures.URGENCES).getSuppressions()).containsExactly(WORKSHOPS);
    assertThat(plan.withObjective(Fixtures.objective("p").build()).getSuppressions()).containsExactly(WORKSHOPS);
    assertThat(plan.toBuilder().build()).isEqualTo(plan);
  }

  @Test
  void restricted_plan_carries_no_suppression_since_a_reason_may_speak_of_hidden_objectives() {
    Plan plan = base().addSuppressions(WORKSHOPS).build();
    assertThat(plan.restrictedTo(List.of("o"), List.of()).getSuppressions()).isEmpty();
  }

  @Test
  void malformed_rule_id_blank_reason_and_bad_author_are_each_reported() {
    assertThatThrownBy(() -> Suppression.of("KR is activity", " ", " ", "p 1"))
        .isInstanceOf(InvalidPlanException.class)
        .satisfies(e -> assertThat(((InvalidPlanException) e).getProblems()).hasSize(4))
        .hasMessageContaining("suppressions[KR is activity].ruleId").hasMessageContaining("suppressions[KR is activity].target")
        .hasMessageContaining("suppressions[KR is activity].reason").hasMessageContaining("suppressions[KR is activity].authorId");
  }

  @Test
  void target_with_a_control_character_is_refused() {
    assertThatThrownBy(() -> Suppression.of("kr-is-activity", "kr-a\u202e", "raison", "p-1"))
        .isInstanceOf(InvalidPlanException.class).hasMessageContaining("suppressions[kr-is-activity].target");
  }

  @Test
  void host_rule_ids_with_dots_are_accepted() {
    assertThat(Suppression.of("host.indicator-in-title", "kr-a", "raison", "p-1").getRuleId()).isEqualTo("host.indicator-in-title");
  }
}
