package fr.okrsante.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.json.OkrJson;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Plan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code okr import csv|xlsx|asana|jira|gitlab} on the shipped samples, in-process. */
class ImportCommandTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-20T08:00:00Z"), ZoneOffset.UTC);
  private static final String HOSPITAL = "src/main/resources/fr/okrsante/examples/hospital.json";
  private static final String SAMPLE_CSV = "src/main/resources/fr/okrsante/examples/import/indicateurs.csv";
  private static final String ASANA = "src/main/resources/fr/okrsante/examples/asana/2026-03";

  @TempDir
  Path directory;

  private record Result(int code, String out, String err) {}

  private Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = OkrCommand.run(new OkrCommand(CLOCK, directory, new PlanFiles()), args, new PrintWriter(out),
        new PrintWriter(err));
    assertThat(err.toString()).as("standard error").doesNotContain("\tat ", "Exception in");
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void import_csv_applies_the_sample_writes_the_plan_and_is_a_no_op_the_second_time() throws Exception {
    Path output = directory.resolve("plan.json");
    Result first = run("import", "csv", SAMPLE_CSV, "--plan", HOSPITAL, "--output", output.toString());

    assertThat(first.code()).as(first.out() + first.err()).isZero();
    assertThat(first.out()).contains("assumed: encoding: UTF-8 with a byte-order mark", "assumed: separator: ';'",
        "APPLIED indicateurs.csv:5", "applied=4", "→ " + output);
    Plan plan = OkrJson.standard().readPlan(Files.readString(output));
    List<CheckIn> formation = plan.keyResult("kr-formation").orElseThrow().getCheckIns();
    assertThat(formation.get(formation.size() - 1).getNumerator().orElseThrow()).isEqualByComparingTo("1790");

    Result second = run("import", "csv", SAMPLE_CSV, "--plan", output.toString(), "--output", output.toString());
    assertThat(second.code()).isZero();
    assertThat(second.out()).contains("applied=0, skipped=4");
  }

  @Test
  void dry_run_says_what_would_change_and_writes_nothing() {
    Path output = directory.resolve("plan.json");
    Result result = run("import", "csv", SAMPLE_CSV, "--plan", HOSPITAL, "--output", output.toString(), "--dry-run");

    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("applied=4", "dry run: nothing written");
    assertThat(output).doesNotExist();
  }

  @Test
  void a_refused_row_exits_with_1_lists_the_problem_and_changes_nothing_unless_skip_bad_rows() throws Exception {
    Path csv = Files.writeString(directory.resolve("bad.csv"), "Résultat clé;Date;Valeur\nkr-satisfaction;15/12/2026;88\n"
        + "kr-inconnu;15/12/2026;1\n", StandardCharsets.UTF_8);
    Path output = directory.resolve("plan.json");

    Result refused = run("import", "csv", csv.toString(), "--plan", HOSPITAL, "--output", output.toString());
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.out()).contains("REFUSED bad.csv:3:A (Résultat clé) is 'kr-inconnu': no key result of the plan has this id",
        "WITHHELD bad.csv:2", "applied=0");

    Result skipping = run("import", "csv", csv.toString(), "--plan", HOSPITAL, "--output", output.toString(), "--skip-bad-rows");
    assertThat(skipping.code()).isEqualTo(1);
    assertThat(skipping.out()).contains("applied=1", "refused=1");
  }

  @Test
  void an_unreadable_source_exits_with_3_and_one_line() throws Exception {
    Path csv = Files.writeString(directory.resolve("vide.csv"), "", StandardCharsets.UTF_8);

    Result result = run("import", "csv", csv.toString(), "--plan", HOSPITAL);

    assertThat(result.code()).isEqualTo(3);
    assertThat(result.err()).contains("okr: vide.csv: no header row", "nothing imported");
  }

  @Test
  void a_user_mapping_names_a_column() throws Exception {
    Path csv = Files.writeString(directory.resolve("m.csv"), "KR;Jour;Taux e-Satis\nkr-satisfaction;15/12/2026;88\n",
        StandardCharsets.UTF_8);

    Result result = run("import", "csv", csv.toString(), "--plan", HOSPITAL, "--map", "Jour=DATE", "--map", "Taux e-Satis=VALUE");

    assertThat(result.code()).as(result.out() + result.err()).isZero();
    assertThat(result.out()).contains("applied=1");
  }

  @Test
  void import_asana_builds_objectives_from_the_sample_folder() throws Exception {
    Path plan = directory.resolve("ville.json");
    try (java.io.OutputStream out = Files.newOutputStream(plan)) {
      OkrJson.standard().writePlan(fr.okrsante.examples.YouthPreventionAsanaExample.emptyPlan(), out);
    }
    Path output = directory.resolve("out.json");

    Result result = run("import", "asana", ASANA, "--plan", plan.toString(), "--owner", "ville.jeunesse", "--output", output.toString());

    assertThat(result.code()).as(result.out() + result.err()).isZero();
    assertThat(result.out()).contains("APPLIED goals.json:1 objective 'asana-goal-2001'", "APPLIED tasks.json:1 initiative 'asana-task-4001' done on 2026-02-12");
    assertThat(OkrJson.standard().readPlan(Files.readString(output)).getObjectives()).hasSize(4);
  }

  @Test
  void import_jira_needs_the_key_results_the_issues_support() throws Exception {
    Path search = Files.writeString(directory.resolve("search.json"), "{\"issues\": [{\"key\": \"URG-7\", \"fields\": {\"summary\": "
        + "\"Circuit court\", \"status\": {\"statusCategory\": {\"key\": \"done\"}}, \"resolution\": {\"name\": \"Terminé\"}, "
        + "\"resolutiondate\": \"2026-11-02T10:00:00.000+0100\"}}]}", StandardCharsets.UTF_8);

    Result result = run("import", "jira", search.toString(), "--plan", HOSPITAL, "--key-result", "kr-filiere");

    assertThat(result.code()).as(result.out() + result.err()).isZero();
    assertThat(result.out()).contains("APPLIED search.json:1 initiative 'jira-URG-7' done on 2026-11-02");
    assertThat(run("import", "jira", search.toString(), "--plan", HOSPITAL).code()).isEqualTo(2);
  }

  @Test
  void output_and_store_together_are_a_usage_error() {
    Result result = run("import", "csv", SAMPLE_CSV, "--plan", HOSPITAL, "--output", "x.json", "--store", "jdbc:sqlite:x.db");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("give --output or --store, not both");
  }

  @Test
  void import_into_a_store_appends_to_the_stored_history_once() {
    String store = "jdbc:sqlite:" + directory.resolve("okr.db");
    assertThat(run("store", "put", HOSPITAL, "--id", "chvs", "--store", store).code()).isZero();

    Result first = run("import", "csv", SAMPLE_CSV, "--plan", "chvs", "--store", store);
    assertThat(first.code()).as(first.out() + first.err()).isZero();
    assertThat(first.out()).contains("applied=4", "→ store: plan chvs at version 2");

    Result second = run("import", "csv", SAMPLE_CSV, "--plan", "chvs", "--store", store);
    assertThat(second.code()).isZero();
    assertThat(second.out()).contains("applied=0, skipped=4").doesNotContain("→ store");
    Result history = run("history", "chvs", "kr-formation", "--store", store);
    assertThat(history.out()).contains("2026-12-15");
  }

  /** The plan the store holds now, read back with {@code okr store get}. */
  private Plan stored(String id, String store) {
    Result got = run("store", "get", id, "--store", store);
    assertThat(got.code()).as(got.out() + got.err()).isZero();
    return OkrJson.standard().readPlan(got.out());
  }

  private static long checkIns(Plan plan) {
    return plan.getObjectives().stream().flatMap(o -> o.getKeyResults().stream()).mapToLong(kr -> kr.getCheckIns().size()).sum();
  }

  @Test
  void import_asana_into_a_store_appends_to_the_stored_history_once() throws Exception {
    String store = "jdbc:sqlite:" + directory.resolve("okr.db");
    Path empty = directory.resolve("ville.json");
    try (java.io.OutputStream out = Files.newOutputStream(empty)) {
      OkrJson.standard().writePlan(fr.okrsante.examples.YouthPreventionAsanaExample.emptyPlan(), out);
    }
    assertThat(run("store", "put", empty.toString(), "--id", "ville", "--store", store).code()).isZero();

    Result first = run("import", "asana", ASANA, "--plan", "ville", "--store", store, "--owner", "ville.jeunesse");
    assertThat(first.code()).as(first.out() + first.err()).isZero();
    assertThat(first.out()).contains("APPLIED goals.json:1 objective 'asana-goal-2001'", "→ store: plan ville at version 2");
    Plan afterFirst = stored("ville", store);
    assertThat(afterFirst.getObjectives()).hasSize(4);
    assertThat(afterFirst.initiative("asana-task-4001")).isPresent();
    assertThat(checkIns(afterFirst)).as("check-ins from the goals' metrics and the projects' task counts").isPositive();

    Result second = run("import", "asana", ASANA, "--plan", "ville", "--store", store, "--owner", "ville.jeunesse");
    assertThat(second.code()).as(second.out() + second.err()).isZero();
    assertThat(second.out()).doesNotContain("APPLIED", "→ store");
    Plan afterSecond = stored("ville", store);
    assertThat(afterSecond).as("nothing imported twice").isEqualTo(afterFirst);
    assertThat(checkIns(afterSecond)).isEqualTo(checkIns(afterFirst));
    assertThat(run("store", "list", "--store", store).out()).contains("ville  version 2");
  }

  @Test
  void import_jira_into_a_store_appends_the_initiative_once() throws Exception {
    String store = "jdbc:sqlite:" + directory.resolve("okr.db");
    assertThat(run("store", "put", HOSPITAL, "--id", "chvs", "--store", store).code()).isZero();
    Path search = Files.writeString(directory.resolve("search.json"), "{\"issues\": [{\"key\": \"URG-7\", \"fields\": {\"summary\": "
        + "\"Circuit court\", \"status\": {\"statusCategory\": {\"key\": \"done\"}}, \"resolution\": {\"name\": \"Terminé\"}, "
        + "\"resolutiondate\": \"2026-11-02T10:00:00.000+0100\"}}]}", StandardCharsets.UTF_8);
    int initiatives = stored("chvs", store).getInitiatives().size();

    Result first = run("import", "jira", search.toString(), "--plan", "chvs", "--store", store, "--key-result", "kr-filiere");
    assertThat(first.code()).as(first.out() + first.err()).isZero();
    assertThat(first.out()).contains("APPLIED search.json:1 initiative 'jira-URG-7' done on 2026-11-02",
        "→ store: plan chvs at version 2");
    Plan afterFirst = stored("chvs", store);
    assertThat(afterFirst.getInitiatives()).hasSize(initiatives + 1);
    assertThat(afterFirst.initiative("jira-URG-7").orElseThrow().getDoneOn()).contains(java.time.LocalDate.of(2026, 11, 2));

    Result second = run("import", "jira", search.toString(), "--plan", "chvs", "--store", store, "--key-result", "kr-filiere");
    assertThat(second.code()).as(second.out() + second.err()).isZero();
    assertThat(second.out()).contains("SKIPPED search.json:1").doesNotContain("APPLIED", "→ store");
    assertThat(stored("chvs", store)).isEqualTo(afterFirst);
  }

  @Test
  void import_gitlab_into_a_store_appends_the_initiatives_once() throws Exception {
    String store = "jdbc:sqlite:" + directory.resolve("okr.db");
    assertThat(run("store", "put", HOSPITAL, "--id", "chvs", "--store", store).code()).isZero();
    Path issues = Files.writeString(directory.resolve("issues.json"), "[{\"id\": 501, \"iid\": 12, \"project_id\": 42, "
        + "\"title\": \"Mettre à jour la procédure\", \"state\": \"closed\", \"closed_at\": \"2026-04-02T08:00:00.000Z\", "
        + "\"labels\": [\"qualité\"]}, {\"id\": 502, \"iid\": 13, \"project_id\": 42, \"title\": \"Doublon\", "
        + "\"state\": \"closed\", \"closed_at\": \"2026-04-03T08:00:00.000Z\", \"labels\": [\"Duplicate\"]}]",
        StandardCharsets.UTF_8);
    int initiatives = stored("chvs", store).getInitiatives().size();

    Result first = run("import", "gitlab", issues.toString(), "--plan", "chvs", "--store", store, "--key-result", "kr-filiere");
    assertThat(first.code()).as(first.out() + first.err()).isZero();
    assertThat(first.out()).contains("→ store: plan chvs at version 2");
    Plan afterFirst = stored("chvs", store);
    assertThat(afterFirst.getInitiatives()).hasSize(initiatives + 2);
    assertThat(afterFirst.initiative("gitlab-42-12").orElseThrow().getState()).isEqualTo(fr.okrsante.plan.InitiativeState.DONE);
    assertThat(afterFirst.initiative("gitlab-42-13").orElseThrow().getState()).isEqualTo(fr.okrsante.plan.InitiativeState.CANCELLED);

    Result second = run("import", "gitlab", issues.toString(), "--plan", "chvs", "--store", store, "--key-result", "kr-filiere");
    assertThat(second.code()).as(second.out() + second.err()).isZero();
    assertThat(second.out()).doesNotContain("APPLIED", "→ store");
    assertThat(stored("chvs", store)).isEqualTo(afterFirst);
  }
}
