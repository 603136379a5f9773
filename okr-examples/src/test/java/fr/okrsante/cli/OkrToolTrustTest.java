package fr.okrsante.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.dashboard.Labels;
import fr.okrsante.examples.HospitalExample;
import fr.okrsante.json.OkrJson;
import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.LinkMode;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Visibility;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The okr tool never crashes, never loses output and never prints what it should not: memory,
 * output failures, exit codes, one truth for validity, viewers, French output (issue 12, §3 and §5).
 */
class OkrToolTrustTest {

  private static final Clock JULY = Clock.fixed(Instant.parse("2026-07-01T08:00:00Z"), ZoneOffset.UTC);
  private static final Plan HOSPITAL = HospitalExample.plan();
  private static final String HOSPITAL_JSON = OkrJson.standard().toJson(HOSPITAL);

  @TempDir
  Path directory;

  record Result(int code, String out, String err) {}

  private Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = OkrCommand.run(new OkrCommand(JULY, directory, new PlanFiles()), args, new PrintWriter(out),
        new PrintWriter(err));
    assertThat(err.toString()).as("standard error").doesNotContain("\tat ", "Exception in", "Usage:");
    return new Result(code, out.toString(), err.toString());
  }

  private String write(String name, String content) throws IOException {
    return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8).toString();
  }

  private String write(String name, Plan plan) throws IOException {
    return write(name, OkrJson.standard().toJson(plan));
  }

  private static long lines(String text) {
    return text.lines().count();
  }

  // ---------------------------------------------------------------- memory

  @Test
  void a_300_mb_sparse_file_is_refused_before_reading_with_a_limit_sized_to_a_256_mb_heap() throws IOException {
    Path sparse = directory.resolve("sparse.json");
    try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
      file.setLength(300L * 1024 * 1024);
    }
    PlanFiles files = new PlanFiles(OkrJson.standard().withLimits(PlanFiles.limitsForHeap(256L * 1024 * 1024)));
    CliException e = org.assertj.core.api.Assertions.catchThrowableOfType(CliException.class, () -> files.read(sparse));
    assertThat(e.getExitCode()).isEqualTo(CliException.UNREADABLE);
    assertThat(e.getMessage()).contains("300 MB", "over the reading limit of 32 MB").doesNotContain("\n");
  }

  @Test
  void the_default_document_limit_follows_the_heap_the_jvm_has() {
    assertThat(PlanFiles.limitsForHeap(256L * 1024 * 1024).getMaxDocumentLength()).isEqualTo(32L * 1024 * 1024);
    assertThat(PlanFiles.limitsForHeap(64L * 1024 * 1024 * 1024).getMaxDocumentLength()).isEqualTo(2_000_000_000L);
  }

  @Test
  void a_document_made_of_one_long_string_is_refused_in_one_line_without_library_names() throws IOException {
    String file = write("string.json", "{\"schemaVersion\": 1, \"title\": \"" + "a".repeat(3_000_000) + "\"}");
    Result result = run("validate", file);
    assertThat(result.code()).isEqualTo(CliException.UNREADABLE);
    assertThat(lines(result.err())).isEqualTo(1);
    assertThat(result.err()).contains("ReadLimits.maxStringLength")
        .doesNotContain("StreamReadConstraints", "JsonReadFeature", "StreamReadFeature", "line 0, column 0");
  }

  @Test
  void large_inputs_under_a_256_mb_heap_give_one_line_in_a_child_jvm() throws Exception {
    Path sparse = directory.resolve("sparse.json");
    try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
      file.setLength(300L * 1024 * 1024);
    }
    // over the heap-sized limit (32 MB) but written quickly: one string of 40 MB
    Path string = directory.resolve("string.json");
    try (OutputStream out = Files.newOutputStream(string)) {
      out.write("{\"title\": \"".getBytes(StandardCharsets.US_ASCII));
      byte[] block = "a".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 40; i++) {
        out.write(block);
      }
      out.write("\"}".getBytes(StandardCharsets.US_ASCII));
    }
    for (Path input : List.of(sparse, string)) {
      Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx256m", "-cp", System.getProperty("java.class.path"), OkrCommand.class.getName(), "validate",
          input.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor()).as(err).isEqualTo(CliException.UNREADABLE);
      assertThat(err).doesNotContain("OutOfMemoryError", "\tat ").contains("over the reading limit");
      assertThat(lines(err)).isEqualTo(1);
    }
  }

  // ---------------------------------------------------------------- output

  @Test
  void a_closed_standard_output_exits_4_in_one_line() {
    OutputStream closed = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    StringWriter err = new StringWriter();
    int code = OkrCommand.run(new OkrCommand(JULY, directory, file -> HOSPITAL),
        new String[] {"report", "hospital.json", "--as-of", "2026-06-30"},
        new PrintWriter(new OutputStreamWriter(closed, StandardCharsets.UTF_8)), new PrintWriter(err));
    assertThat(code).isEqualTo(CliException.WRITE_FAILED);
    assertThat(err.toString()).contains("standard output cannot be written");
    assertThat(lines(err.toString())).isEqualTo(1);
  }

  @Test
  void output_replaces_the_old_report_in_one_step_and_leaves_no_temporary_file() throws IOException {
    String plan = write("hospital.json", HOSPITAL_JSON);
    Path report = Files.writeString(directory.resolve("report.csv"), "old");
    assertThat(run("report", plan, "--as-of", "2026-06-30", "--format", "csv", "--lang", "en", "--output",
        report.toString()).code()).isZero();
    assertThat(Files.readString(report)).startsWith("Unit,Objective");
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("hospital.json", "report.csv");
    }
  }

  @Test
  void output_dash_is_standard_output() throws IOException {
    String plan = write("hospital.json", HOSPITAL_JSON);
    Result result = run("report", plan, "--as-of", "2026-06-30", "--output", "-");
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("Renforcer la culture de la sécurité des soins");
    assertThat(directory.resolve("-")).doesNotExist();
  }

  @Test
  void writing_over_the_input_plan_is_refused() throws IOException {
    String plan = write("hospital.json", HOSPITAL_JSON);
    Result result = run("report", plan, "--as-of", "2026-06-30", "--output", plan);
    assertThat(result.code()).isEqualTo(CliException.USAGE);
    assertThat(result.err()).contains("is the plan document itself");
    assertThat(Files.readString(Path.of(plan))).isEqualTo(HOSPITAL_JSON);
  }

  @Test
  void write_errors_exit_4_and_name_their_cause() throws IOException {
    String plan = write("hospital.json", HOSPITAL_JSON);
    Result missing = run("report", plan, "--as-of", "2026-06-30", "--output", directory.resolve("no/such/report.txt").toString());
    assertThat(missing.code()).isEqualTo(CliException.WRITE_FAILED);
    assertThat(missing.err()).contains("does not exist");
    Result folder = run("report", plan, "--as-of", "2026-06-30", "--output", directory.toString());
    assertThat(folder.code()).isEqualTo(CliException.WRITE_FAILED);
    assertThat(folder.err()).contains("is a directory");
  }

  @Test
  void demo_does_not_write_through_a_symbolic_link_and_still_prints_the_dashboard() throws IOException {
    Path victim = directory.resolve("victim.txt");
    Files.writeString(victim, "keep me");
    Files.createSymbolicLink(directory.resolve("okr-dashboard.html"), victim);
    Result result = run("demo", "--lang", "en");
    assertThat(result.code()).isEqualTo(CliException.WRITE_FAILED);
    assertThat(result.out()).contains("OKR dashboard", "216 min (240 → 192 min)");
    assertThat(result.err()).contains("symbolic link");
    assertThat(Files.readString(victim)).isEqualTo("keep me");
  }

  // ---------------------------------------------------------------- terminals and spreadsheets

  @Test
  void the_text_report_fits_in_100_columns_and_contributions_are_marked_as_their_objective() throws IOException {
    Objective long_ = Objective.builder().from(HOSPITAL.objective("securite-soins").orElseThrow())
        .title("Renforcer la culture de la sécurité des soins ".repeat(6).strip()).build();
    String plan = write("long.json", HOSPITAL.withObjective(long_));
    for (String language : List.of("en", "fr")) {
      String text = run("report", plan, "--as-of", "2026-06-30", "--since", "2026-03-31", "--lang", language).out();
      assertThat(text.lines()).allSatisfy(line -> assertThat(line.codePointCount(0, line.length()))
          .as(line).isLessThanOrEqualTo(100));
      assertThat(text).contains("…\n", "└ Contributions");
    }
  }

  @Test
  void the_text_report_grows_linearly_with_the_depth_of_a_chain() throws IOException {
    long small = run("report", write("c1.json", chain(500)), "--as-of", "2026-06-30").out().length();
    long large = run("report", write("c2.json", chain(2_000)), "--as-of", "2026-06-30").out().length();
    assertThat((double) large / small).as("size ratio for a 4 times deeper chain").isLessThan(5.0);
    assertThat(large).isLessThan(2_000L * 600);
  }

  /** The hospital plan with a chain of objectives under the safety objective. */
  private static Plan chain(int depth) {
    Objective top = HOSPITAL.objective("cardio-risques").orElseThrow();
    Plan.Builder builder = HOSPITAL.toBuilder();
    String parent = "securite-soins";
    for (int i = 0; i < depth; i++) {
      String id = "chain-" + i;
      builder.addObjectives(Objective.builder().from(top).id(id).title("Maillon " + i).keyResults(List.of()).build());
      builder.addLink(AlignmentLink.of(id, parent));
      parent = id;
    }
    return builder.build();
  }

  @Test
  void explain_neutralises_what_the_terminal_would_run() {
    assertThat(fr.okrsante.dashboard.TextDashboard.neutralise("a\u001b[2Jb\u202ec\nd\u0085"))
        .isEqualTo("a\ufffd[2Jb\ufffdc\nd\ufffd");
  }

  // ---------------------------------------------------------------- one truth for validity

  @Test
  void an_unknown_rollup_strategy_is_a_located_problem_for_validate() throws IOException {
    String file = write("median.json", HOSPITAL_JSON.replaceFirst("\"strategy\":\"weighted-mean\"", "\"strategy\":\"median\""));
    Result result = run("validate", file);
    assertThat(result.code()).isEqualTo(CliException.INVALID_PLAN);
    assertThat(result.out()).contains(".rollup.strategy: no rollup strategy is named 'median'");
    assertThat(run("report", file, "--as-of", "2026-06-30").code()).isEqualTo(CliException.INVALID_PLAN);
  }

  @Test
  void a_plan_with_1500_problems_exits_1_listing_1000_and_counting_the_rest() throws IOException {
    StringBuilder links = new StringBuilder();
    for (int i = 0; i < 1_500; i++) {
      links.append("{\"childId\":\"nope-").append(i).append("\",\"parentId\":\"securite-soins\"},");
    }
    String file = write("many.json", HOSPITAL_JSON.replace("\"links\":[", "\"links\":[" + links));
    Result result = run("validate", file);
    assertThat(result.code()).isEqualTo(CliException.INVALID_PLAN);
    assertThat(lines(result.out())).isEqualTo(1_001);
    assertThat(result.out()).contains("… and 500 more problems");
    assertThat(result.err()).contains("1,500 problems");
  }

  @Test
  void duplicate_keys_exit_1_as_the_docs_say() throws IOException {
    Result result = run("validate", write("dup.json", HOSPITAL_JSON.replaceFirst("\"title\":", "\"title\":\"x\",\"title\":")));
    assertThat(result.code()).isEqualTo(CliException.INVALID_PLAN);
    assertThat(result.out()).contains("duplicate property 'title'");
  }

  @Test
  void not_a_number_is_refused_without_library_names() throws IOException {
    Result result = run("validate", write("nan.json", HOSPITAL_JSON.replaceFirst("\"baseline\":50", "\"baseline\":NaN")));
    assertThat(result.code()).isEqualTo(CliException.UNREADABLE);
    assertThat(result.err()).contains("NaN").doesNotContain("JsonReadFeature", "`");
    Result latin1 = run("validate", Files.write(directory.resolve("latin1.json"),
        "{\"title\": \"Sécurité\"}".getBytes(StandardCharsets.ISO_8859_1)).toString());
    assertThat(latin1.err()).doesNotContain("line 0, column 0");
  }

  @Test
  void a_bad_date_says_what_a_date_looks_like_in_one_line() throws IOException {
    Result result = run("report", write("hospital.json", HOSPITAL_JSON), "--as-of", "2026-13-01");
    assertThat(result.code()).isEqualTo(CliException.USAGE);
    assertThat(result.err()).contains("expected YYYY-MM-DD, e.g. 2026-06-30");
    assertThat(lines(result.err())).isLessThanOrEqualTo(2);
  }

  @Test
  void years_are_printed_as_iso_years() {
    Labels en = Labels.forLanguage("en");
    assertThat(en.date(LocalDate.of(-1, 6, 30))).endsWith("-1");
    assertThat(en.date(LocalDate.of(12026, 6, 30))).endsWith("12026");
    assertThat(Labels.forLanguage("fr").date(LocalDate.of(0, 6, 30))).isEqualTo("30 juin 0");
  }

  // ---------------------------------------------------------------- §5

  @Test
  void viewer_public_matches_no_person_a_plan_can_grant() throws IOException {
    Objective qvct = HOSPITAL.objective("urgences-qvct").orElseThrow();
    assertThat(qvct.getVisibility()).isNotEqualTo(Visibility.PUBLIC);
    Plan granted = HOSPITAL.withObjective(Objective.builder().from(qvct)
        .addGrantedPersonIds("okr-cli:no-person").build());
    String file = write("granted.json", granted);
    assertThat(run("report", file, "--as-of", "2026-06-30", "--viewer", "public").out())
        .doesNotContain(qvct.getTitle());
    assertThat(ViewerSpec.NO_PERSON).doesNotMatch(Plan.ID_PATTERN);
  }

  @Test
  void viewer_parsing_ignores_case_and_spaces_and_refuses_two_persons() throws IOException {
    String file = write("hospital.json", HOSPITAL_JSON);
    Result spaced = run("report", file, "--as-of", "2026-06-30", "--viewer", " Member : chvs.cardiologie , PUBLIC ");
    Result plain = run("report", file, "--as-of", "2026-06-30", "--viewer", "member:chvs.cardiologie");
    assertThat(spaced.code()).isZero();
    assertThat(spaced.out().lines().skip(2)).containsExactlyElementsOf(plain.out().lines().skip(2).toList());
    assertThat(run("report", file, "--as-of", "2026-06-30", "--viewer", "person:p-1,person:p-1").code()).isZero();
    assertThat(run("report", file, "--as-of", "2026-06-30", "--viewer", "person:p-1,person:p-2").code())
        .isEqualTo(CliException.USAGE);
    assertThat(run("report", file, "--as-of", "2026-06-30", "--viewer", "person:no one").code())
        .isEqualTo(CliException.USAGE);
  }

  @Test
  void explain_in_french_writes_weights_with_a_decimal_comma() throws IOException {
    Plan plan = HOSPITAL.withoutLink("cardio-risques", "securite-soins")
        .withLink(AlignmentLink.of("cardio-risques", "securite-soins", 1.5, LinkMode.CONTRIBUTES));
    Result result = run("explain", write("weights.json", plan), "securite-soins", "--as-of", "2026-06-30", "--lang", "fr");
    assertThat(result.out()).contains("poids 1,5", "[securite-soins] : ").doesNotContain("1.5", "2.0");
  }

  @Test
  void report_follows_the_plan_language_unless_lang_is_given() throws IOException {
    String file = write("hospital-lang.json", HOSPITAL_JSON);
    assertThat(run("report", file, "--as-of", "2026-06-30").out()).contains("Tableau de bord OKR", "Alignement");
    assertThat(run("report", file, "--as-of", "2026-06-30", "--lang", "en").out()).contains("OKR dashboard")
        .doesNotContain("Tableau de bord");
  }

  @Test
  void french_csv_opens_in_french_excel() throws IOException {
    String csv = run("report", write("hospital.json", HOSPITAL_JSON), "--as-of", "2026-06-30", "--format", "csv",
        "--lang", "fr").out();
    assertThat(csv).startsWith("\ufeffUnité;Objectif;");
    assertThat(csv).contains(";240;192;216;0,5000;", ";non;").doesNotContain(";false", ";true");
  }

  @Test
  void csv_guards_cells_starting_with_a_tab_or_a_carriage_return() {
    assertThat(fr.okrsante.dashboard.CsvDashboard.class).isNotNull();
    assertThat(csvText("\t=1+1")).isEqualTo("'\ufffd=1+1");
    assertThat(csvText("\r=1+1")).isEqualTo("'\ufffd=1+1");
    assertThat(csvText("-2")).isEqualTo("'-2");
  }

  private static String csvText(String value) {
    try {
      java.lang.reflect.Method text = fr.okrsante.dashboard.CsvDashboard.class.getDeclaredMethod("text", String.class);
      text.setAccessible(true);
      return (String) text.invoke(null, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void a_zero_weight_objective_says_no_weight_not_no_data() throws IOException {
    Objective cardio = HOSPITAL.objective("cardio-risques").orElseThrow();
    List<KeyResult> weightless = new ArrayList<>();
    for (KeyResult kr : cardio.getKeyResults()) {
      weightless.add(KeyResult.builder().from(kr).weight(0).build());
    }
    String file = write("zero.json", HOSPITAL.withObjective(Objective.builder().from(cardio).keyResults(weightless).build()));
    String en = run("report", file, "--as-of", "2026-06-30", "--lang", "en").out();
    String fr = run("report", file, "--as-of", "2026-06-30", "--lang", "fr").out();
    assertThat(en.lines().filter(l -> l.contains(cardio.getTitle()) && l.startsWith("["))).singleElement()
        .asString().contains("no weight").doesNotContain("No data");
    assertThat(fr.lines().filter(l -> l.contains(cardio.getTitle()) && l.startsWith("["))).singleElement()
        .asString().contains("sans poids").doesNotContain("sans données");
  }
}
