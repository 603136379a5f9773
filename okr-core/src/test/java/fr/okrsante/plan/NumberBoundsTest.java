package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Numbers with an absurd exponent ("1E-2147483647" is a short text in a document) are refused
 * quickly with their path, instead of making exact arithmetic run for hours (found by fuzzing
 * {@code CheckIn} building).
 */
class NumberBoundsTest {

  private static final Duration QUICKLY = Duration.ofSeconds(2);
  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
  private static final BigDecimal TINY = new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE);
  private static final BigDecimal HUGE = new BigDecimal(BigInteger.ONE, -Integer.MAX_VALUE);

  private static List<PlanProblem> refused(ThrowingCallable call) {
    InvalidPlanException e = assertTimeoutPreemptively(QUICKLY, () -> catchThrowableOfType(InvalidPlanException.class, call));
    assertThat(e).as("expected an InvalidPlanException").isNotNull();
    assertThat(e.getMessage().length()).as("message length").isLessThan(2000);
    return e.getProblems();
  }

  @Test
  void a_check_in_value_with_a_huge_scale_is_refused_quickly() {
    List<PlanProblem> problems = refused(() -> CheckIn.of(DAY, TINY));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getPath()).isEqualTo("checkIns[2026-03-01].value");
      assertThat(p.getMessage()).contains("at most 6 after the decimal point");
    });
  }

  @Test
  void a_rate_check_in_with_an_absurd_numerator_or_denominator_is_refused_quickly() {
    assertThat(refused(() -> CheckIn.rateBuilder(HUGE, BigDecimal.ONE))).extracting(PlanProblem::getPath)
        .containsExactly("checkIn.numerator");
    assertThat(refused(() -> CheckIn.rateBuilder(BigDecimal.ONE, TINY))).extracting(PlanProblem::getPath)
        .containsExactly("checkIn.denominator");
    assertThat(refused(() -> CheckIn.builder().observedOn(DAY).value(BigDecimal.TEN).numerator(HUGE)
        .denominator(TINY).build())).extracting(PlanProblem::getPath)
        .contains("checkIns[2026-03-01].numerator", "checkIns[2026-03-01].denominator");
  }

  @Test
  void a_target_or_baseline_with_an_absurd_exponent_is_refused() {
    assertThat(refused(() -> MoveToTarget.of(BigDecimal.ONE, Target.absolute(HUGE)))).extracting(PlanProblem::getPath)
        .containsExactly("metric.target");
    assertThat(refused(() -> MoveToTarget.of(TINY, Target.absolute(BigDecimal.ONE)))).extracting(PlanProblem::getPath)
        .containsExactly("metric.baseline");
    assertThat(refused(() -> Rate.builder().baseline(HUGE).target(Target.relative(BigDecimal.TEN)).build()))
        .extracting(PlanProblem::getPath).containsExactly("metric.baseline");
  }

  @Test
  void guardrail_bounds_with_an_absurd_exponent_are_refused() {
    assertThat(refused(() -> Guardrail.within(TINY.negate(), HUGE))).extracting(PlanProblem::getPath)
        .containsExactly("metric.low", "metric.high");
  }

  @Test
  void trailing_zeros_up_to_a_thousand_decimals_are_still_accepted() {
    assertThatCode(() -> CheckIn.of(DAY, new BigDecimal("0E-1000"))).doesNotThrowAnyException();
    assertThatCode(() -> CheckIn.of(DAY, new BigDecimal("1." + "0".repeat(999)))).doesNotThrowAnyException();
    assertThatCode(() -> CheckIn.of(DAY, new BigDecimal("7E+14"))).doesNotThrowAnyException();
    assertThat(refused(() -> CheckIn.of(DAY, new BigDecimal("7E+999")))).hasSize(1);
    assertThat(refused(() -> CheckIn.of(DAY, new BigDecimal("1E-100")))).hasSize(1);
    assertThat(refused(() -> CheckIn.of(DAY, new BigDecimal("1E+1000")))).hasSize(1);
    assertThat(refused(() -> CheckIn.of(DAY, new BigDecimal("1E-1001")))).hasSize(1);
  }

  @Test
  void a_zero_written_with_an_absurd_exponent_is_refused_too() {
    // found by fuzzing: zero is within any bound, but validation divided at its scale
    assertThat(refused(() -> CheckIn.of(DAY, new BigDecimal("0E-2147483647")))).hasSize(1);
    assertThat(refused(() -> CheckIn.builder().observedOn(DAY).value(new BigDecimal("0E-2147483647"))
        .numerator(BigDecimal.ZERO).denominator(BigDecimal.ONE).build()))
        .extracting(PlanProblem::getPath).containsExactly("checkIns[2026-03-01].value");
    assertThat(refused(() -> CheckIn.of(DAY, new BigDecimal("0E+2147483647")))).hasSize(1);
  }

  @Test
  void the_refusal_names_the_number_in_short_scientific_form() {
    assertThat(refused(() -> CheckIn.of(DAY, HUGE))).singleElement()
        .satisfies(p -> assertThat(p.getMessage()).startsWith("is 1E+2147483647"));
  }
}
