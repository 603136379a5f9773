package fr.okrsante.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.okrsante.json.OkrJson;
import fr.okrsante.plan.Plan;
import org.junit.jupiter.api.Test;

/** The JSON baseline moves the same data as the library's documents (no timing here). */
class FlatRecordsTest {

  @Test
  void flat_records_round_trip_the_same_data_as_the_library_document() throws Exception {
    Plan plan = PlanGenerator.generate(PlanGenerator.Size.TINY);
    ObjectMapper mapper = FlatRecords.mapper();
    FlatRecords.PlanDoc records = FlatRecords.of(plan);

    Plan readByLibrary = OkrJson.standard().readPlan(OkrJson.standard().toJsonBytes(plan));
    FlatRecords.PlanDoc readByJackson = mapper.readValue(mapper.writeValueAsBytes(records), FlatRecords.PlanDoc.class);

    assertThat(readByLibrary).isEqualTo(plan);
    assertThat(readByJackson).as("the baseline reads back every field it wrote").isEqualTo(records);
    assertThat(FlatRecords.of(readByLibrary)).as("both documents carry the same data").isEqualTo(readByJackson);
  }
}
