package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.plan.Plan;
import fr.okrsante.plan.RollupSources;
import org.junit.jupiter.api.Test;

class PlanWriterTest {

  private final OkrJson json = OkrJson.standard();

  private Plan withRollup(String rollup) {
    return json.readPlan(StrictReadingTest.VALID.replace("\"cycleId\": \"c\",", "\"cycleId\": \"c\", \"rollup\": " + rollup + ","));
  }

  @Test
  void rollup_is_written_with_its_sources_first() {
    Plan plan = withRollup("{\"sources\": \"children\"}");
    assertThat(plan.objective("o").orElseThrow().getRollup().getSources()).isEqualTo(RollupSources.CHILDREN);
    assertThat(json.withIndentation(false).toJson(plan)).contains("\"rollup\":{\"sources\":\"children\",\"strategy\":");
  }

  @Test
  void rollup_sources_survive_a_round_trip() {
    Plan plan = withRollup("{\"sources\": \"key_results\"}");
    assertThat(json.readPlan(json.toJson(plan))).isEqualTo(plan);
  }
}
