package fr.okrsante.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.examples.HospitalExample;
import fr.okrsante.json.OkrJson;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The okr tool run in-process: each command, each exit code, errors without stack traces. */
class OkrCommandTest {

  private static final Clock JULY = Clock.fixed(Instant.parse("2026-07-01T08:00:00Z"), ZoneOffset.UTC);
  private static final Plan HOSPITAL = HospitalExample.plan();

  @TempDir
  Path directory;

  /** The hospital plan shipped as a JSON document; tests run in the module's directory. */
  private static final Path SHIPPED_HOSPITAL = Path.of("src/main/resources/fr/okrsante/examples/hospital.json");

  /** The hospital plan where the private QVCT objective is also granted to one pseudonymous person. */
  private static final Plan GRANTED = HOSPITAL.withObjective(Objective.builder()
      .from(HOSPITAL.objective("urgences-qvct").orElseThrow()).addGrantedPersonIds("p-42").build());

  /** What a member of cardiology must never see of the emergency department's private QVCT objective. */
  private static final String[] QVCT_TRACES =
      {"urgences-qvct", "kr-absenteisme", "qvct", "qualité de vie au travail", "absent"};

  /**
   * Reads "hospital.json" as the hospital example, "granted.json" as {@link #GRANTED},
   * "broken.json" as an invalid plan, the rest as missing.
   */
  private final PlanDocuments documents = file -> {
    Map<String, Plan> known = Map.of("hospital.json", HOSPITAL, "granted.json", GRANTED);
    String name = file.getFileName().toString();
    if (name.equals("broken.json")) {
      throw new CliException(CliException.INVALID_PLAN,
          file + ": invalid plan\n  /objectives/0/keyResults/0/metric/target: equals the baseline");
    }
    if (!known.containsKey(name)) {
      throw new CliException(CliException.UNREADABLE, file + ": no such file");
    }
    return known.get(name);
  };

  private record Result(int code, String out, String err) {}

  private Result run(String... args) {
    return run(documents, args);
  }

  /** Runs the tool on real files, read by {@link PlanFiles}. */
  private Result runOnFiles(String... args) {
    return run(new PlanFiles(), args);
  }

  private Result run(PlanDocuments source, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = OkrCommand.run(new OkrCommand(JULY, directory, source), args, new PrintWriter(out), new PrintWriter(err));
    assertThat(err.toString()).as("standard error").doesNotContain("\tat ", "Exception in");
    return new Result(code, out.toString(), err.toString());
  }

  private Path file(String name, String content) throws Exception {
    return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
  }

  /** The progress of an objective in a JSON dashboard. */
  /** An objective's progress in a view document that {@code okr report --format json --viewer} wrote. */
  private static String jsonProgress(String json, String objectiveId) {
    return String.valueOf(OkrJson.standard().readView(json).evaluation().orElseThrow().objective(objectiveId)
        .getProgress().orElseThrow());
  }

