package fr.okrsante.plan;

import static fr.okrsante.plan.Fixtures.at;
import static fr.okrsante.plan.Fixtures.day;
import static fr.okrsante.plan.Fixtures.kr;
import static fr.okrsante.plan.Fixtures.objective;
import static fr.okrsante.plan.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The numbers a plan may hold (okr-core's {@code NumberDomain}): decimals of at most 15 significant
 * digits and 6 decimals, weights from 0 to 10^6 with at most 6 decimals. Within them the maths
 * stays finite and exact enough; outside them every factory refuses with the value and the bound.
 */
class NumberDomainTest {

  private static final LocalDate MARCH_1 = day("2026-03-01");
  private static final MoveToTarget ZERO_TO_HUNDRED = MoveToTarget.of("0", Target.absolute("100"));

  private static PlanProblem refused(ThrowingCallable call) {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, call);
    assertThat(e).as("expected an InvalidPlanException").isNotNull();
    assertThat(e.getProblems()).hasSize(1);
    return e.getProblems().get(0);
  }

  // ---------------------------------------------------------------- the three symptoms

  @Test
  void weights_beyond_a_million_are_refused_so_a_sum_of_weights_never_overflows_to_infinity() {
    // Two key results of weight Double.MAX_VALUE summed to Infinity: the objective's progress was NaN.
    PlanProblem problem = refused(() -> kr("a", Double.MAX_VALUE, ZERO_TO_HUNDRED, at("2026-03-01", "100")));
    assertThat(problem.getPath()).isEqualTo("keyResults[a].weight");
    assertThat(problem.getMessage()).contains("1.7976931348623157E308").contains("from 0 to 1000000");
    // at the bound: (10^6 × 1 + 10^6 × 1 + 10^6 × 0) / (3 × 10^6) = 2/3
    Plan plan = plan(objective("o",
        kr("a", 1_000_000, ZERO_TO_HUNDRED, at("2026-03-01", "100")),
        kr("b", 1_000_000, ZERO_TO_HUNDRED, at("2026-03-01", "100")),
        kr("c", 1_000_000, ZERO_TO_HUNDRED, at("2026-03-01", "0"))).build());
    assertThat(Evaluation.of(plan, MARCH_1).objective("o").getProgress().getAsDouble())
        .as("objective progress at the largest weights").isCloseTo(2.0 / 3, within(1e-15));
  }

  @Test
  void a_subnormal_weight_is_refused_so_67_percent_never_rounds_to_100() {
    // weight 4.9E-324 × progress 0.67 rounded to 4.9E-324 itself: the objective showed 100 %.
    PlanProblem problem = refused(() -> kr("a", Double.MIN_VALUE, ZERO_TO_HUNDRED, at("2026-03-01", "67")));
    assertThat(problem.getPath()).isEqualTo("keyResults[a].weight");
    assertThat(problem.getMessage()).contains("4.9E-324").contains("at most 6 decimals");
    // the smallest non-zero weight keeps 67 % at 67 %
    Plan plan = plan(objective("o", kr("a", 0.000001, ZERO_TO_HUNDRED, at("2026-03-01", "67"))).build());
    assertThat(Evaluation.of(plan, MARCH_1).objective("o").getProgress().getAsDouble())
        .as("objective progress with weight 10^-6").isCloseTo(0.67, within(1e-15));
  }

  @Test
  void a_target_of_absurd_magnitude_is_refused_so_no_progress_is_infinite() {
    // 1E+300 from 0 towards 1E-300 gave an infinite progress, printed as 9223372036854775807 %.
    PlanProblem problem = refused(() -> MoveToTarget.of(BigDecimal.ZERO, Target.absolute(new BigDecimal("1E-300"))));
    assertThat(problem.getPath()).isEqualTo("metric.target");
    assertThat(problem.getMessage()).contains("1E-300").contains("at most 6 decimals");
    assertThat(refused(() -> CheckIn.of(MARCH_1, new BigDecimal("1E+300"))).getMessage())
        .contains("below 10^15");
    // the extremes of the domain: (999999999999999 − 0) / (0.000001 − 0) = 9.99999999999999E20, finite
    Plan plan = plan(objective("o", kr("a", MoveToTarget.of("0", Target.absolute("0.000001")),
        at("2026-03-01", "999999999999999"))).build());
    double raw = Evaluation.of(plan, MARCH_1).keyResult("a").getProgress().getAsDouble();
    assertThat(raw).as("raw progress at the domain's extremes").isEqualTo(9.99999999999999E20);
  }

  // ---------------------------------------------------------------- the bounds, value by value

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0.000", "999999999999999", "-999999999999999", "0.000001", "123456789.123456",
      "1E+14", "2.50000000000000000000", "87.5"})
  void decimals_within_15_significant_digits_and_6_decimals_are_accepted(String value) {
    assertThat(CheckIn.of(MARCH_1, value).getValue()).isEqualTo(new BigDecimal(value));
  }

  @Test
  void a_decimal_beyond_the_domain_is_refused_naming_the_value_and_the_bound() {
    assertThat(refused(() -> CheckIn.of(MARCH_1, "1000000000000000")).getMessage())
        .isEqualTo("is 1000000000000000: a number stays below 10^15 in absolute value "
            + "(at most 15 digits before the decimal point)");
    assertThat(refused(() -> CheckIn.of(MARCH_1, "0.0000001")).getMessage())
        .isEqualTo("is 0.0000001: a number has at most 6 decimals");
    assertThat(refused(() -> CheckIn.of(MARCH_1, "1234567890.123456")).getMessage())
        .startsWith("is 1234567890.123456: a number has at most 15 significant digits, at most 6 after the decimal point");
    assertThat(refused(() -> CheckIn.of(MARCH_1, new BigDecimal("1234567890.123456"))).getPath())
        .isEqualTo("checkIns[2026-03-01].value");
  }

  @Test
  void every_decimal_of_a_metric_is_held_to_the_domain() {
    BigDecimal tooFine = new BigDecimal("0.0000001");
    assertThat(refused(() -> MoveToTarget.of(tooFine, Target.absolute("1"))).getPath()).isEqualTo("metric.baseline");
    assertThat(refused(() -> Rate.builder().baseline(BigDecimal.ONE).target(Target.absolute(tooFine)).build()).getPath())
        .isEqualTo("metric.target");
    assertThat(refused(() -> MoveToTarget.of(BigDecimal.ONE, Target.relative(tooFine))).getPath())
        .isEqualTo("metric.target");
    assertThat(refused(() -> Guardrail.atOrAbove(tooFine)).getPath()).isEqualTo("metric.low");
    assertThat(refused(() -> Guardrail.atOrBelow(tooFine)).getPath()).isEqualTo("metric.high");
    assertThat(refused(() -> CheckIn.rateBuilder(tooFine, BigDecimal.ONE)).getPath()).isEqualTo("checkIn.numerator");
    assertThat(refused(() -> CheckIn.rateBuilder(BigDecimal.ONE, tooFine)).getPath()).isEqualTo("checkIn.denominator");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 0.000001, 0.1, 2.5, 999_999.999999, 1_000_000})
  void weights_from_0_to_a_million_with_6_decimals_are_accepted(double weight) {
    assertThat(kr("a", weight, ZERO_TO_HUNDRED).getWeight()).isEqualTo(weight);
    assertThat(AlignmentLink.of("a", "b", weight, LinkMode.CONTRIBUTES).getWeight()).isEqualTo(weight);
    assertThat(Initiative.builder().id("i").title("I").weight(weight).build().getWeight()).isEqualTo(weight);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.000001, 1_000_000.000001, 0.0000001, 1.0 / 3, Double.NaN, Double.POSITIVE_INFINITY,
      Double.MIN_VALUE, Double.MAX_VALUE})
  void weights_outside_the_domain_are_refused_by_every_weighted_value(double weight) {
    assertThat(refused(() -> kr("a", weight, ZERO_TO_HUNDRED)).getMessage()).startsWith("weight " + weight + " is not allowed");
    assertThat(refused(() -> AlignmentLink.of("a", "b", weight, LinkMode.CONTRIBUTES)).getPath())
        .isEqualTo("links[a→b].weight");
    assertThat(refused(() -> Initiative.builder().id("i").title("I").weight(weight).build()).getPath())
        .isEqualTo("initiatives[i].weight");
  }

  // ---------------------------------------------------------------- rates

  @Test
  void a_rate_value_is_the_percentage_at_6_decimals_and_may_lose_trailing_zeros() {
    // 7/9 = 77.777…: the derived value has 6 decimals, so a double (any JSON tool) keeps it exactly
    assertThat(CheckIn.ofRate(MARCH_1, 7, 9).getValue()).isEqualTo(new BigDecimal("77.777778"));
    // a value written with trailing zeros, or without them, matches its numerator and denominator
    CheckIn.Builder b = CheckIn.builder().observedOn(MARCH_1).numerator(BigDecimal.valueOf(3))
        .denominator(BigDecimal.valueOf(4));
    assertThatCode(() -> b.value(new BigDecimal("75.000")).build()).doesNotThrowAnyException();
    assertThatCode(() -> b.value(new BigDecimal("75")).build()).doesNotThrowAnyException();
    // the 17-digit double of 7/9 is beyond the domain, and so never written
    assertThat(refused(() -> CheckIn.builder().observedOn(MARCH_1).numerator(BigDecimal.valueOf(7))
        .denominator(BigDecimal.valueOf(9)).value(new BigDecimal("77.77777777777779")).build()).getPath())
        .isEqualTo("checkIns[2026-03-01].value");
  }

  // ---------------------------------------------------------------- texts that are not numbers

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "8,5", "", " 87.5", "90 %", "0x10", "1e"})
  void a_text_that_is_not_a_decimal_fails_with_the_documented_exception_in_every_factory(String text) {
    PlanProblem checkIn = refused(() -> CheckIn.of(MARCH_1, text));
    assertThat(checkIn.getPath()).isEqualTo("checkIns[2026-03-01].value");
    assertThat(checkIn.getMessage()).isEqualTo("'" + text + "' is not a decimal number: write digits with an "
        + "optional '-' and '.', e.g. 87.5");
    assertThat(refused(() -> Target.absolute(text)).getPath()).isEqualTo("target");
    assertThat(refused(() -> MoveToTarget.of(text, Target.absolute("1"))).getPath()).isEqualTo("metric.baseline");
    assertThat(refused(() -> Rate.ofPercent(text, "90")).getPath()).isEqualTo("metric.baseline");
    assertThat(refused(() -> Rate.ofPercent("50", text)).getPath()).isEqualTo("target");
  }

  @Test
  void a_decimal_text_out_of_the_domain_is_refused_by_the_text_factories_too() {
    assertThat(refused(() -> Target.absolute("1E+400000")).getMessage()).contains("below 10^15");
    assertThat(refused(() -> Rate.ofPercent("0.0000001", "90")).getMessage()).isEqualTo("is 0.0000001: a number has at most 6 decimals");
  }
}
