package fr.okrsante.plan;

import static fr.okrsante.plan.Fixtures.at;
import static fr.okrsante.plan.Fixtures.day;
import static fr.okrsante.plan.Fixtures.kr;
import static fr.okrsante.plan.Fixtures.objective;
import static fr.okrsante.plan.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Hand-computed examples for every key-result formula (DESIGN §4.1). */
class KeyResultMathTest {

  private static KeyResultProgress evaluate(Plan plan, String krId, String asOf) {
    return Evaluation.of(plan, day(asOf)).keyResult(krId);
  }

  private static Plan single(KeyResult kr) {
    return plan(objective("o", kr).build());
  }

  @Nested
  class MoveToTargetTest {

    // Waiting time at the emergency department: baseline 240 min, "réduire de 20 %" → 192.
    private final MoveToTarget waitingTime = MoveToTarget.of("240", Target.reduceBy(20));

    @Test
    void relative_reduction_resolves_against_the_baseline() {
      KeyResultProgress p = evaluate(single(kr("attente", waitingTime, at("2026-06-30", "216"))), "attente", "2026-07-01");
      assertThat(p.getTarget()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("192"));
    }

    @Test
    void decrease_halfway_gives_one_half() {
      KeyResultProgress p = evaluate(single(kr("attente", waitingTime, at("2026-06-30", "216"))), "attente", "2026-07-01");
      assertThat(p.getProgress()).hasValue(0.5);
      assertThat(p.getCountedProgress()).isEqualTo(0.5);
      assertThat(p.isRegression()).isFalse();
    }

    @Test
    void decrease_target_counts_regression_as_zero() {
      KeyResultProgress p = evaluate(single(kr("attente", waitingTime, at("2026-06-30", "250"))), "attente", "2026-07-01");
      assertThat(p.getProgress().getAsDouble()).as("(250 − 240) / (192 − 240)").isCloseTo(-10.0 / 48, within(1e-12));
      assertThat(p.getCountedProgress()).isZero();
      assertThat(p.isRegression()).isTrue();
    }

