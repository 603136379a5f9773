package fr.okrsante.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.examples.HospitalExample;
import fr.okrsante.plan.Plan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The okr tool run in-process: each command, each exit code, errors without stack traces. */
class OkrCommandTest {

  private static final Clock JULY = Clock.fixed(Instant.parse("2026-07-01T08:00:00Z"), ZoneOffset.UTC);
  private static final Plan HOSPITAL = HospitalExample.plan();

  @TempDir
  Path directory;

  /** Reads "hospital.json" as the hospital example, "broken.json" as an invalid plan, the rest as missing. */
  private final PlanDocuments documents = file -> {
    Map<String, Plan> known = Map.of("hospital.json", HOSPITAL);
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
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = OkrCommand.run(new OkrCommand(JULY, directory, documents), args, new PrintWriter(out), new PrintWriter(err));
    assertThat(err.toString()).as("standard error").doesNotContain("\tat ", "Exception in");
    return new Result(code, out.toString(), err.toString());
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
    assertThat(run("report", "hospital.json", "--as-of", "2026-06-30", "--format", "json").out())
        .contains("\"asOf\": \"2026-06-30\"", "\"current\": 216");
    assertThat(run("report", "hospital.json", "--as-of", "2026-06-30", "--format", "csv", "--lang", "en").out())
        .startsWith("Unit,Objective,Key result");
    Result html = run("report", "hospital.json", "--format", "html", "--output", directory.resolve("r.html").toString());
    assertThat(html.code()).isZero();
    assertThat(Files.readString(directory.resolve("r.html"))).startsWith("<!DOCTYPE html>").doesNotContain("<script");
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
}