  @Test
  void demo_prints_the_dashboard_and_writes_the_html_page() throws Exception {
    Result result = run("demo", "--lang", "en");
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("OKR dashboard", "as of Jun 30, 2026", "216 min (240 → 192 min)");
    String html = Files.readString(directory.resolve("okr-dashboard.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("<svg").doesNotContain("<script", "http");
  }

  @Test
  void demo_speaks_french_when_asked() {
    assertThat(run("demo", "--lang", "fr").out()).contains("Tableau de bord OKR", "au 30 juin 2026");
  }

  @Test
  void help_and_version_work_everywhere() {
    assertThat(run("--help")).satisfies(r -> assertThat(r.code()).isZero())
        .satisfies(r -> assertThat(r.out()).contains("demo", "validate", "report", "explain"));
    assertThat(run("--version").out()).startsWith("okr ");
    assertThat(run("report", "--help").out()).contains("--as-of", "--since", "--viewer", "--unit", "--format", "--lang");
    assertThat(run("explain", "--help").code()).isZero();
    assertThat(run().code()).isZero();
  }

  @Test
  void usage_errors_exit_with_2() {
    assertThat(run("frobnicate").code()).isEqualTo(2);
    assertThat(run("report").code()).isEqualTo(2);
    assertThat(run("report", "hospital.json", "--format", "pdf").code()).isEqualTo(2);
    assertThat(run("report", "hospital.json", "--as-of", "30/06/2026").code()).isEqualTo(2);
    assertThat(run("report", "hospital.json", "--lang", "de").code()).isEqualTo(2);
    assertThat(run("report", "hospital.json", "--unit", "nowhere").code()).isEqualTo(2);
    assertThat(run("report", "hospital.json", "--viewer", "boss:chvs").code()).isEqualTo(2);
    assertThat(run("report", "hospital.json", "--as-of", "2026-06-30", "--since", "2026-07-31").code()).isEqualTo(2);
    assertThat(run("explain", "hospital.json", "no-such-id").code()).isEqualTo(2);
    assertThat(run("explain", "hospital.json", "kr-eig", "--viewer", "member:nowhere").code()).isEqualTo(2);
  }

  @Test
  void unreadable_input_exits_with_3_in_one_line() {
    Result result = run("report", "missing.json");
    assertThat(result.code()).isEqualTo(3);
    assertThat(result.err()).isEqualTo("okr: missing.json: no such file" + System.lineSeparator());
  }

  @Test
  void invalid_plan_exits_with_1_and_lists_the_problems() {
    Result result = run("validate", "broken.json");
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).contains("/objectives/0/keyResults/0/metric/target: equals the baseline");
  }

  @Test
  void debug_shows_the_stack_trace() {
    StringWriter err = new StringWriter();
    int code = OkrCommand.run(new OkrCommand(JULY, directory, documents), new String[] {"report", "missing.json", "--debug"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).isEqualTo(3);
    assertThat(err.toString()).contains("\tat ");
  }

  @Test
  void validate_says_valid() {
    Result result = run("validate", "hospital.json");
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("hospital.json: valid");
  }

  @Test
  void report_in_every_format() throws Exception {
    assertThat(run("report", "hospital.json", "--as-of", "2026-06-30", "--lang", "en").out())
        .contains("as of Jun 30, 2026", "216 min");
    String json = run("report", "hospital.json", "--as-of", "2026-06-30", "--format", "json").out();
    assertThat(json).contains("\"kind\": \"evaluation\"", "\"asOf\": \"2026-06-30\"", "\"currentValue\": 216");
    assertThat(OkrJson.standard().readEvaluation(json).keyResult("kr-delai").getCurrentValue())
        .contains(new java.math.BigDecimal("216"));
    assertThat(run("report", "hospital.json", "--as-of", "2026-06-30", "--format", "csv", "--lang", "en").out())
        .startsWith("Unit,Objective,Key result");
    Result html = run("report", "hospital.json", "--format", "html", "--output", directory.resolve("r.html").toString());
    assertThat(html.code()).isZero();
    assertThat(Files.readString(directory.resolve("r.html"))).startsWith("<!DOCTYPE html>").doesNotContain("<script");
  }

  @Test
  void report_figures_renders_an_evaluation_document_without_its_plan() throws Exception {
    Path evaluation = directory.resolve("evaluation.json");
    assertThat(run("report", "hospital.json", "--as-of", "2026-06-30", "--format", "json", "--output",
        evaluation.toString()).code()).isZero();
    Result text = run("report", evaluation.toString(), "--figures", "--lang", "en");
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).contains("as of Jun 30, 2026", "kr-delai", "216 (240 → 192)", "securite-soins");
    assertThat(run("report", evaluation.toString(), "--figures", "--format", "csv", "--lang", "en").out())
        .startsWith("Unit,Objective,Key result").contains("kr-delai");
  }

  @Test
  void report_figures_renders_a_view_document_with_the_visible_plan_it_carries() throws Exception {
    Path view = directory.resolve("view.json");
    assertThat(run("report", "hospital.json", "--as-of", "2026-06-30", "--viewer", "member:chvs.cardiologie",
        "--format", "json", "--output", view.toString()).code()).isZero();
    Result text = run("report", view.toString(), "--figures", "--lang", "en");
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).isEqualTo(run("report", "hospital.json", "--as-of", "2026-06-30", "--viewer",
        "member:chvs.cardiologie", "--lang", "en").out().replace(" · view for member:chvs.cardiologie", ""));
    for (String trace : QVCT_TRACES) {
      assertThat(text.out().toLowerCase(java.util.Locale.ROOT)).doesNotContain(trace);
    }
  }

