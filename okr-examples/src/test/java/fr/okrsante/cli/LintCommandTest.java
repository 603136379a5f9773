package fr.okrsante.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code okr lint}: the plan review on the command line, its formats and exit codes. */
class LintCommandTest {

  private static final Clock JULY = Clock.fixed(Instant.parse("2026-07-15T08:00:00Z"), ZoneOffset.UTC);
  private static final String EXAMPLES = "src/main/resources/fr/okrsante/examples/";
  private static final String WEAK = EXAMPLES + "review/weak-plan.json";

  @TempDir
  Path directory;

  private record Result(int code, String out, String err) {}

  private Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = OkrCommand.run(new OkrCommand(JULY, directory, new PlanFiles()), args, new PrintWriter(out), new PrintWriter(err));
    assertThat(err.toString()).as("standard error").doesNotContain("\tat ", "Exception in");
    return new Result(code, out.toString(), err.toString());
  }

  private static String resource(String name) {
    try (InputStream in = LintCommandTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void weak_plan_fails_with_exit_code_1_and_findings_grouped_by_objective_with_their_paths() {
    Result result = run("lint", WEAK, "--lang", "en");
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).contains("okr: the plan review has findings at level warning or above");
    assertThat(result.out())
        .startsWith("Review of the plan “Projet qualité 2026 de l'EHPAD Les Tilleuls (brouillon à revoir)” as of 2026-07-15: "
            + "10 warnings, 9 advice, 1 accepted")
        .contains("\ncoordination — Améliorer la coordination des soins\n  WARNING too-many-key-results  "
            + "objectives[coordination].keyResults\n")
        .contains("  ADVICE kr-is-activity  objectives[coordination].keyResults[kr-former].title\n"
            + "    “Former le personnel aux transmissions ciblées” starts with “former” and counts work done")
        .contains("Accepted by the plan's suppressions:\n\ncoordination — Améliorer la coordination des soins\n"
            + "  ADVICE committed-without-lead  objectives[coordination].ownerPersonIds\n")
        .contains("    accepted: Pilotage collégial par le comité de direction, acté le 12 janvier (p-direction)\n")
        .contains("Suppressions that match nothing (remove them from the plan):\n  unit-missing  kr-repas")
        .contains("  ADVICE framework-codes-uncovered  requiredFrameworkRefs[HAS_ESSMS:2.4]\n")
        .contains("  ADVICE perfect-rate-target  objectives[projet-2027].keyResults[kr-autoevaluation].metric.target\n"
            + "    “Couvrir 100 % des critères impératifs par l'autoévaluation” aims at 100 %");
  }

  @Test
  void findings_come_in_french_with_lang_fr() {
    Result result = run("lint", WEAK, "--lang", "fr");
    assertThat(result.out()).startsWith("Revue du plan « Projet qualité 2026 de l'EHPAD Les Tilleuls (brouillon à revoir) » "
        + "au 2026-07-15 : 10 avertissements, 9 conseils, 1 accepté")
        .contains("  AVERTISSEMENT objective-without-key-result  objectives[bientraitance]\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"hospital", "medico-social", "territorial-network", "local-health-contract", "youth-prevention"})
  void shipped_example_passes_at_the_warning_level_and_fails_at_the_advice_level(String name) {
    Result warning = run("lint", EXAMPLES + name + ".json", "--as-of", "2026-06-30");
    assertThat(warning.code()).as(warning.out()).isZero();
    assertThat(warning.err()).isEmpty();
    assertThat(run("lint", EXAMPLES + name + ".json", "--as-of", "2026-06-30", "--fail-on", "advice").code()).isEqualTo(1);
  }

  @Test
  void disabling_the_rules_that_warn_makes_the_weak_plan_pass() {
    Result result = run("lint", WEAK, "--lang", "en", "--disable", "objective-without-key-result,too-many-key-results,"
        + "missing-baseline,percent-target-out-of-range,due-date-outside-cycle,metric-contradicts-title,stale-key-result,"
        + "never-checked-in,link-to-later-cycle,framework-code-format");
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains(": 0 warnings, 9 advice, 1 accepted");
  }

  @Test
  void json_format_is_a_review_document_valid_against_the_published_schema() {
    Result result = run("lint", WEAK, "--format", "json", "--lang", "en");
    assertThat(result.code()).isEqualTo(1);
    String planId = "https://okr-sante.fr/schema/plan/1/plan.schema.json";
    String reviewId = "https://okr-sante.fr/schema/review/1/review.schema.json";
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemas(Map.of(planId, resource("/fr/okrsante/json/plan.schema.json"),
            reviewId, resource("/fr/okrsante/json/review.schema.json")))).getSchema(SchemaLocation.of(reviewId));
    assertThat(schema.validate(result.out(), InputFormat.JSON)).isEmpty();
    assertThat(result.out()).contains("\"counts\": {", "\"warning\": 10", "\"objectiveId\": \"coordination\"",
        "\"path\": \"objectives[coordination].keyResults[kr-former].title\"");
  }

  @Test
  void codes_the_plan_requires_and_no_objective_serves_are_advice() {
    Result result = run("lint", EXAMPLES + "hospital.json", "--as-of", "2026-06-30", "--lang", "en", "--fail-on", "advice");
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.out()).contains("  ADVICE framework-codes-uncovered  requiredFrameworkRefs[HAS_CERTIFICATION:1.1-01]\n",
        "  ADVICE framework-codes-uncovered  requiredFrameworkRefs[HAS_CERTIFICATION:2.3-11]\n")
        .doesNotContain("HAS_CERTIFICATION:2.4-04");
  }

  @Test
  void findings_follow_the_plan_s_declared_language_unless_lang_says_otherwise() throws IOException {
    Path english = Files.writeString(directory.resolve("weak-en.json"),
        Files.readString(Path.of(WEAK)).replace("\"language\": \"fr\"", "\"language\": \"en\""));
    assertThat(run("lint", english.toString()).out()).startsWith("Review of the plan “Projet qualité 2026");
    assertThat(run("lint", english.toString(), "--lang", "fr").out()).startsWith("Revue du plan « Projet qualité 2026");
    assertThat(run("lint", WEAK).out()).startsWith("Revue du plan « Projet qualité 2026");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--disable=no-such-rule", "--cover=has_certification=1.1-01", "--fail-on=error",
      "--format=html", "--lang=de", "--as-of=30/06/2026"})
  void bad_options_are_usage_errors(String option) {
    Result result = run("lint", WEAK, option);
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).startsWith("okr: ").doesNotContain("\n  at ");
  }

  @Test
  void unreadable_or_invalid_plans_keep_their_exit_codes() throws IOException {
    assertThat(run("lint", directory.resolve("missing.json").toString()).code()).isEqualTo(3);
    Path invalid = Files.writeString(directory.resolve("invalid.json"), "{\"schemaVersion\": 1, \"units\": 3}");
    assertThat(run("lint", invalid.toString()).code()).isEqualTo(1);
  }

  @Test
  void html_report_shows_each_objective_s_count_of_findings_linked_to_their_list() {
    Result result = run("report", WEAK, "--as-of", "2026-07-15", "--format", "html", "--lang", "en");
    assertThat(result.code()).isZero();
    assertThat(result.out())
        .contains("<a href=\"#review-coordination\">13 review finding(s)</a>", "<a href=\"#review-bientraitance\">1 review finding(s)</a>",
            "<h2 id=\"review\">Plan review</h2>", "<section id=\"review-coordination\">",
            "<li><strong>Warning</strong> too-many-key-results <code>objectives[coordination].keyResults</code>");
  }

  @Test
  void html_report_for_a_viewer_holds_no_review() {
    Result result = run("report", EXAMPLES + "hospital.json", "--as-of", "2026-06-30", "--format", "html",
        "--viewer", "member:chvs.cardiologie");
    assertThat(result.code()).isZero();
    assertThat(result.out()).doesNotContain("review", "urgences-qvct");
  }

  @Test
  void text_output_neutralises_control_characters() {
    // plan texts cannot hold them (the plan's validation refuses them), the output guards anyway
    String text = LintCommand.render(fr.okrsante.plan.Plan.builder().title("Plan").build(),
        fr.okrsante.review.PlanReview.standard().review(fr.okrsante.plan.Plan.builder().title("Plan").build(),
            java.time.LocalDate.of(2026, 6, 30)), true);
    assertThat(text).isEqualTo("Revue du plan « Plan » au 2026-06-30 : 0 avertissement, 0 conseil, 0 accepté\n\nRien à signaler.\n");
  }
}
