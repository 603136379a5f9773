package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.LinkMode;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.Target;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plan written by okr-jackson survives ordinary JSON tools — {@code jq .}, Python's {@code json}
 * module, node's {@code JSON.stringify(JSON.parse(…))} — valid and equal in meaning: every number a
 * plan may hold has at most 15 significant digits, which the doubles these tools read keep exactly,
 * and a rate's value is checked at its own decimals, trailing zeros not counted. (Before the number
 * domain, 7/9 was written {@code 77.77777777777778} and came back {@code 77.77777777777779}, refused.)
 *
 * <p>The tools' outputs are committed under {@code src/test/resources/fr/okrsante/json/tools/} and
 * always checked; when a tool is on the machine, its output of today's document is also compared
 * with the committed one (otherwise that part is skipped, with a message saying so). Run with
 * {@code -Dokr.writeJsonToolFixtures=true} to rewrite the fixtures after a change of the document.
 */
class JsonToolsTest {

  private static final OkrJson JSON = OkrJson.standard();
  private static final String FOLDER = "/fr/okrsante/json/tools/";
  private static final ObjectMapper TREES = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  /** The hospital plan, plus the numbers at the domain's edges and the rates that used to break. */
  static Plan plan() {
    Plan hospital = HospitalPlan.build();
    LocalDate march = LocalDate.of(2026, 3, 1);
    KeyResult rates = KeyResult.builder().id("kr-edge-rate").title("Taux aux décimales infinies")
        .metric(Rate.unknownBaseline(Target.absolute("90"))).weight(0.000001)
        .addCheckIns(CheckIn.ofRate(march, 7, 9), CheckIn.ofRate(march.plusDays(1), 2, 3),
            CheckIn.ofRate(march.plusDays(2), 1, 3), CheckIn.ofRate(march.plusDays(3), 1_000_000_000_000L, 3),
            CheckIn.builder().observedOn(march.plusDays(4)).numerator(BigDecimal.valueOf(3))
                .denominator(BigDecimal.valueOf(4)).value(new BigDecimal("75.000")).build())
        .build();
    KeyResult values = KeyResult.builder().id("kr-edge-values").title("Valeurs aux bornes")
        .metric(MoveToTarget.of(new BigDecimal("-999999999999999"), Target.absolute(new BigDecimal("999999999999999"))))
        .weight(1_000_000)
        .addCheckIns(CheckIn.of(march, "0.10"), CheckIn.of(march.plusDays(1), "1E+3"),
            CheckIn.of(march.plusDays(2), "2.50E+3"), CheckIn.of(march.plusDays(3), "0.000001"),
            CheckIn.of(march.plusDays(4), "123456789.123456"), CheckIn.of(march.plusDays(5), "-0.000"),
            CheckIn.builder().observedOn(march.plusDays(6)).value(new BigDecimal("1E+14")).confidence(0.123456789).build())
        .build();
    Objective edges = Objective.builder().id("obj-edges").title("Bornes des nombres")
        .ownerUnitId(hospital.getUnits().get(0).getId())
        .cycleId(hospital.getCycles().get(0).getId()).addKeyResults(rates, values).build();
    return hospital.toBuilder().addObjectives(edges)
        .addLink(AlignmentLink.of("obj-edges", hospital.getObjectives().get(0).getId(), 0.1, LinkMode.INFORMS))
        .build();
  }

  private static String committed(String name) throws IOException {
    try (InputStream in = JsonToolsTest.class.getResourceAsStream(FOLDER + name)) {
      assertThat(in).as("committed fixture " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"plan.python.json", "plan.node.json", "plan.jq.json"})
  void a_plan_passed_through_a_json_tool_reads_back_equal_in_meaning(String fixture) throws IOException {
    Plan plan = plan();
    String original = JSON.toJson(plan);
    assertThat(committed("plan.json")).as("the committed document is today's").isEqualTo(original);
    String passed = committed(fixture);
    Plan read = JSON.readPlan(passed);
    assertSameMeaning(JSON.toJson(read), original, fixture);
    // the rates that broke are there, each as the tool wrote it
    assertThat(passed).contains("77.777778").contains("66.666667").contains("33.333333");
  }

  @ParameterizedTest
  @ValueSource(strings = {"python3", "node", "jq"})
  void todays_tool_output_is_the_committed_one(String tool) throws Exception {
    String original = JSON.toJson(plan());
    List<String> command = switch (tool) {
      case "python3" -> List.of("python3", "-c", "import json,sys; print(json.dumps(json.load(sys.stdin)))");
      case "node" -> List.of("node", "-e",
          "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.stringify(JSON.parse(s))))");
      default -> List.of("jq", ".");
    };
    String fixture = "plan." + (tool.equals("python3") ? "python" : tool) + ".json";
    if (Boolean.getBoolean("okr.writeJsonToolFixtures")) {
      Path folder = Path.of("src/test/resources" + FOLDER);
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("plan.json"), original);
      Files.writeString(folder.resolve(fixture), run(command, original));
    }
    Assumptions.assumeTrue(onPath(tool), () -> tool + " is not on this machine's PATH: its live output is not "
        + "checked here; the committed " + fixture + " still is (a_plan_passed_through_a_json_tool_reads_back_equal_in_meaning)");
    String output = run(command, original);
    assertThat(output).as(tool + " output of today's document").isEqualTo(committed(fixture));
    assertSameMeaning(JSON.toJson(JSON.readPlan(output)), original, tool);
  }

  /** Equal JSON trees, numbers compared by value: 0.10 = 0.1, 1E+3 = 1000.0. */
  private static void assertSameMeaning(String actual, String expected, String label) throws IOException {
    JsonNode a = TREES.readTree(actual);
    JsonNode e = TREES.readTree(expected);
    boolean same = a.equals((x, y) -> {
      if (x.isNumber() && y.isNumber()) {
        return x.decimalValue().compareTo(y.decimalValue()) == 0 ? 0 : 1;
      }
      return x.equals(y) ? 0 : 1;
    }, e);
    assertThat(same).as(label + ": same plan, numbers equal in value\n" + actual + "\n" + expected).isTrue();
  }

  private static boolean onPath(String tool) {
    try {
      Process p = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String run(List<String> command, String input) throws IOException, InterruptedException {
    Path in = Files.createTempFile("okr-plan", ".json");
    try {
      Files.writeString(in, input);
      Process p = new ProcessBuilder(command).redirectInput(in.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(command.get(0) + " finished").isTrue();
      assertThat(p.exitValue()).as(command.get(0) + " exit code").isZero();
      return out;
    } finally {
      Files.deleteIfExists(in);
    }
  }
}
