package fr.okrsante.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fr.okrsante.json.OkrJson;
import fr.okrsante.plan.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five example plans shipped as JSON documents ({@code fr/okrsante/examples/*.json}) are the
 * plans the example programs build, and valid against the published schema.
 *
 * <p>When an example's plan changes, regenerate its document: run the example, which writes
 * {@code okr-NAME.json} in the temporary directory, and copy it over the shipped one.
 */
class ShippedPlansTest {

  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(resource("/fr/okrsante/json/plan.schema.json"), InputFormat.JSON);

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("hospital.json", (Supplier<Plan>) HospitalExample::plan),
        Arguments.of("medico-social.json", (Supplier<Plan>) MedicoSocialExample::plan),
        Arguments.of("territorial-network.json", (Supplier<Plan>) TerritorialNetworkExample::plan),
        Arguments.of("local-health-contract.json", (Supplier<Plan>) LocalHealthContractExample::plan),
        Arguments.of("youth-prevention.json", (Supplier<Plan>) YouthPreventionExample::plan));
  }

  private static String resource(String name) {
    try (InputStream in = ShippedPlansTest.class.getResourceAsStream(name)) {
      assertThat(in).as("resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void shipped_document_reads_back_equal_to_the_example_plan(String name, Supplier<Plan> example) {
    Plan read = OkrJson.standard().readPlan(resource("/fr/okrsante/examples/" + name));
    assertThat(read).as("%s read back (regenerate it from the example if the plan changed)", name)
        .isEqualTo(example.get());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void shipped_document_validates_against_the_plan_schema(String name) {
    assertThat(SCHEMA.validate(resource("/fr/okrsante/examples/" + name), InputFormat.JSON))
        .as("schema errors of %s", name).isEmpty();
  }
}
