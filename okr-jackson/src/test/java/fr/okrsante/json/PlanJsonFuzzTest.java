package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.okrsante.plan.Plan;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;

/**
 * Any bytes given to the reader give a plan or an {@link OkrJsonException}: never another exception,
 * a stack overflow or a hang. A plan that was read writes back to a document that reads as the same
 * plan.
 *
 * <p>In a normal build this replays the committed corpus
 * ({@code src/test/resources/fr/okrsante/json/PlanJsonFuzzTestInputs/}, plan documents and broken
 * ones); with {@code JAZZER_FUZZ=1} it fuzzes for {@code maxDuration} ({@code .ci/run} does).
 */
@Tag("fuzz")
class PlanJsonFuzzTest {

  private static final OkrJson JSON = OkrJson.standard();

  @FuzzTest(maxDuration = "90s")
  void reading_any_bytes_gives_a_plan_or_an_okr_json_exception(byte[] document) {
    Plan plan;
    try {
      plan = JSON.readPlan(document);
    } catch (OkrJsonException refused) {
      assertThat(refused.getMessage()).isNotBlank();
      return;
    }
    assertThat(JSON.readPlan(JSON.toJson(plan))).isEqualTo(plan);
    // the same document as text reads the same (when it is UTF-8)
    String text = new String(document, StandardCharsets.UTF_8);
    if (java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), document)) {
      assertThat(JSON.readPlan(text)).isEqualTo(plan);
    }
  }
}
