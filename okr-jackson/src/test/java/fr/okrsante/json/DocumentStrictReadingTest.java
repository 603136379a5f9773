package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.okrsante.visibility.HiddenContributions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading evaluation and view documents is as strict, located and bounded as reading plans. */
class DocumentStrictReadingTest {

  private static final String EVALUATION = EvaluationDocumentTest.SMALL;
  private static final String VIEW = OkrJson.standard().withIndentation(true)
      .toJson(ViewDocumentTest.nurseView(HiddenContributions.COUNTED_REDACTED).evaluate(LocalDate.parse("2026-07-02")));

  private static List<JsonProblem> evaluationProblems(String document) {
    return catchThrowableOfType(OkrJsonException.class, () -> OkrJson.standard().readEvaluation(document)).getProblems();
  }

  private static List<JsonProblem> viewProblems(String document) {
    return catchThrowableOfType(OkrJsonException.class, () -> OkrJson.standard().readView(document)).getProblems();
  }

  private static String once(String text, String from, String to) {
    assertThat(text).contains(from);
    return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
  }

  @Test
  void the_fixtures_read() {
    assertThat(OkrJson.standard().readEvaluation(EVALUATION).objectives()).hasSize(2);
    assertThat(OkrJson.standard().readView(VIEW).plan().getObjectives()).hasSize(1);
  }

  @Test
  void an_unknown_property_of_a_key_result_is_located() {
    assertThat(evaluationProblems(once(EVALUATION, "\"stale\":false", "\"stale\":false,\"colour\":\"red\"")))
        .singleElement().satisfies(p -> {
          assertThat(p.getPointer()).isEqualTo("/objectives/0/keyResults/0/colour");
          assertThat(p.getMessage()).startsWith("unknown property 'colour'");
          assertThat(p.getLine()).isEqualTo(1);
        });
  }

  @Test
  void every_problem_is_reported_at_once() {
    String broken = once(once(EVALUATION, "\"coverage\":1.0", "\"coverage\":2"), "\"lateCheckIns\":0}],\"contributions\":[{\"kind\":\"key_result\",\"sourceId\":\"kr-wait\"",
        "\"lateCheckIns\":-1}],\"contributions\":[{\"kind\":\"keyresult\",\"sourceId\":\"kr-wait\"");
    assertThat(evaluationProblems(broken)).extracting(JsonProblem::getPointer).containsExactlyInAnyOrder(
        "/objectives/0/coverage", "/objectives/1/keyResults/0/lateCheckIns", "/objectives/1/contributions/0/kind");
  }

  @Test
  void missing_required_figures_are_named() {
    assertThat(evaluationProblems(once(EVALUATION, "\"asOf\":\"2026-07-02\",", ""))).singleElement()
        .satisfies(p -> assertThat(p.getMessage()).startsWith("asOf is missing"));
    assertThat(evaluationProblems(once(EVALUATION, "\"share\":1.0", "\"shared\":1.0")))
        .extracting(JsonProblem::getMessage).anyMatch(m -> m.startsWith("share is missing"))
        .anyMatch(m -> m.startsWith("unknown property 'shared'"));
  }

  @Test
  void a_document_of_another_kind_is_refused() {
    assertThat(evaluationProblems(once(EVALUATION, "\"kind\":\"evaluation\"", "\"kind\":\"view\"")))
        .singleElement().satisfies(p -> {
          assertThat(p.getPointer()).isEqualTo("/kind");
          assertThat(p.getMessage()).contains("'evaluation'");
        });
    assertThat(viewProblems(EVALUATION)).extracting(JsonProblem::getPointer).contains("/kind", "/asOf", "/objectives");
  }

  @Test
  void a_newer_schema_version_is_reported_alone() {
    assertThat(evaluationProblems(once(EVALUATION, "\"schemaVersion\":1", "\"schemaVersion\":2")))
        .singleElement().satisfies(p -> assertThat(p.getMessage()).contains("newer"));
    assertThat(viewProblems(once(VIEW, "\"schemaVersion\": 1", "\"schemaVersion\": 7")))
        .singleElement().satisfies(p -> assertThat(p.getPointer()).isEqualTo("/schemaVersion"));
  }

  @Test
  void nan_duplicates_nulls_and_trailing_content_are_refused() {
    assertThat(evaluationProblems(once(EVALUATION, "\"progress\":0.375", "\"progress\":NaN"))).singleElement()
        .satisfies(p -> assertThat(p.getMessage()).startsWith("malformed or refused JSON"));
    assertThat(evaluationProblems(once(EVALUATION, "\"progress\":0.375", "\"progress\":0.375,\"progress\":0.4")))
        .singleElement().satisfies(p -> assertThat(p.getMessage()).contains("Duplicate field 'progress'"));
    assertThat(evaluationProblems(once(EVALUATION, "\"progress\":0.375", "\"progress\":null"))).singleElement()
        .satisfies(p -> assertThat(p.getMessage()).startsWith("is null"));
    assertThat(evaluationProblems(EVALUATION + " {}")).singleElement()
        .satisfies(p -> assertThat(p.getMessage()).startsWith("trailing content"));
    assertThat(evaluationProblems(EVALUATION.substring(0, EVALUATION.length() / 2))).isNotEmpty();
    assertThat(evaluationProblems("")).singleElement().satisfies(p -> assertThat(p.getMessage()).contains("empty"));
    assertThat(evaluationProblems("[]")).singleElement().satisfies(p -> assertThat(p.getPointer()).isEmpty());
  }

