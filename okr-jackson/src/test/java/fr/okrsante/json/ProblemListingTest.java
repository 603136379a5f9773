package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.plan.InvalidPlanException;
import fr.okrsante.plan.PlanProblem;
import fr.okrsante.plan.ProblemListing;
import fr.okrsante.plan.ProblemPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan's and the JSON reader's exceptions list their problems with the same formatter. */
class ProblemListingTest {

  @Test
  void both_exceptions_list_twenty_problems_then_count_the_rest_alike() {
    List<JsonProblem> json = new ArrayList<>();
    List<PlanProblem> plan = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      json.add(JsonProblem.of("/units/" + i, 3, 5, "m"));
      plan.add(PlanProblem.of(PlanProblem.Kind.BLANK_TEXT, ProblemPath.of("units").element("u" + i), "m"));
    }
    String jsonMessage = new OkrJsonException(json).getMessage();
    String planMessage = new InvalidPlanException(plan).getMessage();
    assertThat(jsonMessage).isEqualTo(ProblemListing.describe(json, "the JSON document"))
        .startsWith("23 problems in the JSON document:\n  /units/0 (line 3, column 5): m\n")
        .endsWith("\n  … and 3 more (see getProblems())");
    assertThat(planMessage).isEqualTo(ProblemListing.describe(plan, "the plan"))
        .startsWith("23 problems in the plan:\n  units[u0]: m\n")
        .endsWith("\n  … and 3 more (see getProblems())");
    assertThat(jsonMessage.lines().count()).isEqualTo(planMessage.lines().count()).isEqualTo(22);
  }

  @Test
  void one_problem_is_counted_in_the_singular() {
    assertThat(new OkrJsonException(List.of(JsonProblem.of("", 0, 0, "m"))).getMessage())
        .isEqualTo("1 problem in the JSON document:\n  / (line 0, column 0): m");
  }
}
