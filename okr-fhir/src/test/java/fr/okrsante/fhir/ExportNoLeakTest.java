package fr.okrsante.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.okrsante.json.OkrJson;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.visibility.Access;
import fr.okrsante.visibility.Membership;
import fr.okrsante.visibility.PlanView;
import fr.okrsante.visibility.Viewer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The no-leak property extended to FHIR: exporting any shipped example plan
 * ({@code okr-examples/src/main/resources/fr/okrsante/examples/*.json}) for any viewer — nobody
 * (public objectives only), and a member, a lead and an overseer of every unit — writes no id,
 * title, description or person id of an objective the viewer may not see, nor of its key results.
 * Every exported Goal of the widest and narrowest views also validates against the R4 schema.
 */
class ExportNoLeakTest {

  private static final Path EXAMPLES = Path.of("..", "okr-examples", "src", "main", "resources", "fr", "okrsante", "examples");
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<Path> list = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      assertThat(list).as("shipped example plans in %s", EXAMPLES.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(5);
      return list.stream();
    }
  }

  static List<Viewer> viewers(Plan plan) {
    List<Viewer> viewers = new ArrayList<>();
    viewers.add(Viewer.of("p-nobody", List.of()));
    for (OrgUnit unit : plan.getUnits()) {
      viewers.add(Viewer.of("p-member", List.of(Membership.member(unit.getId()))));
      viewers.add(Viewer.of("p-lead", List.of(Membership.lead(unit.getId()))));
      viewers.add(Viewer.of("p-overseer", List.of(Membership.overseer(unit.getId()))));
    }
    return viewers;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void export_for_any_viewer_holds_nothing_hidden(Path file) throws IOException {
    Plan plan = OkrJson.standard().readPlan(Files.readAllBytes(file));
    GoalExport export = GoalExport.builder().build();
    int restricted = 0;
    for (Viewer viewer : viewers(plan)) {
      PlanView view = Access.of(plan, viewer).view();
      Set<String> visible = new HashSet<>();
      for (Objective objective : view.getObjectives()) {
        visible.addAll(texts(objective));
      }
      Set<String> hidden = new HashSet<>();
      for (Objective objective : plan.getObjectives()) {
        if (view.objective(objective.getId()).isEmpty()) {
          hidden.addAll(texts(objective));
          hidden.add(GoalExport.objectiveGoalId(objective.getId()));
          objective.getKeyResults().forEach(k -> hidden.add(GoalExport.keyResultGoalId(k.getId())));
        }
      }
      hidden.removeAll(visible);
      if (!hidden.isEmpty()) {
        restricted++;
      }
      JsonNode bundle = GoalExportTest.MAPPER.readTree(export.toJson(view, AS_OF));
      String label = file.getFileName() + " for " + viewer.getMemberships();
      for (String value : strings(bundle)) {
        String bare = value.startsWith("Goal/") ? value.substring(5) : value;
        assertThat(hidden).as("%s writes '%s'", label, value).doesNotContain(value, bare);
      }
      for (Objective objective : plan.getObjectives()) {
        objective.getOwnerPersonIds().forEach(p -> assertThat(strings(bundle)).as(label).doesNotContain(p));
      }
    }
    if (restricted == 0) {
      // the test proves something only where some viewer misses something: else every objective is public
      assertThat(plan.getObjectives()).as("%s has no viewer who misses anything", file.getFileName())
          .allMatch(o -> o.getVisibility() == fr.okrsante.plan.Visibility.PUBLIC);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void export_of_every_example_is_r4_conformant(Path file) throws IOException {
    Plan plan = OkrJson.standard().readPlan(Files.readAllBytes(file));
    GoalExport export = GoalExport.builder().transaction(true).build();
    OrgUnit root = plan.getUnits().stream().filter(u -> u.getParentId().isEmpty()).findFirst().orElseThrow();
    for (Viewer viewer : List.of(Viewer.of("p-dir", List.of(Membership.overseer(root.getId()))), Viewer.of("p-x", List.of()))) {
      JsonNode bundle = GoalExportTest.MAPPER.readTree(export.toJson(Access.of(plan, viewer).view(), AS_OF));
      GoalExportTest.assertConformant(bundle, file.getFileName() + " for " + viewer.getMemberships());
    }
  }

  private static Set<String> texts(Objective objective) {
    Set<String> texts = new HashSet<>();
    texts.add(objective.getId());
    texts.add(objective.getTitle());
    if (!objective.getDescription().isEmpty()) {
      texts.add(objective.getDescription());
    }
    for (KeyResult keyResult : objective.getKeyResults()) {
      texts.add(keyResult.getId());
      texts.add(keyResult.getTitle());
    }
    return texts;
  }

  private static List<String> strings(JsonNode root) {
    List<String> out = new ArrayList<>();
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      JsonNode node = todo.pop();
      if (node.isTextual()) {
        out.add(node.asText());
      }
      node.forEach(todo::push);
    }
    return out;
  }
}
