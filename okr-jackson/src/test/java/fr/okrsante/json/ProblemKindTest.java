package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every problem says whether the input is unreadable JSON, over a limit, or an invalid document. */
class ProblemKindTest {

  private static JsonProblem.Kind kindOf(OkrJson json, String text) {
    try {
      json.readPlan(text);
    } catch (OkrJsonException e) {
      var kinds = e.getProblems().stream().map(JsonProblem::getKind).collect(Collectors.toSet());
      if (kinds.size() != 1) {
        throw new AssertionError("expected one kind of problem, got " + e.getProblems());
      }
      return kinds.iterator().next();
    }
    throw new AssertionError("no problem reported for " + text);
  }

  @Test
  void malformed_json_is_a_syntax_problem() {
    assertKind(OkrJson.standard(), "{\"schemaVersion\": 1,,}", JsonProblem.Kind.SYNTAX);
  }

  @Test
  void an_empty_document_is_a_syntax_problem() {
    assertKind(OkrJson.standard(), "   ", JsonProblem.Kind.SYNTAX);
  }

  @Test
  void a_truncated_document_is_a_syntax_problem() {
    assertKind(OkrJson.standard(), "{\"schemaVersion\": 1, \"title\": \"x\", \"units\": [", JsonProblem.Kind.SYNTAX);
  }

  @Test
  void trailing_content_is_a_syntax_problem() {
    String plan = OkrJson.standard().toJson(HospitalPlan.build());
    assertKind(OkrJson.standard(), plan + " {}", JsonProblem.Kind.SYNTAX);
  }

  @Test
  void a_string_over_the_limit_is_a_limit_problem() {
    OkrJson strict = OkrJson.standard().withLimits(ReadLimits.defaults().withMaxStringLength(100));
    assertKind(strict, "{\"schemaVersion\": 1, \"title\": \"" + "x".repeat(500) + "\"}", JsonProblem.Kind.LIMIT);
  }

  @Test
  void an_unknown_property_is_a_content_problem() {
    assertKind(OkrJson.standard(), "{\"schemaVersion\": 1, \"colour\": \"blue\"}", JsonProblem.Kind.CONTENT);
  }

  private static void assertKind(OkrJson json, String text, JsonProblem.Kind kind) {
    assertThat(kindOf(json, text)).as("kind of the problems of " + text).isEqualTo(kind);
  }
}
