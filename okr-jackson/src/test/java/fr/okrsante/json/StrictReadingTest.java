package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictReadingTest {

  static final String VALID = """
      {
        "schemaVersion": 1,
        "units": [
          {"id": "u", "name": "Unité", "kind": "unit"}
        ],
        "cycles": [
          {"id": "c", "label": "2026", "startDate": "2026-01-01", "endDate": "2026-12-31"}
        ],
        "objectives": [
          {
            "id": "o",
            "title": "Objectif",
            "ownerUnitId": "u",
            "cycleId": "c",
            "keyResults": [
              {
                "id": "k",
                "title": "Attente",
                "metric": {"type": "move_to_target", "baseline": 240, "target": {"value": 192}}
              }
            ]
          }
        ]
      }
      """;

  private final OkrJson json = OkrJson.standard();

  static List<JsonProblem> problems(String document) {
    return catchThrowableOfType(OkrJsonException.class, () -> OkrJson.standard().readPlan(document)).getProblems();
  }

  /** The 1-based line and column where {@code marker} first starts in {@code text}. */
  static int[] at(String text, String marker) {
    int index = text.indexOf(marker);
    assertThat(index).as("marker %s", marker).isNotNegative();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, index - lineStart + 1};
  }

  static void assertProblem(JsonProblem problem, String pointer, String text, String marker, String messagePart) {
    int[] at = at(text, marker);
    assertThat(problem.getPointer()).as("pointer of %s", problem).isEqualTo(pointer);
    assertThat(new int[] {problem.getLine(), problem.getColumn()}).as("line and column of %s", problem).containsExactly(at);
    assertThat(problem.getMessage()).as("message of %s", problem).contains(messagePart);
  }

  @Test
  void valid_document_reads() {
    assertThat(json.readPlan(VALID).keyResult("k")).isPresent();
  }

  @Test
  void unknown_property_is_an_error_with_its_pointer_and_position() {
    String text = VALID.replace("\"title\": \"Attente\",", "\"title\": \"Attente\", \"colour\": \"red\",");
    List<JsonProblem> problems = problems(text);
    assertThat(problems).hasSize(1);
    assertProblem(problems.get(0), "/objectives/0/keyResults/0/colour", text, "\"red\"", "unknown property 'colour'");
  }

  @Test
  void unknown_root_property_is_an_error() {
    String text = VALID.replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"extra\": [1, 2],");
    assertProblem(problems(text).get(0), "/extra", text, "[1, 2]", "unknown property 'extra'");
  }

  @Test
  void duplicate_key_is_an_error() {
    String text = VALID.replace("\"id\": \"o\",", "\"id\": \"o\", \"id\": \"p\",");
    List<JsonProblem> problems = problems(text);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).getPointer()).isEqualTo("/objectives/0/id");
    assertThat(problems.get(0).getLine()).isEqualTo(at(text, "\"id\": \"p\"")[0]);
    assertThat(problems.get(0).getMessage()).containsIgnoringCase("duplicate");
  }

  @Test
  void trailing_content_is_an_error() {
    String text = VALID + "{}";
    List<JsonProblem> problems = problems(text);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).getMessage()).contains("trailing");
    assertThat(problems.get(0).getLine()).isEqualTo(text.split("\n", -1).length);
  }

  @Test
  void trailing_garbage_is_an_error() {
    assertThat(problems(VALID + "x").get(0).getMessage()).contains("malformed");
  }

  @Test
  void nan_is_an_error() {
    String text = VALID.replace("\"baseline\": 240", "\"baseline\": NaN");
    List<JsonProblem> problems = problems(text);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).getPointer()).isEqualTo("/objectives/0/keyResults/0/metric/baseline");
    assertThat(problems.get(0).getLine()).isEqualTo(at(text, "NaN")[0]);
    assertThat(problems.get(0).getMessage()).contains("NaN");
  }

  @Test
  void infinity_is_an_error() {
    String text = VALID.replace("\"value\": 192", "\"value\": -Infinity");
    assertThat(problems(text).get(0).getPointer()).isEqualTo("/objectives/0/keyResults/0/metric/target/value");
  }

  @Test
  void newer_schema_version_is_the_only_problem_reported() {
    String text = VALID.replace("\"schemaVersion\": 1,", "\"schemaVersion\": 2, \"future\": true,");
    List<JsonProblem> problems = problems(text);
    assertThat(problems).hasSize(1);
    assertProblem(problems.get(0), "/schemaVersion", text, "2,", "newer than this library reads (1)");
  }

  @Test
  void newer_schema_version_late_in_the_document_drops_earlier_problems() {
    String text = VALID.replace("\"schemaVersion\": 1,", "\"future\": true,").replace("\n}", ",\"schemaVersion\": 3}");
    List<JsonProblem> problems = problems(text);
    assertThat(problems).singleElement().extracting(JsonProblem::getPointer).isEqualTo("/schemaVersion");
  }

  @Test
  void schema_version_zero_is_an_error() {
    String text = VALID.replace("\"schemaVersion\": 1,", "\"schemaVersion\": 0,");
    assertProblem(problems(text).get(0), "/schemaVersion", text, "0,", "schemaVersion 0 does not exist");
  }

  @Test
  void missing_schema_version_is_an_error() {
    String text = VALID.replace("\"schemaVersion\": 1,", "");
    assertProblem(problems(text).get(0), "", text, "{", "schemaVersion is missing");
  }

  @Test
  void schema_version_of_wrong_type_is_an_error() {
    String text = VALID.replace("\"schemaVersion\": 1,", "\"schemaVersion\": \"1\",");
    assertProblem(problems(text).get(0), "/schemaVersion", text, "\"1\"", "expected an integer");
  }

  @Test
  void wrong_type_is_an_error() {
    String text = VALID.replace("\"title\": \"Objectif\"", "\"title\": 42");
    assertProblem(problems(text).get(0), "/objectives/0/title", text, "42", "is an integer: expected a string");
  }

  @Test
  void null_is_an_error() {
    String text = VALID.replace("\"cycleId\": \"c\"", "\"cycleId\": null");
    List<JsonProblem> problems = problems(text);
    assertProblem(problems.get(0), "/objectives/0/cycleId", text, "null", "is null");
  }

  @Test
  void missing_required_property_is_reported_on_its_object() {
    String text = VALID.replace("\"title\": \"Attente\",", "");
    List<JsonProblem> problems = problems(text);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getPointer()).isEqualTo("/objectives/0/keyResults/0");
      assertThat(p.getMessage()).contains("title is missing");
    });
  }

  @Test
  void malformed_date_is_an_error() {
    String text = VALID.replace("\"2026-12-31\"", "\"31/12/2026\"");
    assertProblem(problems(text).get(0), "/cycles/0/endDate", text, "\"31/12/2026\"", "ISO-8601 date");
  }

  @Test
  void unknown_enum_name_is_an_error_listing_the_choices() {
    String text = VALID.replace("\"kind\": \"unit\"", "\"kind\": \"UNIT\"");
    assertProblem(problems(text).get(0), "/units/0/kind", text, "\"UNIT\"", "'organisation', 'pole'");
  }

  @Test
  void unknown_metric_type_is_an_error_and_never_a_class_name() {
    String text = VALID.replace("\"type\": \"move_to_target\"", "\"type\": \"java.lang.Runtime\"");
    assertProblem(problems(text).get(0), "/objectives/0/keyResults/0/metric/type", text, "\"java.lang.Runtime\"",
        "is not one of 'move_to_target'");
  }

  @Test
  void target_equal_to_baseline_is_reported_at_the_target() {
    String text = VALID.replace("{\"value\": 192}", "{\"value\": 240}");
    List<JsonProblem> problems = problems(text);
    assertThat(problems).hasSize(1);
    assertProblem(problems.get(0), "/objectives/0/keyResults/0/metric/target", text, "{\"value\": 240}",
        "equals the baseline 240");
    assertThat(problems.get(0).toString())
        .startsWith("/objectives/0/keyResults/0/metric/target (line " + at(text, "{\"value\": 240}")[0] + ", column ");
  }

  @Test
  void missing_unit_reference_is_reported_at_the_reference() {
    String text = VALID.replace("\"ownerUnitId\": \"u\"", "\"ownerUnitId\": \"nope\"");
    List<JsonProblem> problems = problems(text);
    assertThat(problems).hasSize(1);
    assertProblem(problems.get(0), "/objectives/0/ownerUnitId", text, "\"nope\"", "no unit has the id 'nope'");
  }

  @Test
  void alignment_cycle_is_reported_at_a_link_of_the_cycle() {
    String second = "{\"id\": \"p\", \"title\": \"Autre\", \"ownerUnitId\": \"u\", \"cycleId\": \"c\"}";
    String text = VALID.replace("    }\n  ]\n}", "    },\n    " + second + "\n  ],\n  \"links\": [\n"
        + "    {\"childId\": \"o\", \"parentId\": \"p\"},\n    {\"childId\": \"p\", \"parentId\": \"o\"}\n  ]\n}");
    List<JsonProblem> problems = problems(text);
    assertThat(problems).hasSize(1);
    assertProblem(problems.get(0), "/links/0", text, "{\"childId\": \"o\"", "alignment cycle o → p → o");
  }

  @Test
  void duplicate_id_is_reported_at_the_second_element() {
    String text = VALID.replace("{\"id\": \"u\", \"name\": \"Unité\", \"kind\": \"unit\"}",
        "{\"id\": \"u\", \"name\": \"Unité\", \"kind\": \"unit\"},\n    {\"id\": \"u\", \"name\": \"Bis\", \"kind\": \"team\"}");
    List<JsonProblem> problems = problems(text);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getPointer()).isEqualTo("/units/1");
      assertThat(p.getMessage()).contains("duplicate id");
    });
  }

  @Test
  void rate_check_in_without_numerator_is_reported_at_the_check_in() {
    String text = VALID.replace("{\"type\": \"move_to_target\", \"baseline\": 240, \"target\": {\"value\": 192}}",
        "{\"type\": \"rate\", \"target\": {\"value\": 90}},\n          \"checkIns\": [{\"observedOn\": \"2026-02-01\", \"value\": 75}]");
    List<JsonProblem> problems = problems(text);
    assertProblem(problems.get(0), "/objectives/0/keyResults/0/checkIns/0", text, "{\"observedOn\"",
        "needs the numerator and denominator");
  }

  @Test
  void target_with_both_forms_is_an_error() {
    String text = VALID.replace("{\"value\": 192}", "{\"value\": 192, \"changePercent\": -20}");
    assertThat(problems(text).get(0).getPointer()).isEqualTo("/objectives/0/keyResults/0/metric/target");
  }

  @Test
  void every_problem_is_reported_at_once() {
    String text = VALID
        .replace("\"kind\": \"unit\"", "\"kind\": \"unit\", \"colour\": 1")
        .replace("\"label\": \"2026\"", "\"label\": true")
        .replace("{\"value\": 192}", "{\"value\": 240}")
        .replace("\"title\": \"Objectif\"", "\"title\": \"  \"");
    List<JsonProblem> problems = problems(text);
    assertThat(problems).extracting(JsonProblem::getPointer).containsExactly(
        "/units/0/colour", "/cycles/0/label", "/objectives/0/keyResults/0/metric/target", "/objectives/0/title");
  }

  @Test
  void an_element_with_a_broken_child_still_reports_its_own_broken_rules() {
    String text = VALID
        .replace("\"kind\": \"unit\"", "\"kind\": \"unit\", \"parentId\": \"u\", \"colour\": 1")
        .replace("\"title\": \"Attente\",", "\"title\": \"Attente\", \"dueDate\": \"2026-01-01\", \"startDate\": \"2026-02-01\","
            + " \"checkIns\": [{\"observedOn\": \"2026-01-10\", \"value\": 1, \"confidence\": 3}, {\"observedOn\": \"x\", \"value\": 2}],");
    assertThat(problems(text)).extracting(JsonProblem::getPointer).containsExactly(
        "/units/0/colour", "/units/0/parentId",
        "/objectives/0/keyResults/0/checkIns/0/confidence", "/objectives/0/keyResults/0/checkIns/1/observedOn",
        "/objectives/0/keyResults/0/dueDate");
  }

  @Test
  void exception_message_lists_pointers_with_positions() {
    String text = VALID.replace("{\"value\": 192}", "{\"value\": 240}");
    assertThatThrownBy(() -> json.readPlan(text))
        .isInstanceOf(OkrJsonException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 problem in the JSON document")
        .hasMessageContaining("/objectives/0/keyResults/0/metric/target (line 19, column 75)");
  }

  @Test
  void invalid_utf8_is_an_error() {
    byte[] bytes = VALID.replace("Unité", "Unit?").getBytes(StandardCharsets.UTF_8);
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("Unit?") + 4;
    bytes[at] = (byte) 0xC3;
    bytes[at + 1] = (byte) 0x28;
    OkrJsonException e = catchThrowableOfType(OkrJsonException.class, () -> json.readPlan(bytes));
    assertThat(e.getProblems()).singleElement().satisfies(p -> {
      assertThat(p.getPointer()).isEqualTo("/units/0/name");
      assertThat(p.getMessage()).containsIgnoringCase("UTF-8");
    });
  }

  @Test
  void every_truncation_of_a_document_is_an_error() {
    String whole = VALID.strip();
    for (int length = 0; length < whole.length(); length++) {
      String prefix = whole.substring(0, length);
      assertThat(problems(prefix)).as("prefix of %d chars", length).isNotEmpty();
    }
  }

  @Test
  void empty_document_is_an_error() {
    assertThat(problems("")).singleElement().extracting(JsonProblem::getMessage).asString().contains("empty");
    assertThat(problems("  \n ")).hasSize(1);
  }

  @Test
  void root_that_is_not_an_object_is_an_error() {
    assertThat(problems("[1, 2]")).singleElement().extracting(JsonProblem::getMessage).asString()
        .contains("is an array");
    assertThat(problems("\"plan\"")).hasSize(1);
  }

  @Test
  void top_level_collection_of_wrong_type_is_an_error() {
    String text = VALID.replace("\"cycles\": [", "\"cycles\": {\"a\": [").replace("\"2026-12-31\"}\n  ],", "\"2026-12-31\"}\n  ]},");
    List<JsonProblem> problems = problems(text);
    assertThat(problems.get(0).getPointer()).isEqualTo("/cycles");
    assertThat(problems.get(0).getMessage()).contains("is an object");
  }
}