    @Test
    void decrease_overachievement_is_kept_raw_and_counted_as_one() {
      KeyResultProgress p = evaluate(single(kr("attente", waitingTime, at("2026-06-30", "180"))), "attente", "2026-07-01");
      assertThat(p.getProgress()).hasValue(1.25);
      assertThat(p.getCountedProgress()).isEqualTo(1.0);
      assertThat(p.getComputedStatus()).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void overachievement_counts_above_one_when_the_objective_does_not_cap() {
      Plan plan = plan(objective("o", kr("attente", waitingTime, at("2026-06-30", "180")))
          .rollup(RollupSettings.builder().capOverachievement(false).build()).build());
      assertThat(evaluate(plan, "attente", "2026-07-01").getCountedProgress()).isEqualTo(1.25);
      assertThat(Evaluation.of(plan, day("2026-07-01")).objective("o").getProgress()).hasValue(1.25);
    }

    @Test
    void increase_with_absolute_target() {
      // Train 40 % → 90 % of staff; 65 % observed: (65 − 40) / (90 − 40) = 0.5.
      MoveToTarget training = MoveToTarget.of("40", Target.absolute("90"));
      assertThat(evaluate(single(kr("f", training, at("2026-06-30", "65"))), "f", "2026-07-01").getProgress()).hasValue(0.5);
    }

    @Test
    void increase_by_twenty_percent_resolves_to_times_one_point_two() {
      // Screening participation +20 %: 50 → 60; 55 observed gives 0.5.
      MoveToTarget screening = MoveToTarget.of("50", Target.increaseBy(20));
      KeyResultProgress p = evaluate(single(kr("d", screening, at("2026-06-30", "55"))), "d", "2026-07-01");
      assertThat(p.getTarget()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("60"));
      assertThat(p.getProgress()).hasValue(0.5);
    }

    @Test
    void unknown_baseline_is_set_by_the_first_final_check_in() {
      MoveToTarget find = MoveToTarget.unknownBaseline(Target.reduceBy(10));
      CheckIn provisional = CheckIn.builder().observedOn(day("2026-01-15")).value(new BigDecimal("300"))
          .status(CheckInStatus.PROVISIONAL).build();
      Plan plan = single(kr("x", find, provisional, at("2026-02-01", "200"), at("2026-06-30", "190")));
      KeyResultProgress p = evaluate(plan, "x", "2026-07-01");
      assertThat(p.getBaseline()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("200"));
      assertThat(p.getTarget()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("180"));
      assertThat(p.getProgress()).hasValue(0.5);
    }

    @Test
    void unknown_baseline_without_a_final_check_in_has_no_data() {
      MoveToTarget find = MoveToTarget.unknownBaseline(Target.reduceBy(10));
      CheckIn provisional = CheckIn.builder().observedOn(day("2026-01-15")).value(new BigDecimal("300"))
          .status(CheckInStatus.PROVISIONAL).build();
      KeyResultProgress p = evaluate(single(kr("x", find, provisional)), "x", "2026-07-01");
      assertThat(p.hasData()).isFalse();
      assertThat(p.getComputedStatus()).isEqualTo(Status.NO_DATA);
      assertThat(p.getCurrentValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("300"));
    }

    @Test
    void count_of_done_initiatives_moves_the_value() {
      // "Organiser au moins cinq ateliers": 3 done of 5 → 0.6.
      KeyResult workshops = KeyResult.builder().id("ateliers").title("Cinq ateliers")
          .metric(MoveToTarget.countOfInitiativesDone(5)).build();
      Plan.Builder builder = Plan.builder().addUnits(Fixtures.CHU).addCycles(Fixtures.YEAR)
          .addObjectives(objective("o", workshops).build());
      for (int i = 1; i <= 4; i++) {
        builder.addInitiatives(Initiative.builder().id("atelier-" + i).title("Atelier " + i)
            .state(i <= 3 ? InitiativeState.DONE : InitiativeState.IN_PROGRESS).addKeyResultIds("ateliers").build());
      }
      KeyResultProgress p = evaluate(builder.build(), "ateliers", "2026-07-01");
      assertThat(p.getCurrentValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
      assertThat(p.getProgress().getAsDouble()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void initiatives_done_after_the_date_do_not_count_yet() {
      KeyResult workshops = KeyResult.builder().id("ateliers").title("Cinq ateliers")
          .metric(MoveToTarget.countOfInitiativesDone(5)).build();
      Plan plan = Plan.builder().addUnits(Fixtures.CHU).addCycles(Fixtures.YEAR)
          .addObjectives(objective("o", workshops).build())
          .addInitiatives(Initiative.builder().id("a1").title("A1").state(InitiativeState.DONE).doneOn(day("2026-03-01"))
              .addKeyResultIds("ateliers").build(),
              Initiative.builder().id("a2").title("A2").state(InitiativeState.DONE).doneOn(day("2026-09-01"))
                  .addKeyResultIds("ateliers").build())
          .build();
      assertThat(evaluate(plan, "ateliers", "2026-07-01").getProgress().getAsDouble()).isCloseTo(0.2, within(1e-12));
      assertThat(evaluate(plan, "ateliers", "2026-10-01").getProgress().getAsDouble()).isCloseTo(0.4, within(1e-12));
    }
  }

  @Nested
  class RateTest {

    @Test
    void rate_progress_uses_numerator_over_denominator() {
      // EIG analysed within 30 days: 60 % → 100 %; 16 of 20 = 80 % → (80 − 60) / 40 = 0.5.
      KeyResultProgress p = evaluate(single(kr("eig", Rate.ofPercent("60", "100"), CheckIn.ofRate(day("2026-06-30"), 16, 20))),
          "eig", "2026-07-01");
      assertThat(p.getCurrentValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("80"));
      assertThat(p.getProgress()).hasValue(0.5);
    }

    @Test
    void pooled_rate_sums_numerators_and_denominators_not_percentages() {
      // Service A 8/10, service B 1/2 → 9/12 = 75 %, not the mean of 80 % and 50 % (65 %).
      KeyResult a = kr("a", Rate.ofPercent("50", "100"), CheckIn.ofRate(day("2026-06-30"), 8, 10));
      KeyResult b = kr("b", Rate.ofPercent("50", "100"), CheckIn.ofRate(day("2026-06-30"), 1, 2));
      KeyResult pooled = kr("cpts", ComputedMetric.builder().addSourceIds("a", "b").aggregation(Aggregation.POOLED_RATE)
          .baseline(new BigDecimal("50")).target(Target.absolute("100")).build());
      KeyResultProgress p = evaluate(plan(objective("o", a, b, pooled).build()), "cpts", "2026-07-01");
      assertThat(p.getCurrentValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("75"));
      assertThat(p.getNumerator()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("9"));
      assertThat(p.getDenominator()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12"));
      assertThat(p.getProgress()).hasValue(0.5);
    }
  }

  @Nested
  class ComputedTest {

    private Plan withSources(Aggregation aggregation, String baseline, String target) {
      KeyResult a = kr("a", MoveToTarget.of("0", Target.absolute("100")), at("2026-06-30", "10"));
      KeyResult b = kr("b", MoveToTarget.of("0", Target.absolute("100")), at("2026-06-30", "30"));
      KeyResult c = kr("c", MoveToTarget.of("0", Target.absolute("100")));
      KeyResult computed = kr("x", ComputedMetric.builder().addSourceIds("a", "b", "c").aggregation(aggregation)
          .baseline(new BigDecimal(baseline)).target(Target.absolute(target)).build());
      return plan(objective("o", a, b, c, computed).build());
    }

    @Test
    void sum_of_sources_with_data() {
      KeyResultProgress p = evaluate(withSources(Aggregation.SUM, "0", "80"), "x", "2026-07-01");
      assertThat(p.getCurrentValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("40"));
      assertThat(p.getProgress()).hasValue(0.5);
    }

    @Test
    void mean_min_and_max_of_sources_with_data() {
      assertThat(evaluate(withSources(Aggregation.MEAN, "0", "40"), "x", "2026-07-01").getCurrentValue())
          .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("20"));
      assertThat(evaluate(withSources(Aggregation.MIN, "0", "40"), "x", "2026-07-01").getCurrentValue())
          .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));
      assertThat(evaluate(withSources(Aggregation.MAX, "0", "40"), "x", "2026-07-01").getProgress()).hasValue(0.75);
    }

    @Test
    void computed_without_any_source_data_has_no_data() {
      KeyResultProgress p = evaluate(withSources(Aggregation.SUM, "0", "80"), "x", "2026-06-01");
      assertThat(p.hasData()).isFalse();
      assertThat(p.getComputedStatus()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void computed_from_computed_follows_the_chain() {
      KeyResult a = kr("a", MoveToTarget.of("0", Target.absolute("100")), at("2026-06-30", "10"));
      KeyResult mid = kr("mid", ComputedMetric.builder().addSourceIds("a").aggregation(Aggregation.SUM)
          .baseline(BigDecimal.ZERO).target(Target.absolute("100")).build());
      KeyResult top = kr("top", ComputedMetric.builder().addSourceIds("mid").aggregation(Aggregation.SUM)
          .baseline(BigDecimal.ZERO).target(Target.absolute("20")).build());
      assertThat(evaluate(plan(objective("o", top, mid, a).build()), "top", "2026-07-01").getProgress()).hasValue(0.5);
    }
  }

  @Nested
  class GuardrailTest {

    private Plan satisfaction(CheckIn... checkIns) {
      KeyResult kr = KeyResult.builder().id("satisfaction").title("Satisfaction ≥ 85 %")
          .metric(Guardrail.atOrAbove(new BigDecimal("85"))).startDate(day("2026-01-01")).dueDate(day("2026-01-31"))
          .addCheckIns(checkIns).build();
      return single(kr);
    }

    @Test
    void the_limit_itself_is_met() {
      assertThat(Guardrail.atOrAbove(new BigDecimal("85")).isMet(new BigDecimal("85"))).isTrue();
      assertThat(Guardrail.atOrBelow(new BigDecimal("95")).isMet(new BigDecimal("95"))).isTrue();
      Guardrail occupancy = Guardrail.within(new BigDecimal("85"), new BigDecimal("95"));
      assertThat(occupancy.isMet(new BigDecimal("85"))).isTrue();
      assertThat(occupancy.isMet(new BigDecimal("95"))).isTrue();
      assertThat(occupancy.isMet(new BigDecimal("95.01"))).isFalse();
      assertThat(occupancy.isMet(new BigDecimal("84.99"))).isFalse();
    }

    @Test
    void progress_is_the_share_of_days_in_the_band() {
      // Jan 1–10 at 90 (in), Jan 11–20 at 80 (out), Jan 21–31 at 85 (in, the limit): 21 of 31 days.
      Plan plan = satisfaction(at("2026-01-01", "90"), at("2026-01-11", "80"), at("2026-01-21", "85"));
      KeyResultProgress p = evaluate(plan, "satisfaction", "2026-01-31");
      assertThat(p.getProgress().getAsDouble()).isCloseTo(21.0 / 31, within(1e-12));
    }

    @Test
    void each_value_holds_until_the_next_check_in_up_to_the_date() {
      // As of Jan 15: Jan 1–10 in, Jan 11–15 out: 10 of 15 days.
      Plan plan = satisfaction(at("2026-01-01", "90"), at("2026-01-11", "80"), at("2026-01-21", "85"));
      assertThat(evaluate(plan, "satisfaction", "2026-01-15").getProgress().getAsDouble()).isCloseTo(10.0 / 15, within(1e-12));
    }

    @Test
    void days_before_the_first_observation_are_not_counted() {
      // First value on Jan 11 (out), then Jan 21 (in): Jan 11–20 out, Jan 21–31 in: 11 of 21 days.
      Plan plan = satisfaction(at("2026-01-11", "80"), at("2026-01-21", "86"));
      assertThat(evaluate(plan, "satisfaction", "2026-01-31").getProgress().getAsDouble()).isCloseTo(11.0 / 21, within(1e-12));
    }

    @Test
    void days_in_band_do_not_depend_on_the_order_check_ins_were_added() {
      CheckIn first = at("2026-01-01", "90");
      CheckIn second = at("2026-01-11", "80");
      CheckIn third = at("2026-01-21", "85");
      double inOrder = evaluate(satisfaction(first, second, third), "satisfaction", "2026-01-31").getProgress().getAsDouble();
      double reversed = evaluate(satisfaction(third, second, first), "satisfaction", "2026-01-31").getProgress().getAsDouble();
      double mixed = evaluate(satisfaction(second, third, first), "satisfaction", "2026-01-31").getProgress().getAsDouble();
      assertThat(inOrder).as("21 of 31 days").isCloseTo(21.0 / 31, within(1e-12));
      assertThat(reversed).isEqualTo(inOrder);
      assertThat(mixed).isEqualTo(inOrder);
    }

    @Test
    void two_check_ins_on_one_day_count_the_one_in_effect_and_later_ones_wait() {
      // Jan 11: 80 then a correction to 90 recorded later the same day; Jan 25 (after the date) is ignored.
      CheckIn early = CheckIn.builder().observedOn(day("2026-01-11")).value(new BigDecimal("80"))
          .recordedAt(Instant.parse("2026-01-11T08:00:00Z")).build();
      CheckIn corrected = CheckIn.builder().observedOn(day("2026-01-11")).value(new BigDecimal("90"))
          .recordedAt(Instant.parse("2026-01-11T09:00:00Z")).build();
      Plan plan = satisfaction(at("2026-01-01", "70"), early, corrected, at("2026-01-25", "10"));
      // Jan 1–10 at 70 (out), Jan 11–20 at 90 (in): 10 of 20 days.
      assertThat(evaluate(plan, "satisfaction", "2026-01-20").getProgress().getAsDouble()).isCloseTo(10.0 / 20, within(1e-12));
    }

    @Test
    void a_guardrail_always_in_band_is_on_track_then_achieved_at_its_due_date() {
      Plan plan = satisfaction(at("2026-01-01", "90"));
      assertThat(evaluate(plan, "satisfaction", "2026-01-15").getComputedStatus()).isEqualTo(Status.ON_TRACK);
      assertThat(evaluate(plan, "satisfaction", "2026-01-31").getComputedStatus()).isEqualTo(Status.ACHIEVED);
    }
  }

  @Nested
  class MilestoneTest {

    @Test
    void milestone_is_one_once_done() {
      Plan plan = single(kr("m", Milestone.doneOrNot(), at("2026-03-01", "0"), at("2026-05-01", "1")));
      assertThat(evaluate(plan, "m", "2026-04-01").getProgress()).hasValue(0.0);
      assertThat(evaluate(plan, "m", "2026-05-01").getProgress()).hasValue(1.0);
    }

    @Test
    void milestone_from_initiatives_is_the_weighted_share_done_cancelled_left_out() {
      KeyResult m = KeyResult.builder().id("m").title("Plan de prévention des chutes").metric(Milestone.fromInitiatives()).build();
      Plan plan = Plan.builder().addUnits(Fixtures.CHU).addCycles(Fixtures.YEAR).addObjectives(objective("o", m).build())
          .addInitiatives(
              Initiative.builder().id("i1").title("Audit").weight(2).state(InitiativeState.DONE).addKeyResultIds("m").build(),
              Initiative.builder().id("i2").title("Formation").weight(1).state(InitiativeState.IN_PROGRESS).addKeyResultIds("m").build(),
              Initiative.builder().id("i3").title("Matériel").weight(1).state(InitiativeState.PLANNED).addKeyResultIds("m").build(),
              Initiative.builder().id("i4").title("Abandonné").weight(5).state(InitiativeState.CANCELLED).addKeyResultIds("m").build())
          .build();
      assertThat(evaluate(plan, "m", "2026-07-01").getProgress()).hasValue(0.5);
    }
  }

  @Nested
  class AsOfTest {

    @Test
    void later_check_ins_are_ignored() {
      MoveToTarget move = MoveToTarget.of("0", Target.absolute("100"));
      Plan plan = single(kr("k", move, at("2026-03-01", "20"), at("2026-09-01", "80")));
      assertThat(evaluate(plan, "k", "2026-08-31").getProgress()).hasValue(0.2);
      assertThat(evaluate(plan, "k", "2026-09-01").getProgress()).hasValue(0.8);
    }

    @Test
    void no_check_in_yet_is_no_data_not_zero() {
      MoveToTarget move = MoveToTarget.of("0", Target.absolute("100"));
      KeyResultProgress p = evaluate(single(kr("k", move, at("2026-09-01", "80"))), "k", "2026-08-01");
      assertThat(p.hasData()).isFalse();
      assertThat(p.getProgress()).isEmpty();
      assertThat(p.getComputedStatus()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void on_the_same_day_final_beats_provisional_then_latest_recorded() {
      MoveToTarget move = MoveToTarget.of("0", Target.absolute("100"));
      LocalDate d = day("2026-06-30");
      CheckIn finalEarly = CheckIn.builder().observedOn(d).value(new BigDecimal("30")).recordedAt(Instant.parse("2026-07-01T08:00:00Z")).build();
      CheckIn provisionalLate = CheckIn.builder().observedOn(d).value(new BigDecimal("90")).status(CheckInStatus.PROVISIONAL)
          .recordedAt(Instant.parse("2026-07-02T08:00:00Z")).build();
      CheckIn correction = CheckIn.builder().observedOn(d).value(new BigDecimal("40")).recordedAt(Instant.parse("2026-07-03T08:00:00Z")).build();
      assertThat(evaluate(single(kr("k", move, provisionalLate, finalEarly)), "k", "2026-07-05").getProgress()).hasValue(0.3);
      assertThat(evaluate(single(kr("k", move, correction, provisionalLate, finalEarly)), "k", "2026-07-05").getProgress()).hasValue(0.4);
    }

    @Test
    void stale_when_the_latest_check_in_is_older_than_the_cadence() {
      KeyResult monthly = KeyResult.builder().id("k").title("Mensuel").metric(MoveToTarget.of("0", Target.absolute("100")))
          .cadence(Period.ofMonths(1)).addCheckIns(at("2026-03-01", "20")).build();
      assertThat(evaluate(single(monthly), "k", "2026-04-01").isStale()).isFalse();
      assertThat(evaluate(single(monthly), "k", "2026-04-02").isStale()).isTrue();
    }
  }

  @Nested
  class OrderTest {

    @Test
    void results_do_not_depend_on_check_in_order() {
      MoveToTarget move = MoveToTarget.of("0", Target.absolute("100"));
      List<CheckIn> checkIns = List.of(at("2026-03-01", "20"), at("2026-05-01", "50"), at("2026-04-01", "30"));
      KeyResultProgress forward = evaluate(single(kr("k", move, checkIns.get(0), checkIns.get(1), checkIns.get(2))), "k", "2026-07-01");
      KeyResultProgress backward = evaluate(single(kr("k", move, checkIns.get(2), checkIns.get(1), checkIns.get(0))), "k", "2026-07-01");
      assertThat(forward.getProgress()).isEqualTo(backward.getProgress()).hasValue(0.5);
    }
  }
}
