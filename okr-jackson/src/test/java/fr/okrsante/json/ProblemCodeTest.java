package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every problem carries a code that tools switch on, so that none needs to read the message. */
class ProblemCodeTest {

  private static List<JsonProblem> problems(OkrJson json, String text) {
    try {
      json.readPlan(text);
    } catch (OkrJsonException e) {
      return e.getProblems();
    }
    throw new AssertionError("no problem reported for " + text);
  }

  @Test
  void a_repeated_property_is_a_duplicate_property_problem_of_the_syntax_kind() {
    List<JsonProblem> problems = problems(OkrJson.standard(), "{\"schemaVersion\": 1, \"title\": \"a\", \"title\": \"b\"}");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getCode()).isEqualTo(JsonProblem.Code.DUPLICATE_PROPERTY);
      assertThat(p.getKind()).isEqualTo(JsonProblem.Kind.SYNTAX);
      // the wording this code is recognised by: a Jackson upgrade that changes it fails here
      assertThat(p.getMessage()).isEqualTo("malformed or refused JSON: Duplicate field 'title'");
    });
  }

  @Test
  void a_repeated_property_deep_in_the_document_is_a_duplicate_property_problem() {
    List<JsonProblem> problems = problems(OkrJson.standard(),
        StrictReadingTest.VALID.replace("\"title\": \"Attente\",", "\"title\": \"Attente\", \"title\": \"Délai\","));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getCode()).isEqualTo(JsonProblem.Code.DUPLICATE_PROPERTY);
      assertThat(p.getPointer()).isEqualTo("/objectives/0/keyResults/0/title");
    });
  }

  @Test
  void a_property_named_like_the_duplicate_message_is_not_mistaken_for_a_duplicate() {
    List<JsonProblem> problems = problems(OkrJson.standard(), "{\"schemaVersion\": 1, \"Duplicate field 'x'\": 1,,}");
    assertThat(problems).extracting(JsonProblem::getCode).contains(JsonProblem.Code.MALFORMED)
        .doesNotContain(JsonProblem.Code.DUPLICATE_PROPERTY);
  }

  @Test
  void malformed_json_is_a_malformed_problem() {
    assertThat(problems(OkrJson.standard(), "{\"schemaVersion\": 1,,}")).extracting(JsonProblem::getCode)
        .containsExactly(JsonProblem.Code.MALFORMED);
  }

  @Test
  void a_string_over_the_limit_is_an_over_limit_problem() {
    OkrJson strict = OkrJson.standard().withLimits(ReadLimits.defaults().withMaxStringLength(100));
    assertThat(problems(strict, "{\"schemaVersion\": 1, \"title\": \"" + "x".repeat(500) + "\"}"))
        .extracting(JsonProblem::getCode).containsExactly(JsonProblem.Code.OVER_LIMIT);
  }

  @Test
  void the_marker_of_a_cut_list_is_a_problems_cut_off_problem_of_the_limit_kind() {
    String text = StrictReadingTest.VALID.replace("\"schemaVersion\": 1,",
        "\"schemaVersion\": 1, \"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4,");
    List<JsonProblem> problems = problems(OkrJson.standard().withLimits(ReadLimits.defaults().withMaxProblems(3)), text);
    assertThat(problems).extracting(JsonProblem::getCode).containsExactly(JsonProblem.Code.INVALID,
        JsonProblem.Code.INVALID, JsonProblem.Code.INVALID, JsonProblem.Code.PROBLEMS_CUT_OFF);
    assertThat(problems.get(3).getKind()).isEqualTo(JsonProblem.Kind.LIMIT);
  }

  @Test
  void an_unknown_property_is_an_invalid_problem() {
    assertThat(problems(OkrJson.standard(), "{\"schemaVersion\": 1, \"colour\": \"blue\"}"))
        .extracting(JsonProblem::getCode).containsExactly(JsonProblem.Code.INVALID);
  }

  @Test
  void a_problem_made_with_a_kind_has_the_general_code_of_that_kind() {
    assertThat(JsonProblem.of(JsonProblem.Kind.SYNTAX, "", 0, 0, "m").getCode()).isEqualTo(JsonProblem.Code.MALFORMED);
    assertThat(JsonProblem.of(JsonProblem.Kind.LIMIT, "", 0, 0, "m").getCode()).isEqualTo(JsonProblem.Code.OVER_LIMIT);
    assertThat(JsonProblem.of(JsonProblem.Kind.CONTENT, "", 0, 0, "m").getCode()).isEqualTo(JsonProblem.Code.INVALID);
    assertThat(JsonProblem.of("", 0, 0, "m").getCode()).isEqualTo(JsonProblem.Code.INVALID);
  }

  @Test
  void a_problem_made_with_a_code_has_the_kind_of_that_code() {
    for (JsonProblem.Code code : JsonProblem.Code.values()) {
      assertThat(JsonProblem.of(code, "", 0, 0, "m").getKind()).as(code.name()).isEqualTo(code.kind());
    }
  }

  @Test
  void problems_that_differ_only_by_code_are_not_equal() {
    assertThat(JsonProblem.of(JsonProblem.Code.DUPLICATE_PROPERTY, "/a", 1, 2, "m"))
        .isNotEqualTo(JsonProblem.of(JsonProblem.Code.MALFORMED, "/a", 1, 2, "m"));
  }
}
