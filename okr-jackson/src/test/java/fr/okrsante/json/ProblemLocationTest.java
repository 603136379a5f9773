package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader locates the domain's problems from the segments of their paths: element keys holding
 * dots and colons (ids such as {@code etab:qualite.2026}, framework references such as
 * {@code HAS_CERTIFICATION:1.1-01}) lead to the right element, and its line and column.
 */
class ProblemLocationTest {

  private final OkrJson json = OkrJson.standard();

  private static final String UNITS_AND_CYCLES = String.join("\n",
      "{",
      "  \"schemaVersion\": 1,",
      "  \"units\": [{\"id\": \"chu\", \"name\": \"CHU\", \"kind\": \"organisation\"}],",
      "  \"cycles\": [{\"id\": \"y.2026\", \"label\": \"2026\", \"startDate\": \"2026-01-01\", \"endDate\": \"2026-12-31\"}],");

  private List<JsonProblem> problems(String document) {
    OkrJsonException e = catchThrowableOfType(OkrJsonException.class, () -> json.readPlan(document));
    assertThat(e).as("the document is refused").isNotNull();
    return e.getProblems();
  }

  @Test
  void a_framework_reference_listed_twice_is_located_at_the_second_one() {
    String document = String.join("\n",
        UNITS_AND_CYCLES,
        "  \"objectives\": [",
        "    {\"id\": \"etab:qualite.2025\", \"title\": \"Autre\", \"ownerUnitId\": \"chu\", \"cycleId\": \"y.2026\"},",
        "    {\"id\": \"etab:qualite.2026\", \"title\": \"Qualité\", \"ownerUnitId\": \"chu\", \"cycleId\": \"y.2026\",",
        "     \"frameworkRefs\": [",
        "       {\"scheme\": \"has_certification\", \"code\": \"1.1-01\"},",
        "       {\"scheme\": \"has_certification\", \"code\": \"1.1-02\"},",
        "       {\"scheme\": \"has_certification\", \"code\": \"1.1-01\"}",
        "     ]}",
        "  ]",
        "}");
    assertThat(problems(document)).singleElement().satisfies(p -> {
      assertThat(p.getPointer()).isEqualTo("/objectives/1/frameworkRefs/2");
      assertThat(p.getLine()).isEqualTo(11);
      assertThat(p.getColumn()).isEqualTo(8);
      assertThat(p.getMessage()).isEqualTo("is listed twice");
    });
  }

  @Test
  void an_unknown_source_of_a_key_result_in_an_objective_whose_id_has_dots_and_colons_is_located_in_its_array() {
    String document = String.join("\n",
        UNITS_AND_CYCLES,
        "  \"objectives\": [",
        "    {\"id\": \"pole.a:1\", \"title\": \"A\", \"ownerUnitId\": \"chu\", \"cycleId\": \"y.2026\"},",
        "    {\"id\": \"pole.a:1.b\", \"title\": \"B\", \"ownerUnitId\": \"chu\", \"cycleId\": \"y.2026\",",
        "     \"keyResults\": [",
        "       {\"id\": \"kr.1:x\", \"title\": \"Somme\",",
        "        \"metric\": {\"type\": \"computed\", \"aggregation\": \"sum\",",
        "                   \"sourceIds\": [\"kr.1:y\", \"kr:ghost.1\"], \"baseline\": 0, \"target\": {\"value\": 10}}},",
        "       {\"id\": \"kr.1:y\", \"title\": \"Source\",",
        "        \"metric\": {\"type\": \"move_to_target\", \"baseline\": 0, \"target\": {\"value\": 10}}}",
        "     ]}",
        "  ]",
        "}");
    assertThat(problems(document)).singleElement().satisfies(p -> {
      assertThat(p.getPointer()).isEqualTo("/objectives/1/keyResults/0/metric/sourceIds/1");
      assertThat(p.getLine()).isEqualTo(11);
      assertThat(p.getColumn()).isEqualTo(44);
      assertThat(p.getMessage()).isEqualTo("no key result has the id 'kr:ghost.1'");
    });
  }

  @Test
  void an_alignment_cycle_is_located_at_the_link_named_by_both_ends() {
    String document = String.join("\n",
        UNITS_AND_CYCLES,
        "  \"objectives\": [",
        "    {\"id\": \"a.1:x\", \"title\": \"A\", \"ownerUnitId\": \"chu\", \"cycleId\": \"y.2026\"},",
        "    {\"id\": \"b.2:y\", \"title\": \"B\", \"ownerUnitId\": \"chu\", \"cycleId\": \"y.2026\"}",
        "  ],",
        "  \"links\": [",
        "    {\"childId\": \"b.2:y\", \"parentId\": \"a.1:x\"},",
        "    {\"childId\": \"a.1:x\", \"parentId\": \"b.2:y\"}",
        "  ]",
        "}");
    assertThat(problems(document)).singleElement().satisfies(p -> {
      assertThat(p.getPointer()).isEqualTo("/links/1");
      assertThat(p.getLine()).isEqualTo(11);
      assertThat(p.getColumn()).isEqualTo(5);
      assertThat(p.getMessage()).startsWith("alignment cycle a.1:x → b.2:y → a.1:x");
    });
  }
}
