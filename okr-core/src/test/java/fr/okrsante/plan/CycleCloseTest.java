package fr.okrsante.plan;

import static fr.okrsante.plan.Fixtures.at;
import static fr.okrsante.plan.Fixtures.day;
import static fr.okrsante.plan.Fixtures.kr;
import static fr.okrsante.plan.Fixtures.objective;
import static fr.okrsante.plan.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Closing a cycle (DESIGN §4.3). */
class CycleCloseTest {

  private static final MoveToTarget ZERO_TO_HUNDRED = MoveToTarget.of("0", Target.absolute("100"));
  private static final Instant CLOSED = Instant.parse("2027-01-10T09:00:00Z");

  @ParameterizedTest(name = "{0} scoring {1} → {2}")
  @CsvSource({
      "ASPIRATIONAL, 0.0, RED",
      "ASPIRATIONAL, 0.39, RED",
      "ASPIRATIONAL, 0.4, YELLOW",
      "ASPIRATIONAL, 0.69, YELLOW",
      "ASPIRATIONAL, 0.7, GREEN",
      "ASPIRATIONAL, 1.0, GREEN",
      "COMMITTED, 0.5, RED",
      "COMMITTED, 0.6, YELLOW",
      "COMMITTED, 0.99, YELLOW",
      "COMMITTED, 1.0, GREEN"})
  void bands_are_judged_against_the_objective_kind(ObjectiveKind kind, double score, ScoreBand band) {
    assertThat(ScoreBand.of(score, kind == ObjectiveKind.COMMITTED)).isEqualTo(band);
  }

  private static Plan year(ObjectiveKind kind, String value) {
    return plan(objective("o", kr("k", ZERO_TO_HUNDRED, at("2026-12-15", value))).kind(kind).build());
  }

  @Test
  void an_aspirational_objective_at_seven_tenths_is_achieved() {
    CycleClose close = CycleClose.close(year(ObjectiveKind.ASPIRATIONAL, "70"), "2026", CLOSED);
    assertThat(close.score("o").getValue()).isEqualTo(0.7);
    assertThat(close.score("o").getStatus()).isEqualTo(ClosingStatus.ACHIEVED);
  }

  @Test
  void a_committed_objective_at_seven_tenths_is_partial() {
    CycleClose close = CycleClose.close(year(ObjectiveKind.COMMITTED, "70"), "2026", CLOSED);
    assertThat(close.score("o").getBand()).isEqualTo(ScoreBand.YELLOW);
    assertThat(close.score("o").getStatus()).isEqualTo(ClosingStatus.PARTIAL);
    assertThat(close.score("k").getStatus()).isEqualTo(ClosingStatus.PARTIAL);
  }

  @Test
  void scores_are_capped_between_zero_and_one() {
    assertThat(CycleClose.close(year(ObjectiveKind.COMMITTED, "130"), "2026", CLOSED).score("k").getValue()).isEqualTo(1.0);
    CycleClose regression = CycleClose.close(year(ObjectiveKind.COMMITTED, "-20"), "2026", CLOSED);
    assertThat(regression.score("k").getValue()).isZero();
    assertThat(regression.score("k").getStatus()).isEqualTo(ClosingStatus.MISSED);
  }

  @Test
  void cancelled_objectives_are_dropped() {
    Plan plan = plan(objective("o", kr("k", ZERO_TO_HUNDRED, at("2026-12-15", "90"))).lifecycle(Lifecycle.CANCELLED).build());
    assertThat(CycleClose.close(plan, "2026", CLOSED).score("o").getStatus()).isEqualTo(ClosingStatus.DROPPED);
  }

  @Test
  void closing_marks_the_cycle_and_its_objectives() {
    Plan closed = CycleClose.close(year(ObjectiveKind.COMMITTED, "70"), "2026", CLOSED).getClosedPlan();
    assertThat(closed.cycle("2026").orElseThrow().getClosedAt()).hasValue(CLOSED);
    assertThat(closed.objective("o").orElseThrow().getLifecycle()).isEqualTo(Lifecycle.CLOSED);
  }

  @Test
  void check_ins_recorded_after_the_close_are_kept_and_flagged_late() {
    Plan closed = CycleClose.close(year(ObjectiveKind.COMMITTED, "70"), "2026", CLOSED).getClosedPlan();
    Plan late = closed.withCheckIn("k", CheckIn.builder().observedOn(day("2026-12-31")).value(new BigDecimal("80"))
        .recordedAt(Instant.parse("2027-01-15T08:00:00Z")).build());
    KeyResultProgress progress = Evaluation.of(late, day("2026-12-31")).keyResult("k");
    assertThat(progress.getLateCheckIns()).isEqualTo(1);
    assertThat(late.keyResult("k").orElseThrow().getCheckIns()).hasSize(2);
  }

  @Test
  void closing_an_unknown_cycle_is_refused() {
    assertThatThrownBy(() -> CycleClose.close(year(ObjectiveKind.COMMITTED, "70"), "2030", CLOSED))
        .isInstanceOf(UnknownIdException.class).hasMessageContaining("'2030'");
  }
}
