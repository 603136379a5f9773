package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a refused reference's problem says: the reason, and the reference with its control characters shown as '?'. */
class ReferenceProblemsTest {

  @Test
  void an_empty_reference_is_refused_as_empty() {
    assertThat(Problems.referenceProblem("")).isEqualTo("is empty: give the reference of the record");
  }

  @Test
  void a_reference_of_1001_characters_is_refused_with_its_length() {
    assertThat(Problems.referenceProblem("r".repeat(1_001)))
        .isEqualTo("has 1001 characters: a reference has at most 1000");
  }

  @Test
  void a_reference_with_a_control_character_is_refused_with_its_index() {
    assertThat(Problems.referenceProblem("lab\u0007-42"))
        .isEqualTo("has a control character at index 3: a reference is one line of visible text");
  }

  @Test
  void a_reference_ending_with_a_space_is_refused_as_padded() {
    assertThat(Problems.referenceProblem("lab-42 "))
        .isEqualTo("starts or ends with white space: a reference is compared character for character");
  }

  @Test
  void a_check_in_source_reference_with_a_control_character_is_quoted_with_a_question_mark_in_its_place() {
    InvalidPlanException refused = catchThrowableOfType(InvalidPlanException.class,
        () -> CheckIn.builder().observedOn(LocalDate.of(2026, 3, 1)).value(new java.math.BigDecimal("12")).sourceRef("lab\u0007-42").build());
    assertThat(refused.getProblems()).singleElement().satisfies(problem -> {
      assertThat(problem.getKind()).isEqualTo(PlanProblem.Kind.MALFORMED_REFERENCE);
      assertThat(problem.getMessage())
          .isEqualTo("'lab?-42' has a control character at index 3: a reference is one line of visible text");
    });
  }
}
