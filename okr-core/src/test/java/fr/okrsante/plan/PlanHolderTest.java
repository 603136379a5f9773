package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The plan holder: versions, compare-and-set, retrying updates and conflicts. */
class PlanHolderTest {

  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  static Plan plan() {
    KeyResult kr = KeyResult.builder().id("kr-1").title("Résultat").metric(MoveToTarget.of("0", Target.absolute("10"))).build();
    Objective objective = Objective.builder().id("obj-1").title("Objectif").ownerUnitId("chu").cycleId("2026")
        .addKeyResults(kr).build();
    return Plan.builder()
        .addUnits(OrgUnit.of("chu", "CHU", UnitKind.ORGANISATION))
        .addCycles(Cycle.of("2026", "2026", JAN_1, LocalDate.of(2026, 12, 31)))
        .addObjectives(objective)
        .build();
  }

  @Test
  void a_new_holder_is_at_version_0() {
    Plan plan = plan();
    VersionedPlan current = PlanHolder.of(plan).current();
    assertThat(current.getVersion()).isZero();
    assertThat(current.getPlan()).isSameAs(plan);
  }

  @Test
  void a_holder_can_resume_at_a_stored_version() {
    assertThat(PlanHolder.of(plan(), 41).current().getVersion()).isEqualTo(41);
  }

  @Test
  void a_negative_version_is_refused() {
    assertThatThrownBy(() -> PlanHolder.of(plan(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void compare_and_set_on_the_current_version_replaces_the_plan_and_raises_the_version_by_one() {
    PlanHolder holder = PlanHolder.of(plan(), 7);
    Plan changed = holder.current().getPlan().withCheckIn("kr-1", CheckIn.of(JAN_1, "3"));
    VersionedPlan result = holder.compareAndSet(7, changed);
    assertThat(result.getVersion()).isEqualTo(8);
    assertThat(result.getPlan()).isSameAs(changed);
    assertThat(holder.current()).isSameAs(result);
  }

  @Test
  void compare_and_set_on_an_old_version_throws_a_conflict_naming_both_versions_and_changes_nothing() {
    PlanHolder holder = PlanHolder.of(plan());
    VersionedPlan before = holder.compareAndSet(0, plan());
    PlanVersionConflictException e = catchThrowableOfType(PlanVersionConflictException.class,
        () -> holder.compareAndSet(0, plan().withCheckIn("kr-1", CheckIn.of(JAN_1, "3"))));
    assertThat(e).isNotNull();
    assertThat(e.getExpectedVersion()).isZero();
    assertThat(e.getActualVersion()).isEqualTo(1);
    assertThat(e).hasMessageContaining("version 1, not 0");
    assertThat(holder.current()).isSameAs(before);
  }

  @Test
  void compare_and_set_on_a_future_version_is_a_conflict_too() {
    PlanHolder holder = PlanHolder.of(plan(), 3);
    assertThatThrownBy(() -> holder.compareAndSet(4, plan()))
        .isInstanceOf(PlanVersionConflictException.class);
    assertThat(holder.current().getVersion()).isEqualTo(3);
  }

  @Test
  void compare_and_set_at_the_largest_version_overflows_loudly() {
    PlanHolder holder = PlanHolder.of(plan(), Long.MAX_VALUE);
    assertThatThrownBy(() -> holder.compareAndSet(Long.MAX_VALUE, plan())).isInstanceOf(ArithmeticException.class);
    assertThat(holder.current().getVersion()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void update_applies_the_change_to_the_current_plan() {
    PlanHolder holder = PlanHolder.of(plan());
    holder.update(p -> p.withCheckIn("kr-1", CheckIn.of(JAN_1, "1")));
    VersionedPlan result = holder.update(p -> p.withCheckIn("kr-1", CheckIn.of(JAN_1.plusDays(1), "2")));
    assertThat(result.getVersion()).isEqualTo(2);
    assertThat(result.getPlan().keyResult("kr-1").orElseThrow().getCheckIns())
        .extracting(CheckIn::getValue).extracting(Object::toString).containsExactly("1", "2");
    assertThat(holder.current()).isSameAs(result);
  }

  @Test
  void update_retries_on_the_newer_plan_when_another_writer_came_in_between() {
    PlanHolder holder = PlanHolder.of(plan());
    AtomicInteger calls = new AtomicInteger();
    VersionedPlan result = holder.update(p -> {
      if (calls.incrementAndGet() == 1) {
        // another writer is faster, once
        holder.checkIn("kr-1", CheckIn.of(JAN_1, "5"));
      }
      return p.withCheckIn("kr-1", CheckIn.of(JAN_1.plusDays(1), "6"));
    });
    assertThat(calls).hasValue(2);
    assertThat(result.getVersion()).isEqualTo(2);
    assertThat(result.getPlan().keyResult("kr-1").orElseThrow().getCheckIns())
        .extracting(CheckIn::getValue).extracting(Object::toString).containsExactly("5", "6");
  }

  @Test
  void a_failing_update_leaves_the_holder_unchanged() {
    PlanHolder holder = PlanHolder.of(plan());
    VersionedPlan before = holder.current();
    assertThatThrownBy(() -> holder.checkIn("kr-unknown", CheckIn.of(JAN_1, "1")))
        .isInstanceOf(UnknownIdException.class);
    assertThatThrownBy(() -> holder.update(p -> p.withLink(AlignmentLink.of("obj-1", "obj-1"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(holder.current()).isSameAs(before);
  }

  @Test
  void an_update_returning_null_is_refused_and_changes_nothing() {
    PlanHolder holder = PlanHolder.of(plan());
    assertThatThrownBy(() -> holder.update(p -> null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("returned null");
    assertThat(holder.current().getVersion()).isZero();
  }

  @Test
  void check_in_adds_the_check_in_and_raises_the_version() {
    PlanHolder holder = PlanHolder.of(plan(), 10);
    VersionedPlan result = holder.checkIn("kr-1", CheckIn.of(JAN_1, "4"));
    assertThat(result.getVersion()).isEqualTo(11);
    assertThat(result.getPlan().keyResult("kr-1").orElseThrow().getCheckIns()).hasSize(1);
  }

  @Test
  void versioned_plans_are_equal_by_plan_and_version_and_print_counts_only() {
    Plan plan = plan();
    assertThat(VersionedPlan.of(plan, 2)).isEqualTo(VersionedPlan.of(plan(), 2))
        .hasSameHashCodeAs(VersionedPlan.of(plan(), 2))
        .isNotEqualTo(VersionedPlan.of(plan, 3))
        .isNotEqualTo(VersionedPlan.of(plan.withCheckIn("kr-1", CheckIn.of(JAN_1, "1")), 2));
    assertThat(VersionedPlan.of(plan, 2).hashCode()).isNotEqualTo(VersionedPlan.of(plan, 3).hashCode());
    assertThat(VersionedPlan.of(plan, 2)).hasToString("VersionedPlan[v2 " + plan + "]");
    assertThat(PlanHolder.of(plan, 2)).hasToString("PlanHolder[VersionedPlan[v2 " + plan + "]]");
  }
}
