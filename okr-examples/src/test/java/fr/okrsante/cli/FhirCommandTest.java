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

/** {@code okr fhir import} and {@code okr fhir export} on the shipped hospital plan, in-process. */
class FhirCommandTest {

  private static final Clock JULY = Clock.fixed(Instant.parse("2026-07-01T08:00:00Z"), ZoneOffset.UTC);
  private static final String HOSPITAL = "src/main/resources/fr/okrsante/examples/hospital.json";
  private static final String EIG = "https://example.org/fhir/Measure/eig-30j";

  @TempDir
  Path directory;

  private record Result(int code, String out, String err) {}

  private Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = OkrCommand.run(new OkrCommand(JULY, directory, new PlanFiles()), args, new PrintWriter(out),
        new PrintWriter(err));
    assertThat(err.toString()).as("standard error").doesNotContain("\tat ", "Exception in");
    return new Result(code, out.toString(), err.toString());
  }

  private static String report(String id, String type, int numerator, int denominator) {
    String pop = "{\"code\":{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/measure-population\","
        + "\"code\":\"%s\"}]},\"count\":%d}";
    return "{\"resourceType\":\"MeasureReport\",\"id\":\"" + id + "\",\"status\":\"complete\",\"type\":\"" + type + "\","
        + "\"measure\":\"" + EIG + "|2026\",\"date\":\"2027-01-10T09:00:00Z\","
        + "\"period\":{\"start\":\"2026-12-01\",\"end\":\"2026-12-31\"},\"group\":[{\"population\":["
        + String.format(pop, "numerator", numerator) + "," + String.format(pop, "denominator", denominator) + "]}]}";
  }

  private Path file(String name, String content) throws Exception {
    return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void import_applies_a_report_writes_the_plan_and_is_a_no_op_the_second_time() throws Exception {
    Path reports = file("reports.json", "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
        + report("eig-dec", "summary", 40, 42) + "}]}");
    Path output = directory.resolve("plan.json");
    Result first = run("fhir", "import", HOSPITAL, reports.toString(), "--map", EIG + "=kr-eig", "--output", output.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).contains("APPLIED /entry/0/resource/group/0", "40/42", "kr-eig", "applied=1");
    Plan plan = OkrJson.standard().readPlan(Files.readString(output));
    List<CheckIn> checkIns = plan.keyResult("kr-eig").orElseThrow().getCheckIns();
    assertThat(checkIns.get(checkIns.size() - 1).getSourceRef()).contains("fhir:MeasureReport/eig-dec");
    Result second = run("fhir", "import", output.toString(), reports.toString(), "--map", EIG + "=kr-eig");
    assertThat(second.code()).isZero();
    assertThat(second.out()).contains("SKIPPED", "applied=0, skipped=1");
  }

  @Test
  void import_exits_with_1_when_a_report_is_refused_and_all_or_nothing_applies_none() throws Exception {
    Path reports = file("reports.json", "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
        + report("ok", "summary", 40, 42) + "},{\"resource\":" + report("patient", "individual", 1, 1) + "}]}");
    Path output = directory.resolve("plan.json");
    Result result = run("fhir", "import", HOSPITAL, reports.toString(), "--map", EIG + "=kr-eig", "--all-or-nothing",
        "--output", output.toString());
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.out()).contains("REFUSED /entry/1/resource/type", "patient-level", "WITHHELD", "applied=0");
    assertThat(OkrJson.standard().readPlan(Files.readString(output)))
        .isEqualTo(OkrJson.standard().readPlan(Files.readString(Path.of(HOSPITAL))));
  }

  @Test
  void import_of_unreadable_reports_exits_with_3_and_a_located_problem() throws Exception {
    Path reports = file("reports.json", "{\"resourceType\":\"MeasureReport\",\"status\":\"complete\",\"status\":\"x\"}");
    Result result = run("fhir", "import", HOSPITAL, reports.toString());
    assertThat(result.code()).isEqualTo(3);
    assertThat(result.err()).contains("reports.json", "Duplicate field 'status'");
    assertThat(run("fhir", "import", HOSPITAL, "missing.json").code()).isEqualTo(3);
    assertThat(run("fhir", "import", HOSPITAL, reports.toString(), "--map", "x|1=kr-eig").code()).isEqualTo(2);
  }

  @Test
  void export_writes_only_what_the_viewer_may_see() {
    Result member = run("fhir", "export", HOSPITAL, "--viewer", "member:chvs.cardiologie", "--as-of", "2026-06-30");
    assertThat(member.code()).as(member.err()).isZero();
    assertThat(member.out()).contains("\"resourceType\" : \"Bundle\"", "\"type\" : \"collection\"", "\"Goal\"",
        "o-cardio-risques");
    assertThat(member.out().toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("urgences-qvct", "kr-absenteisme", "qualité de vie au travail", "absent");
    Result nobody = run("fhir", "export", HOSPITAL, "--transaction");
    assertThat(nobody.out()).contains("\"transaction\"", "\"PUT\"", "o-experience-patient").doesNotContain("o-cardio-risques");
    assertThat(run("fhir", "export", HOSPITAL, "--namespace", "nope").code()).isEqualTo(2);
    assertThat(run("fhir", "--help").out()).contains("import", "export");
  }
}
