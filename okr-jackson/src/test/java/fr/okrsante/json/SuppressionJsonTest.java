package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Suppression;
import org.junit.jupiter.api.Test;

/** The suppressions a plan carries, in its JSON document and schema. */
class SuppressionJsonTest {

  private final OkrJson json = OkrJson.standard();

  private static final Suppression ACCEPTED = Suppression.of("kr-is-activity", "objectives[securite-soins].keyResults[kr-formation]",
      "La formation est l'exigence du critère HAS", "p-qualite");

  @Test
  void suppressions_read_back_equal_and_validate_against_the_schema() {
    Plan plan = HospitalPlan.build().toBuilder().addSuppressions(ACCEPTED).build();
    String text = json.toJson(plan);
    assertThat(text).endsWith(",\"suppressions\":[{\"ruleId\":\"kr-is-activity\",\"target\":"
        + "\"objectives[securite-soins].keyResults[kr-formation]\",\"reason\":\"La formation est l'exigence du critère HAS\","
        + "\"authorId\":\"p-qualite\"}]}");
    assertThat(json.readPlan(text)).isEqualTo(plan);
    assertThat(json.readPlan(text).getSuppressions()).containsExactly(ACCEPTED);
    PlanSchema.assertValid(text, "a plan with a suppression");
  }

  @Test
  void plan_without_suppressions_writes_no_suppressions_member() {
    assertThat(json.toJson(HospitalPlan.build())).doesNotContain("suppressions");
  }

  @Test
  void malformed_suppression_is_located_and_refused_by_the_schema_too() {
    String text = json.toJson(HospitalPlan.build()).replaceFirst("}$",
        ",\"suppressions\":[{\"ruleId\":\"KR is activity\",\"target\":\"kr-eig\",\"reason\":\" \",\"authorId\":\"p-1\"}]}");
    assertThatThrownBy(() -> json.readPlan(text)).isInstanceOf(OkrJsonException.class)
        .satisfies(e -> assertThat(((OkrJsonException) e).getProblems()).extracting(JsonProblem::getPointer)
            .containsExactlyInAnyOrder("/suppressions/0/ruleId", "/suppressions/0/reason"));
    assertThat(PlanSchema.errors(text)).isNotEmpty();
  }

  @Test
  void unknown_member_of_a_suppression_is_refused() {
    String text = json.toJson(HospitalPlan.build()).replaceFirst("}$",
        ",\"suppressions\":[{\"ruleId\":\"kr-is-activity\",\"target\":\"kr-eig\",\"reason\":\"r\",\"authorId\":\"p-1\","
            + "\"until\":\"2027-01-01\"}]}");
    assertThatThrownBy(() -> json.readPlan(text)).isInstanceOf(OkrJsonException.class)
        .satisfies(e -> assertThat(((OkrJsonException) e).getProblems()).extracting(JsonProblem::getPointer)
            .containsExactly("/suppressions/0/until"));
  }

  @Test
  void a_suppression_alone_goes_through_an_object_mapper_with_the_module() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new OkrModule());
    String text = mapper.writeValueAsString(ACCEPTED);
    assertThat(mapper.readValue(text, Suppression.class)).isEqualTo(ACCEPTED);
  }
}
