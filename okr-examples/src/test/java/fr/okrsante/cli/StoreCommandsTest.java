package fr.okrsante.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.json.OkrJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store commands on a real SQLite file: the flow of the README, and bad input that writes nothing. */
class StoreCommandsTest {

  private static final Clock JULY = Clock.fixed(Instant.parse("2026-07-01T08:00:00Z"), ZoneOffset.UTC);
  private static final Path SHIPPED_HOSPITAL = Path.of("src/main/resources/fr/okrsante/examples/hospital.json");

  @TempDir
  Path directory;

  String url;

  private record Result(int code, String out, String err) {}

  @BeforeEach
  void store() {
    url = "jdbc:sqlite:" + directory.resolve("okr.db");
  }

  private Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = OkrCommand.run(new OkrCommand(JULY, directory, new PlanFiles()), args, new PrintWriter(out),
        new PrintWriter(err));
    assertThat(err.toString()).as("standard error").doesNotContain("\tat ", "Exception in");
    return new Result(code, out.toString(), err.toString());
  }

  private Result put() {
    return run("store", "put", SHIPPED_HOSPITAL.toString(), "--store", url, "--author", "p-qualite");
  }

  @Test
  void put_then_check_in_then_history_then_audit() {
    Result put = put();
    assertThat(put.code()).as(put.err()).isZero();
    assertThat(put.out()).contains("plan hospital stored as a new plan: version 1");
    assertThat(put().out()).as("putting the same document again").contains("unchanged: version 1");

    Result checkIn = run("check-in", "hospital", "kr-eig", "75", "--numerator", "9", "--denominator", "12",
        "--date", "2026-06-30", "--note", "revue CREX", "--author", "p-42", "--store", url);
    assertThat(checkIn.code()).as(checkIn.err()).isZero();
    assertThat(checkIn.out()).contains("stored in plan hospital (version 2)");

    Result history = run("history", "hospital", "kr-eig", "--store", url);
    assertThat(history.code()).as(history.err()).isZero();
    assertThat(history.out()).contains("2026-06-30\t75 (9/12)\tfinal\tmanual").contains("p-42");

    Result audit = run("audit", "hospital", "--store", url);
    assertThat(audit.code()).as(audit.err()).isZero();
    assertThat(audit.out()).contains("history intact");

    assertThat(run("store", "list", "--store", url).out()).contains("hospital  version 2");
    Result older = put();
    assertThat(older.code()).as("a document without the stored check-in").isEqualTo(CliException.INVALID_PLAN);
    assertThat(older.err()).contains("correcting check-in");
  }

  @Test
  void get_writes_the_plan_as_it_was() throws Exception {
    put();
    run("check-in", "hospital", "kr-eig", "75", "--numerator", "9", "--denominator", "12", "--store", url);
    Path now = directory.resolve("now.json");
    assertThat(run("store", "get", "hospital", "--output", now.toString(), "--store", url).code()).isZero();
    assertThat(OkrJson.standard().readPlan(Files.readString(now)).keyResult("kr-eig").orElseThrow().getCheckIns())
        .hasSizeGreaterThan(OkrJson.standard().readPlan(Files.readString(SHIPPED_HOSPITAL)).keyResult("kr-eig")
            .orElseThrow().getCheckIns().size());
    Result before = run("store", "get", "hospital", "--as-of", "2020-01-01", "--store", url);
    assertThat(before.code()).isEqualTo(CliException.USAGE);
    assertThat(before.err()).contains("not stored yet");
  }

  @Test
  void bad_check_ins_write_nothing() {
    put();
    Result unknownKr = run("check-in", "hospital", "kr-nope", "1", "--store", url);
    assertThat(unknownKr.code()).isEqualTo(CliException.USAGE);
    assertThat(unknownKr.err()).contains("kr-nope").contains("nothing stored");
    Result notANumber = run("check-in", "hospital", "kr-eig", "87,5", "--store", url);
    assertThat(notANumber.code()).isEqualTo(CliException.USAGE);
    assertThat(notANumber.err()).contains("not a number");
    Result notARate = run("check-in", "hospital", "kr-eig", "80", "--store", url);
    assertThat(notARate.code()).isEqualTo(CliException.INVALID_PLAN);
    Result halfRate = run("check-in", "hospital", "kr-eig", "80", "--numerator", "4", "--store", url);
    assertThat(halfRate.code()).isEqualTo(CliException.USAGE);
    Result unknownPlan = run("check-in", "nope", "kr-eig", "80", "--store", url);
    assertThat(unknownPlan.code()).isEqualTo(CliException.USAGE);
    assertThat(unknownPlan.err()).contains("okr store put");
    assertThat(run("store", "list", "--store", url).out()).contains("hospital  version 1");
  }

  @Test
  void the_same_source_reference_is_stored_once() {
    put();
    run("check-in", "hospital", "kr-eig", "75", "--numerator", "9", "--denominator", "12", "--source-ref", "MR-1",
        "--store", url);
    Result again = run("check-in", "hospital", "kr-eig", "75", "--numerator", "9", "--denominator", "12",
        "--source-ref", "MR-1", "--store", url);
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("already stored: MR-1");
  }

  @Test
  void a_password_on_the_command_line_is_refused() {
    Result result = run("store", "list", "--store", "jdbc:postgresql://db/okr?user=okr&password=secret");
    assertThat(result.code()).isEqualTo(CliException.USAGE);
    assertThat(result.err()).contains("OKR_STORE_PASSWORD").doesNotContain("secret");
  }

  @Test
  void an_unknown_database_is_a_usage_error() {
    Result result = run("store", "list", "--store", "jdbc:h2:mem:x");
    assertThat(result.code()).isEqualTo(CliException.USAGE);
    assertThat(result.err()).contains("jdbc:sqlite:FILE");
  }

  @Test
  void audit_names_the_row_altered_by_hand() throws Exception {
    put();
    run("check-in", "hospital", "kr-eig", "75", "--numerator", "9", "--denominator", "12", "--store", url);
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      statement.execute("DROP TRIGGER okr_check_in_no_update");
      statement.executeUpdate("UPDATE okr_check_in SET value = '100' WHERE seq = 1");
    }
    Result audit = run("audit", "hospital", "--store", url);
    assertThat(audit.code()).isEqualTo(CliException.INVALID_PLAN);
    assertThat(audit.err()).contains("check-in 1 of plan hospital does not match its hash");
  }
}
