package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every kind of object of a plan document (each metric type apart) refuses a member it does not
 * know, at that member: one object of each kind is taken from the hospital plan's document.
 */
class UnknownMemberTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The pointer of the first object of each kind: its path without indices, and its type if it has one. */
  private static List<String> oneObjectOfEachKind(JsonNode node, String pointer, String kind, Set<String> seen,
      List<String> out) {
    if (node.isObject()) {
      String key = kind + (node.has("type") ? "(" + node.get("type").asText() + ")" : "");
      // identifiers is a map of free names, not an object of known members
      if (!kind.endsWith("/identifiers") && seen.add(key)) {
        out.add(pointer);
      }
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        oneObjectOfEachKind(member.getValue(), pointer + "/" + member.getKey(), kind + "/" + member.getKey(), seen, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        oneObjectOfEachKind(node.get(i), pointer + "/" + i, kind + "/*", seen, out);
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> unknown_member_is_refused_in_every_kind_of_object() throws Exception {
    String document = OkrJson.standard().toJson(HospitalPlan.build());
    JsonNode tree = MAPPER.readTree(document);
    List<String> pointers = oneObjectOfEachKind(tree, "", "", new HashSet<>(), new ArrayList<>());
    assertThat(pointers).as("kinds of object in the hospital plan").hasSizeGreaterThanOrEqualTo(17);
    return pointers.stream().map(pointer -> DynamicTest.dynamicTest("unknown member in " + (pointer.isEmpty() ? "/" : pointer), () -> {
      JsonNode copy = MAPPER.readTree(document);
      ((ObjectNode) (pointer.isEmpty() ? copy : copy.at(pointer))).put("colour", "red");
      List<JsonProblem> problems = StrictReadingTest.problems(MAPPER.writeValueAsString(copy));
      assertThat(problems).singleElement().satisfies(p -> {
        assertThat(p.getPointer()).isEqualTo(pointer + "/colour");
        assertThat(p.getKind()).isEqualTo(JsonProblem.Kind.CONTENT);
        assertThat(p.getMessage()).startsWith("unknown property 'colour'");
      });
    }));
  }
}
