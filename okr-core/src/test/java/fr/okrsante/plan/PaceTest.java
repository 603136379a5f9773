package fr.okrsante.plan;

import static fr.okrsante.plan.Fixtures.at;
import static fr.okrsante.plan.Fixtures.day;
import static fr.okrsante.plan.Fixtures.objective;
import static fr.okrsante.plan.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Expected pace and status (DESIGN §4.2). */
class PaceTest {

  // A key result over 100 days, so that day n is exactly n % of the period: Jan 1 → Apr 11.
  private static KeyResult hundredDays(String value, String observed) {
    return KeyResult.builder().id("k").title("K").metric(MoveToTarget.of("0", Target.absolute("100")))
        .startDate(day("2026-01-01")).dueDate(day("2026-04-11"))
        .addCheckIns(at(observed, value)).build();
  }

  private static KeyResultProgress halfway(String value) {
    // Day 50 of 100: expected 0.5.
    return Evaluation.of(plan(objective("o", hundredDays(value, "2026-02-01")).build()), day("2026-02-20")).keyResult("k");
  }

  @Test
  void expected_progress_is_linear_in_days_from_start_to_due() {
    assertThat(Pace.linear(day("2026-01-01"), day("2026-04-11"), day("2026-01-01"))).isZero();
    assertThat(Pace.linear(day("2026-01-01"), day("2026-04-11"), day("2026-02-20"))).isEqualTo(0.5);
    assertThat(Pace.linear(day("2026-01-01"), day("2026-04-11"), day("2026-04-11"))).isEqualTo(1.0);
    assertThat(Pace.linear(day("2026-01-01"), day("2026-04-11"), day("2025-12-31"))).isZero();
    assertThat(Pace.linear(day("2026-01-01"), day("2026-04-11"), day("2027-01-01"))).isEqualTo(1.0);
  }

  @Test
  void a_one_day_period_expects_one_from_its_day() {
    assertThat(Pace.linear(day("2026-03-01"), day("2026-03-01"), day("2026-03-01"))).isEqualTo(1.0);
    assertThat(Pace.linear(day("2026-03-01"), day("2026-03-01"), day("2026-02-28"))).isZero();
  }

  @Test
  void halfway_actual_two_tenths_is_at_risk() {
    assertThat(halfway("20").getComputedStatus()).isEqualTo(Status.AT_RISK);
  }

  @Test
  void halfway_actual_four_tenths_is_behind() {
    assertThat(halfway("40").getComputedStatus()).isEqualTo(Status.BEHIND);
  }

  @Test
  void halfway_actual_fifty_five_hundredths_is_on_track() {
    assertThat(halfway("55").getComputedStatus()).isEqualTo(Status.ON_TRACK);
  }

  @ParameterizedTest(name = "actual {0} against expected 0.5 → {1}")
  @CsvSource({
      "50, ON_TRACK",    // shortfall 0
      "25, BEHIND",      // shortfall exactly 0.25: at most the threshold
      "24.9, AT_RISK",   // shortfall 0.251
      "100, ACHIEVED",
      "120, ACHIEVED",
      "-10, AT_RISK"})
  void status_boundaries(String value, Status expected) {
    assertThat(halfway(value).getComputedStatus()).isEqualTo(expected);
  }

  @Test
  void before_the_start_date_is_not_started() {
    KeyResultProgress p = Evaluation.of(plan(objective("o", hundredDays("10", "2025-12-01")).build()), day("2025-12-15"))
        .keyResult("k");
    assertThat(p.getComputedStatus()).isEqualTo(Status.NOT_STARTED);
  }

  @Test
  void behind_threshold_is_a_setting() {
    Plan plan = plan(objective("o", hundredDays("40", "2026-02-01")).build());
    Evaluator strict = Evaluator.of(EvaluationSettings.defaults().withBehindThreshold(0.05), RollupStrategies.standard());
    assertThat(strict.evaluate(plan, day("2026-02-20")).keyResult("k").getComputedStatus()).isEqualTo(Status.AT_RISK);
    assertThatThrownBy(() -> EvaluationSettings.defaults().withBehindThreshold(1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
  }

  @Test
  void phased_curve_interpolates_between_waypoints() {
    // Quarterly waypoints: 0.1 by Mar 31, 0.5 by Jun 30, 0.8 by Sep 30, then 1 by Dec 31.
    List<Waypoint> curve = List.of(Waypoint.of(day("2026-03-31"), 0.1), Waypoint.of(day("2026-06-30"), 0.5),
        Waypoint.of(day("2026-09-30"), 0.8));
    assertThat(Pace.expected(day("2026-01-01"), day("2026-12-31"), curve, day("2026-03-31"))).isCloseTo(0.1, within(1e-12));
    assertThat(Pace.expected(day("2026-01-01"), day("2026-12-31"), curve, day("2026-06-30"))).isCloseTo(0.5, within(1e-12));
    // May 15 is 45 of the 91 days from Mar 31 to Jun 30.
    assertThat(Pace.expected(day("2026-01-01"), day("2026-12-31"), curve, day("2026-05-15")))
        .isCloseTo(0.1 + 0.4 * 45 / 91, within(1e-12));
    // Nov 15 is 46 of the 92 days from Sep 30 to Dec 31.
    assertThat(Pace.expected(day("2026-01-01"), day("2026-12-31"), curve, day("2026-11-15")))
        .isCloseTo(0.8 + 0.2 * 46 / 92, within(1e-12));
    assertThat(Pace.expected(day("2026-01-01"), day("2026-12-31"), curve, day("2026-12-31"))).isEqualTo(1.0);
  }

  @Test
  void phased_curve_changes_the_status() {
    KeyResult kr = KeyResult.builder().id("k").title("K").metric(MoveToTarget.of("0", Target.absolute("100")))
        .addWaypoints(Waypoint.of(day("2026-06-30"), 0.1)).addCheckIns(at("2026-06-01", "12")).build();
    // Linear would expect ~0.5 on Jun 30 (at risk); the phased curve expects 0.1 (on track).
    assertThat(Evaluation.of(plan(objective("o", kr).build()), day("2026-06-30")).keyResult("k").getComputedStatus())
        .isEqualTo(Status.ON_TRACK);
  }

  @Test
  void an_override_keeps_who_when_why_and_the_computed_status() {
    StatusOverride override = StatusOverride.of(Status.ON_TRACK, "p-4821", Instant.parse("2026-02-21T10:00:00Z"),
        "Données retardées par la migration du DPI");
    KeyResult kr = KeyResult.builder().from(hundredDays("20", "2026-02-01")).statusOverride(override).build();
    KeyResultProgress p = Evaluation.of(plan(objective("o", kr).build()), day("2026-02-20")).keyResult("k");
    assertThat(p.getStatus()).isEqualTo(Status.ON_TRACK);
    assertThat(p.getComputedStatus()).isEqualTo(Status.AT_RISK);
    assertThat(p.getOverride()).hasValue(override);
  }
}
