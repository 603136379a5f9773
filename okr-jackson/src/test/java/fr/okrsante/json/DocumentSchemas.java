package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The published evaluation and view schemas, loaded once from the module's resources with the plan
 * schema they refer to (by its {@code $id}, never from the network).
 */
final class DocumentSchemas {

  static final String PLAN_ID = "https://okr-sante.fr/schema/plan/1/plan.schema.json";
  static final String EVALUATION_ID = "https://okr-sante.fr/schema/evaluation/1/evaluation.schema.json";
  static final String VIEW_ID = "https://okr-sante.fr/schema/view/1/view.schema.json";

  static final String EVALUATION_TEXT = load("/fr/okrsante/json/evaluation.schema.json");
  static final String VIEW_TEXT = load("/fr/okrsante/json/view.schema.json");

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemas(Map.of(PLAN_ID, PlanSchema.TEXT, EVALUATION_ID, EVALUATION_TEXT, VIEW_ID, VIEW_TEXT)));
  private static final Schema EVALUATION = REGISTRY.getSchema(SchemaLocation.of(EVALUATION_ID));
  private static final Schema VIEW = REGISTRY.getSchema(SchemaLocation.of(VIEW_ID));

  private DocumentSchemas() {}

  private static String load(String resource) {
    try (InputStream in = DocumentSchemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Error> evaluationErrors(String json) {
    return EVALUATION.validate(json, InputFormat.JSON);
  }

  static List<Error> viewErrors(String json) {
    return VIEW.validate(json, InputFormat.JSON);
  }

  static void assertValidEvaluation(String json, String context) {
    assertThat(evaluationErrors(json)).as("evaluation schema errors of %s", context).isEmpty();
  }

  static void assertValidView(String json, String context) {
    assertThat(viewErrors(json)).as("view schema errors of %s", context).isEmpty();
  }
}
