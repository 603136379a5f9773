package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The published plan schema, loaded once, and an assertion that a document validates against it. */
final class PlanSchema {

  static final String RESOURCE = "/fr/okrsante/json/plan.schema.json";
  static final String TEXT = load();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(TEXT, InputFormat.JSON);

  private PlanSchema() {}

  private static String load() {
    try (InputStream in = PlanSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  static void assertValid(String json, String context) {
    assertThat(errors(json)).as("schema errors of %s", context).isEmpty();
  }
}