  @Test
  void report_figures_refuses_what_shapes_a_dashboard_and_a_plan_document() throws Exception {
    Path evaluation = directory.resolve("evaluation.json");
    run("report", "hospital.json", "--as-of", "2026-06-30", "--format", "json", "--output", evaluation.toString());
    Result since = run("report", evaluation.toString(), "--figures", "--since", "2026-03-31");
    assertThat(since.code()).isEqualTo(CliException.USAGE);
    assertThat(since.err()).contains("--since", "--figures");
    Path plan = file("plan.json", OkrJson.standard().toJson(HOSPITAL));
    Result notFigures = run("report", plan.toString(), "--figures");
    assertThat(notFigures.code()).isEqualTo(CliException.UNREADABLE);
    assertThat(notFigures.err()).contains("plan.json", "not an evaluation or view document");
  }

  @Test
  void report_defaults_to_today_from_the_clock() {
    assertThat(run("report", "hospital.json", "--lang", "en").out()).contains("as of Jul 1, 2026");
  }

  @Test
  void report_since_shows_what_moved() {
    assertThat(run("report", "hospital.json", "--as-of", "2026-06-30", "--since", "2026-03-31", "--lang", "en").out())
        .contains("changes since Mar 31, 2026", "+30 pts", "was Behind");
  }

  @Test
  void report_focused_on_a_unit() {
    String out = run("report", "hospital.json", "--as-of", "2026-06-30", "--unit", "chvs.cardiologie", "--lang", "en").out();
    assertThat(out).contains("Ancrer la gestion des risques en cardiologie", "Renforcer la culture de la sécurité des soins")
        .doesNotContain("Améliorer l'expérience patient");
  }

  @Test
  void explain_an_objective_and_a_key_result() {
    Result objective = run("explain", "hospital.json", "urgences-delais", "--as-of", "2026-06-30", "--lang", "en");
    assertThat(objective.code()).isZero();
    assertThat(objective.out()).contains("Contributions", "kr-delai", "urgences-filiere-courte", "share 50%");
    Result keyResult = run("explain", "hospital.json", "kr-filiere", "--as-of", "2026-06-30", "--lang", "en");
    // 1 (its objective) × 1/2 (the pôle's) × 1/2 (experience-patient)
    assertThat(keyResult.out()).contains("→ experience-patient", ": 25%");
  }

  // ------------------------------------------------------------------ JSON files