  @Test
  void counts_and_repeated_objectives_are_checked() {
    assertThat(evaluationProblems(once(EVALUATION, "\"countedContributionCount\":2", "\"countedContributionCount\":3")))
        .singleElement().satisfies(p -> assertThat(p.getPointer()).isEqualTo("/objectives/1/countedContributionCount"));
    assertThat(evaluationProblems(once(EVALUATION, "\"objectiveId\":\"o-parent\"", "\"objectiveId\":\"o-child\"")))
        .singleElement().satisfies(p -> {
          assertThat(p.getPointer()).isEqualTo("/objectives/1");
          assertThat(p.getMessage()).startsWith("duplicate objective 'o-child'");
        });
  }

  @Test
  void a_problem_of_the_embedded_plan_points_into_it_with_its_line() {
    String broken = once(VIEW, "\"title\": \"Attente 240 → 192 min\"", "\"title\": 42");
    assertThat(viewProblems(broken)).singleElement().satisfies(p -> {
      assertThat(p.getPointer()).isEqualTo("/plan/objectives/0/keyResults/0/title");
      assertThat(p.getLine()).isEqualTo(StrictReadingTest.at(broken, "\"title\": 42")[0]);
    });
  }

  @Test
  void a_domain_problem_of_the_embedded_plan_is_located() {
    String broken = once(VIEW, "\"cycleId\": \"y2026\"", "\"cycleId\": \"y2027\"");
    assertThat(viewProblems(broken)).singleElement().satisfies(p -> {
      assertThat(p.getPointer()).startsWith("/plan/objectives/0");
      assertThat(p.getMessage()).contains("y2027");
    });
  }

  @Test
  void markers_counts_and_figures_must_be_about_the_visible_plan() {
    assertThat(viewProblems(once(VIEW, "\"objectiveId\": \"o-open\",\n      \"hiddenSide\"", "\"objectiveId\": \"o-other\",\n      \"hiddenSide\"")))
        .singleElement().satisfies(p -> assertThat(p.getPointer()).isEqualTo("/restrictedLinks/0"));
    assertThat(viewProblems(once(VIEW, "\"restrictedSources\": { }", "\"restrictedSources\": {\"kr-x\": 1}")))
        .singleElement().satisfies(p -> assertThat(p.getPointer()).isEqualTo("/restrictedSources/kr-x"));
    assertThat(viewProblems(once(VIEW, "\"restrictedSources\": { }", "\"restrictedSources\": {\"kr-wait\": 0}")))
        .singleElement().satisfies(p -> assertThat(p.getMessage()).contains("at least 1"));
    assertThat(viewProblems(once(VIEW, "\"objectiveId\": \"o-open\",\n        \"progress\"", "\"objectiveId\": \"o-gone\",\n        \"progress\"")))
        .singleElement().satisfies(p -> assertThat(p.getPointer()).isEqualTo("/evaluation/objectives/0"));
    assertThat(viewProblems(once(VIEW, "\"restrictedContributionCount\": 1", "\"restrictedContributionCount\": 2")))
        .singleElement().satisfies(p -> assertThat(p.getPointer())
            .isEqualTo("/evaluation/objectives/0/restrictedContributionCount"));
    assertThat(viewProblems(once(VIEW, "\"counted_redacted\"", "\"left_out\"")))
        .singleElement().satisfies(p -> assertThat(p.getPointer()).isEqualTo("/restrictedLinks"));
  }

  @Test
  void a_view_needs_its_policy_and_plan() {
    assertThat(viewProblems("{\"schemaVersion\":1,\"kind\":\"view\"}")).extracting(JsonProblem::getMessage)
        .anyMatch(m -> m.startsWith("policy is missing")).anyMatch(m -> m.startsWith("plan is missing"));
    assertThat(viewProblems("{\"schemaVersion\":1,\"kind\":\"view\",\"policy\":\"secret\",\"plan\":[]}"))
        .extracting(JsonProblem::getPointer).containsExactlyInAnyOrder("/policy", "/plan");
  }

  @Test
  void element_counts_are_bounded() {
    OkrJson small = OkrJson.standard().withLimits(ReadLimits.defaults().withMaxCollectionSize(1));
    assertThat(catchThrowableOfType(OkrJsonException.class, () -> small.readEvaluation(EVALUATION)).getProblems())
        .singleElement().satisfies(p -> assertThat(p.getMessage()).contains("maxCollectionSize"));
  }
}
