package fr.okrsante.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.okrsante.examples.HospitalExample;
import fr.okrsante.json.JsonProblem;
import fr.okrsante.json.OkrJson;
import fr.okrsante.json.ReadLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plan documents read from files: a plan, or exit code 3 for input that is not JSON, 1 for an invalid plan. */
class PlanFilesTest {

  private static final String HOSPITAL_JSON = OkrJson.standard().toJson(HospitalExample.plan());

  @TempDir
  Path directory;

  private Path file(String name, String content) throws IOException {
    return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static CliException failure(PlanFiles files, Path file) {
    return catchThrowableOfType(CliException.class, () -> files.read(file));
  }

  @Test
  void a_plan_document_reads_as_the_plan() throws IOException {
    assertThat(new PlanFiles().read(file("hospital.json", HOSPITAL_JSON))).isEqualTo(HospitalExample.plan());
  }

  @Test
  void a_missing_file_is_unreadable() {
    CliException e = failure(new PlanFiles(), directory.resolve("missing.json"));
    assertThat(e.getExitCode()).isEqualTo(CliException.UNREADABLE);
    assertThat(e.getMessage()).endsWith("missing.json: no such file");
  }

  @Test
  void text_that_is_not_json_is_unreadable() throws IOException {
    CliException e = failure(new PlanFiles(), file("notes.json", "Comité de pilotage du 30 juin"));
    assertThat(e.getExitCode()).isEqualTo(CliException.UNREADABLE);
    assertThat(e.getMessage()).contains("not a readable JSON document", "line 1");
  }

  @Test
  void an_empty_file_is_unreadable() throws IOException {
    assertThat(failure(new PlanFiles(), file("empty.json", "")).getExitCode()).isEqualTo(CliException.UNREADABLE);
  }

  @Test
  void a_truncated_document_is_unreadable() throws IOException {
    String truncated = HOSPITAL_JSON.substring(0, HOSPITAL_JSON.length() / 2);
    assertThat(failure(new PlanFiles(), file("truncated.json", truncated)).getExitCode()).isEqualTo(CliException.UNREADABLE);
  }

  @Test
  void content_after_the_document_is_unreadable() throws IOException {
    assertThat(failure(new PlanFiles(), file("two.json", HOSPITAL_JSON + " {}")).getExitCode())
        .isEqualTo(CliException.UNREADABLE);
  }

  @Test
  void bytes_that_are_not_utf8_are_unreadable() throws IOException {
    Path latin1 = Files.write(directory.resolve("latin1.json"), "{\"title\": \"Sécurité\"}".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(failure(new PlanFiles(), latin1).getExitCode()).isEqualTo(CliException.UNREADABLE);
  }

  @Test
  void a_document_nested_deeper_than_the_limit_is_unreadable() throws IOException {
    String deep = "{\"title\": " + "[".repeat(100) + "]".repeat(100) + "}";
    CliException e = failure(new PlanFiles(), file("deep.json", deep));
    assertThat(e.getExitCode()).isEqualTo(CliException.UNREADABLE);
  }

  @Test
  void a_document_over_an_array_limit_is_unreadable() throws IOException {
    PlanFiles files = new PlanFiles(OkrJson.standard().withLimits(ReadLimits.defaults().withMaxCollectionSize(2)));
    CliException e = failure(files, file("hospital.json", HOSPITAL_JSON));
    assertThat(e.getExitCode()).isEqualTo(CliException.UNREADABLE);
    assertThat(e.getMessage()).contains("ReadLimits.maxCollectionSize");
  }

  @Test
  void a_document_longer_than_the_limit_is_unreadable() throws IOException {
    PlanFiles files = new PlanFiles(OkrJson.standard().withLimits(ReadLimits.defaults().withMaxDocumentLength(1_000)));
    CliException e = failure(files, file("hospital.json", HOSPITAL_JSON));
    assertThat(e.getExitCode()).isEqualTo(CliException.UNREADABLE);
    assertThat(e.getMessage()).contains("ReadLimits.maxDocumentLength");
  }

  @Test
  void an_unknown_property_makes_an_invalid_plan_located_by_pointer_line_and_column() throws IOException {
    String json = "{\n  \"schemaVersion\": 1,\n  \"colour\": \"blue\"\n}";
    CliException e = failure(new PlanFiles(), file("colour.json", json));
    assertThat(e.getExitCode()).isEqualTo(CliException.INVALID_PLAN);
    assertThat(e.getMessage()).endsWith("colour.json: invalid plan, 1 problem");
    assertThat(e.getDetails()).singleElement().asString().startsWith("/colour (line 3, column ").contains("unknown property 'colour'");
  }

  @Test
  void a_wrong_type_makes_an_invalid_plan() throws IOException {
    CliException e = failure(new PlanFiles(), file("type.json", "{\"schemaVersion\": 1, \"units\": \"chvs\"}"));
    assertThat(e.getExitCode()).isEqualTo(CliException.INVALID_PLAN);
    assertThat(e.getDetails()).anySatisfy(problem -> assertThat(problem).startsWith("/units (line 1, column "));
  }

  @Test
  void a_broken_domain_rule_makes_an_invalid_plan_and_every_problem_is_listed() throws IOException {
    // the link names an objective the plan does not have, and so does the second one
    String json = HOSPITAL_JSON
        .replace("\"childId\":\"cardio-risques\"", "\"childId\":\"cardio-inconnu\"")
        .replace("\"childId\":\"urgences-delais\"", "\"childId\":\"delais-inconnu\"");
    assertThat(json).isNotEqualTo(HOSPITAL_JSON);
    CliException e = failure(new PlanFiles(), file("links.json", json));
    assertThat(e.getExitCode()).isEqualTo(CliException.INVALID_PLAN);
    assertThat(e.getDetails()).hasSizeGreaterThanOrEqualTo(2)
        .anySatisfy(problem -> assertThat(problem).contains("cardio-inconnu"))
        .anySatisfy(problem -> assertThat(problem).contains("delais-inconnu"));
  }

  @Test
  void a_repeated_property_makes_an_invalid_plan_not_an_unreadable_file() throws IOException {
    String repeated = HOSPITAL_JSON.replaceFirst("\"schemaVersion\":1,", "\"schemaVersion\":1,\"schemaVersion\":1,");
    CliException e = failure(new PlanFiles(), file("repeated.json", repeated));
    assertThat(e.getExitCode()).isEqualTo(CliException.INVALID_PLAN);
    assertThat(e.getDetails()).singleElement().asString().contains("duplicate property 'schemaVersion'");
  }

  @Test
  void a_problem_list_cut_at_the_limit_is_counted_as_at_least_and_its_marker_is_not_listed() throws IOException {
    String unknown = HOSPITAL_JSON.replaceFirst("\"schemaVersion\":1,", "\"schemaVersion\":1,\"a\":1,\"b\":2,\"c\":3,\"d\":4,");
    PlanFiles files = new PlanFiles(OkrJson.standard().withLimits(ReadLimits.defaults().withMaxProblems(3)));
    CliException e = failure(files, file("unknown.json", unknown));
    assertThat(e.getExitCode()).isEqualTo(CliException.INVALID_PLAN);
    assertThat(e.getMessage()).endsWith("invalid plan, at least 3 problems");
    assertThat(e.getDetails()).hasSize(3).noneMatch(detail -> detail.contains("reading stopped"));
  }

  @Test
  void every_problem_code_is_sorted_as_about_the_input_or_about_the_plan() {
    assertThat(PlanFiles.isAboutTheInput(JsonProblem.of(JsonProblem.Code.MALFORMED, "", 1, 1, "m"))).isTrue();
    assertThat(PlanFiles.isAboutTheInput(JsonProblem.of(JsonProblem.Code.OVER_LIMIT, "", 1, 1, "m"))).isTrue();
    assertThat(PlanFiles.isAboutTheInput(JsonProblem.of(JsonProblem.Code.DUPLICATE_PROPERTY, "/a", 1, 1, "m"))).isFalse();
    assertThat(PlanFiles.isAboutTheInput(JsonProblem.of(JsonProblem.Code.INVALID, "/a", 1, 1, "m"))).isFalse();
  }
}
