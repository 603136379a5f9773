package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonProblemTest {

  private static final JsonProblem PROBLEM = JsonProblem.of(JsonProblem.Kind.CONTENT, "/units/0/kind", 4, 7, "unknown kind");

  @Test
  void problems_with_the_same_fields_are_equal() {
    JsonProblem same = JsonProblem.of(JsonProblem.Kind.CONTENT, "/units/0/kind", 4, 7, "unknown kind");
    assertThat(same).isEqualTo(PROBLEM).hasSameHashCodeAs(PROBLEM);
  }

  @Test
  void problems_differing_in_any_one_field_are_not_equal() {
    assertThat(List.of(
        JsonProblem.of(JsonProblem.Kind.SYNTAX, "/units/0/kind", 4, 7, "unknown kind"),
        JsonProblem.of(JsonProblem.Kind.CONTENT, "/units/1/kind", 4, 7, "unknown kind"),
        JsonProblem.of(JsonProblem.Kind.CONTENT, "/units/0/kind", 5, 7, "unknown kind"),
        JsonProblem.of(JsonProblem.Kind.CONTENT, "/units/0/kind", 4, 8, "unknown kind"),
        JsonProblem.of(JsonProblem.Kind.CONTENT, "/units/0/kind", 4, 7, "unknown unit kind")))
        .allSatisfy(other -> assertThat(other).isNotEqualTo(PROBLEM));
    assertThat(PROBLEM).isNotEqualTo("/units/0/kind");
  }

  @Test
  void problems_of_different_fields_hash_differently() {
    assertThat(PROBLEM.hashCode())
        .isNotEqualTo(JsonProblem.of(JsonProblem.Kind.CONTENT, "/units/0/id", 4, 7, "unknown kind").hashCode());
  }

  @Test
  void exception_message_lists_twenty_problems_and_counts_the_rest() {
    List<JsonProblem> problems = java.util.stream.IntStream.range(0, 21)
        .mapToObj(i -> JsonProblem.of("/units/" + i, i + 1, 1, "broken")).toList();
    String message = new OkrJsonException(problems).getMessage();
    assertThat(message).startsWith("21 problems in the JSON document:\n")
        .contains("/units/19 (line 20, column 1): broken")
        .doesNotContain("/units/20 ")
        .endsWith("\n  … and 1 more (see getProblems())");
  }

  @Test
  void exception_message_of_exactly_twenty_problems_lists_them_all() {
    List<JsonProblem> problems = java.util.stream.IntStream.range(0, 20)
        .mapToObj(i -> JsonProblem.of("/units/" + i, i + 1, 1, "broken")).toList();
    assertThat(new OkrJsonException(problems).getMessage()).doesNotContain("more")
        .endsWith("  /units/19 (line 20, column 1): broken");
  }

  @Test
  void exception_message_of_one_problem_says_problem_in_the_singular() {
    assertThat(new OkrJsonException(List.of(PROBLEM)).getMessage())
        .isEqualTo("1 problem in the JSON document:\n  /units/0/kind (line 4, column 7): unknown kind");
  }
}
