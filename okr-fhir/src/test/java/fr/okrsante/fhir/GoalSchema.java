package fr.okrsante.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * HL7's R4 JSON Schema ({@code r4/fhir.schema.json}, see {@code r4/NOTICE.txt}) with the two
 * adjustments networknt 2.0.8 needs, made in memory: the root {@code id} renamed {@code $id}
 * (draft-06 validators otherwise fail with "No suitable validator for id") and the root pointed at
 * {@code #/definitions/Goal} (else the {@code oneOf} over every resource gives about 1,000 errors).
 */
final class GoalSchema {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Schema SCHEMA = load();

  private GoalSchema() {}

  private static Schema load() {
    try (InputStream in = GoalSchema.class.getResourceAsStream("/fr/okrsante/fhir/r4/fhir.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("r4/fhir.schema.json is missing from the test resources");
      }
      ObjectNode schema = (ObjectNode) MAPPER.readTree(in);
      schema.set("$id", schema.remove("id"));
      schema.remove("oneOf");
      schema.remove("discriminator");
      schema.put("$ref", "#/definitions/Goal");
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_6)
          .getSchema(MAPPER.writeValueAsString(schema), InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Error> errors(JsonNode goal) {
    return SCHEMA.validate(goal.toString(), InputFormat.JSON);
  }
}