  @Test
  void report_reads_the_shipped_hospital_document() {
    Result result = runOnFiles("report", SHIPPED_HOSPITAL.toString(), "--as-of", "2026-06-30", "--lang", "en");
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).contains("Projet qualité 2026", "216 min (240 → 192 min)");
  }

  @Test
  void validate_a_valid_json_file_says_valid() {
    Result result = runOnFiles("validate", SHIPPED_HOSPITAL.toString());
    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo(SHIPPED_HOSPITAL + ": valid" + System.lineSeparator());
  }

  @Test
  void validate_an_invalid_plan_prints_every_problem_with_its_position_and_exits_1() throws Exception {
    Path invalid = file("invalid.json", "{\n  \"schemaVersion\": 1,\n  \"colour\": \"blue\",\n  \"units\": 3\n}\n");
    Result result = runOnFiles("validate", invalid.toString());
    assertThat(result.code()).isEqualTo(1);
    // one line per problem: file, JSON pointer, line and column, and okr-jackson's message
    assertThat(result.out().lines()).satisfiesExactly(
        colour -> assertThat(colour).startsWith(invalid + ": /colour (line 3, column ").contains("unknown property 'colour'"),
        units -> assertThat(units).startsWith(invalid + ": /units (line 4, column 12): "));
    assertThat(result.err()).isEqualTo("okr: " + invalid + ": invalid plan, 2 problems" + System.lineSeparator());
  }

  @Test
  void report_on_an_invalid_plan_exits_1_and_lists_the_problems_on_standard_error() throws Exception {
    Path invalid = file("invalid.json", "{\"schemaVersion\": 1, \"colour\": \"blue\"}");
    Result result = runOnFiles("report", invalid.toString());
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).contains("invalid plan, 1 problem", "  /colour (line 1, column ");
  }

  @Test
  void validate_a_file_that_is_not_json_exits_3_in_one_line() throws Exception {
    Path notes = file("notes.json", "Comité de pilotage du 30 juin");
    Result result = runOnFiles("validate", notes.toString());
    assertThat(result.code()).isEqualTo(3);
    assertThat(result.err().lines()).singleElement().asString().startsWith("okr: " + notes + ": not a readable JSON document");
  }

  @Test
  void validate_a_missing_file_exits_3() {
    Result result = runOnFiles("validate", directory.resolve("missing.json").toString());
    assertThat(result.code()).isEqualTo(3);
    assertThat(result.err()).contains("missing.json: no such file");
  }

  @Test
  void report_as_json_writes_the_figures_of_one_date_and_refuses_since_and_unit() {
    Result since = run("report", "hospital.json", "--as-of", "2026-06-30", "--since", "2026-03-31", "--format", "json");
    Result unit = run("report", "hospital.json", "--unit", "chvs.cardiologie", "--format", "json");
    assertThat(since.code()).isEqualTo(2);
    assertThat(since.err()).contains("--since", "--format json");
    assertThat(unit.code()).isEqualTo(2);
    assertThat(unit.err()).contains("--unit", "--format json");
    assertThat(since.out()).isEmpty();
  }

  // ------------------------------------------------------------------ viewers

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"text", "html", "csv", "json"})
  void report_for_a_member_of_another_service_never_shows_the_private_qvct_objective(String format) {
    for (String lang : new String[] {"fr", "en"}) {
      // the JSON report is the view document as of one date: --since shapes dashboards only
      Result result = format.equals("json")
          ? run("report", "hospital.json", "--as-of", "2026-06-30", "--viewer", "member:chvs.cardiologie",
              "--format", format, "--lang", lang)
          : run("report", "hospital.json", "--as-of", "2026-06-30", "--since", "2026-03-31",
              "--viewer", "member:chvs.cardiologie", "--format", format, "--lang", lang);
      assertThat(result.code()).isZero();
      assertThat(result.out().toLowerCase(Locale.ROOT)).as("%s in %s", format, lang)
          .contains("cardio")
          .doesNotContain(QVCT_TRACES);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"text", "html", "json"})
  void report_for_a_member_of_another_service_counts_the_restricted_contribution(String format) {
    Result result = run("report", "hospital.json", "--as-of", "2026-06-30", "--viewer", "member:chvs.cardiologie",
        "--format", format, "--lang", "en");
    assertThat(result.out()).contains(format.equals("json") ? "\"restrictedContributionCount\": 1" : "1 restricted contribution(s)");
  }

  @Test
  void report_for_the_direction_or_the_service_head_shows_the_private_qvct_objective() {
    for (String viewer : new String[] {"overseer:chvs", "lead:chvs.urgences"}) {
      Result result = run("report", "hospital.json", "--as-of", "2026-06-30", "--viewer", viewer, "--lang", "en");
      assertThat(result.out()).as(viewer).contains("urgences-qvct", "view for " + viewer).doesNotContain("restricted contribution");
    }
  }

  @Test
  void report_for_a_viewer_shows_the_same_progress_as_the_direction() {
    String direction = run("report", "hospital.json", "--as-of", "2026-06-30", "--viewer", "overseer:chvs", "--format", "json").out();
    String nurse = run("report", "hospital.json", "--as-of", "2026-06-30", "--viewer", "member:chvs.cardiologie",
        "--format", "json").out();
    assertThat(jsonProgress(nurse, "securite-soins")).isEqualTo(jsonProgress(direction, "securite-soins"));
  }

  @Test
  void report_for_a_public_viewer_shows_the_public_objectives_only() {
    Result result = run("report", "hospital.json", "--as-of", "2026-06-30", "--viewer", "public", "--format", "json");
    assertThat(result.out()).contains("\"kind\": \"view\"", "\"objectiveId\": \"experience-patient\"")
        .doesNotContain("securite-soins", "cardio-risques");
  }

  @Test
  void report_for_a_viewer_focused_on_a_unit_keeps_what_the_unit_serves() {
    Result result = run("report", "hospital.json", "--as-of", "2026-06-30", "--viewer", "member:chvs.cardiologie",
        "--unit", "chvs.cardiologie", "--lang", "en");
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("Ancrer la gestion des risques en cardiologie",
        "Renforcer la culture de la sécurité des soins", "1 restricted contribution(s)")
        .doesNotContain("Améliorer l'expérience patient");
    assertThat(result.out().toLowerCase(Locale.ROOT)).doesNotContain(QVCT_TRACES);
  }

  @Test
  void unit_focus_answers_the_same_for_a_hidden_unit_as_for_a_unit_that_does_not_exist() {
    Result hidden = run("report", "hospital.json", "--viewer", "public", "--unit", "chvs.urgences");
    Result unknown = run("report", "hospital.json", "--viewer", "public", "--unit", "chvs.nulle-part");
    assertThat(hidden.code()).isEqualTo(unknown.code()).isEqualTo(2);
    assertThat(hidden.err().replace("chvs.urgences", "ID")).isEqualTo(unknown.err().replace("chvs.nulle-part", "ID"));
    assertThat(hidden.out()).isEqualTo(unknown.out());
  }

  @Test
  void report_focused_on_a_unit_the_viewer_sees_nothing_of_is_a_usage_error() {
    Result result = run("report", "hospital.json", "--viewer", "public", "--unit", "chvs.urgences");
    assertThat(result.code()).isEqualTo(2);
  }

  @Test
  void a_person_granted_a_private_objective_sees_it_and_the_person_id_is_never_shown() {
    Result result = run("report", "granted.json", "--as-of", "2026-06-30", "--viewer", "member:chvs.cardiologie,person:p-42",
        "--lang", "en");
    assertThat(result.out()).contains("urgences-qvct", "view for member:chvs.cardiologie").doesNotContain("p-42");
    assertThat(run("report", "granted.json", "--viewer", "member:chvs.cardiologie,person:p-7").out())
        .doesNotContain("urgences-qvct");
  }

  @Test
  void explain_for_a_viewer_counts_restricted_contributions_without_naming_them() {
    Result result = run("explain", "hospital.json", "securite-soins", "--as-of", "2026-06-30",
        "--viewer", "member:chvs.cardiologie", "--lang", "en");
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("cardio-risques", "1 restricted contribution(s)");
    assertThat(result.out().toLowerCase(Locale.ROOT)).doesNotContain(QVCT_TRACES);
    assertThat(run("explain", "hospital.json", "securite-soins", "--viewer", "lead:chvs.urgences").out())
        .contains("urgences-qvct");
  }

  @Test
  void explain_of_a_hidden_objective_answers_as_for_an_unknown_one() {
    Result hidden = run("explain", "hospital.json", "urgences-qvct", "--viewer", "member:chvs.cardiologie");
    Result unknown = run("explain", "hospital.json", "no-such-id", "--viewer", "member:chvs.cardiologie");
    assertThat(hidden.code()).isEqualTo(2).isEqualTo(unknown.code());
    assertThat(hidden.err().replace("urgences-qvct", "X")).isEqualTo(unknown.err().replace("no-such-id", "X"));
  }
}
