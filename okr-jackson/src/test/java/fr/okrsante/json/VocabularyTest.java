package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void every_enum_name_is_stable_lower_case() {
    for (Map.Entry<String, Names<?>> entry : Names.ALL.entrySet()) {
      assertThat(entry.getValue().names()).as("names of %s", entry.getKey())
          .allMatch(name -> name.matches("[a-z]+(_[a-z]+)*")).doesNotHaveDuplicates();
    }
  }

  @Test
  void schema_lists_exactly_the_enum_names() throws Exception {
    JsonNode defs = new ObjectMapper().readTree(PlanSchema.TEXT).get("$defs");
    for (Map.Entry<String, Names<?>> entry : Names.ALL.entrySet()) {
      List<String> listed = new ArrayList<>();
      defs.get(entry.getKey()).get("enum").forEach(n -> listed.add(n.asText()));
      assertThat(listed).as("schema enum %s", entry.getKey()).containsExactlyElementsOf(entry.getValue().names());
    }
  }

  @Test
  void schema_forbids_additional_properties_on_every_object() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(PlanSchema.TEXT);
    List<String> open = new ArrayList<>();
    collectOpenObjects(schema, "#", open);
    assertThat(open).as("object schemas without additionalProperties false").containsExactly(
        "#/$defs/unit/properties/identifiers");
  }

  @Test
  void document_schemas_list_exactly_the_enum_names() throws Exception {
    JsonNode evaluation = new ObjectMapper().readTree(DocumentSchemas.EVALUATION_TEXT).get("$defs");
    JsonNode view = new ObjectMapper().readTree(DocumentSchemas.VIEW_TEXT).get("$defs");
    for (Map.Entry<String, Names<?>> entry : Names.DOCUMENTS.entrySet()) {
      JsonNode def = evaluation.has(entry.getKey()) ? evaluation.get(entry.getKey()) : view.get(entry.getKey());
      List<String> listed = new ArrayList<>();
      def.get("enum").forEach(n -> listed.add(n.asText()));
      assertThat(listed).as("schema enum %s", entry.getKey()).containsExactlyElementsOf(entry.getValue().names());
      assertThat(entry.getValue().names()).allMatch(name -> name.matches("[a-z]+(_[a-z]+)*"));
    }
  }

  @Test
  void document_schemas_forbid_additional_properties_on_every_object() throws Exception {
    List<String> open = new ArrayList<>();
    collectOpenObjects(new ObjectMapper().readTree(DocumentSchemas.EVALUATION_TEXT), "evaluation#", open);
    collectOpenObjects(new ObjectMapper().readTree(DocumentSchemas.VIEW_TEXT), "view#", open);
    // restrictedSources is a map: its keys are ids (propertyNames), its values counts
    assertThat(open).as("object schemas without additionalProperties false")
        .containsExactly("view#/properties/restrictedSources");
  }

  private static void collectOpenObjects(JsonNode node, String path, List<String> open) {
    if (!node.isObject()) {
      return;
    }
    if (node.has("properties") && !(node.has("additionalProperties") && node.get("additionalProperties").isBoolean()
        && !node.get("additionalProperties").asBoolean())) {
      open.add(path);
    }
    if ("object".equals(node.path("type").asText()) && !node.has("properties") && !node.has("additionalProperties")) {
      open.add(path);
    }
    if ("object".equals(node.path("type").asText()) && !node.has("properties") && node.has("additionalProperties")
        && node.get("additionalProperties").isObject()) {
      open.add(path);
    }
    node.properties().forEach(e -> collectOpenObjects(e.getValue(), path + "/" + e.getKey(), open));
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectOpenObjects(node.get(i), path + "/" + i, open);
      }
    }
  }

  @Test
  void schema_rejects_what_the_reader_rejects() {
    String valid = StrictReadingTest.VALID;
    PlanSchema.assertValid(valid, "the valid document");
    assertThat(PlanSchema.errors(valid.replace("\"kind\": \"unit\"", "\"kind\": \"unit\", \"x\": 1"))).isNotEmpty();
    assertThat(PlanSchema.errors(valid.replace("\"kind\": \"unit\"", "\"kind\": \"UNIT\""))).isNotEmpty();
    assertThat(PlanSchema.errors(valid.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"))).isNotEmpty();
    assertThat(PlanSchema.errors(valid.replace("\"id\": \"o\"", "\"id\": \"o o\""))).isNotEmpty();
    assertThat(PlanSchema.errors(valid.replace("move_to_target", "guardrail"))).isNotEmpty();
    assertThat(PlanSchema.errors(valid.replace("{\"value\": 192}", "{\"value\": 192, \"changePercent\": 1}"))).isNotEmpty();
  }
}
