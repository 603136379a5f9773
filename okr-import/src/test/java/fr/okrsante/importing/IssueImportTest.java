package fr.okrsante.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.okrsante.plan.Initiative;
import fr.okrsante.plan.InitiativeState;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.UnknownIdException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssueImportTest {

  private static final Plan PLAN = Fixtures.plan();

  @TempDir
  Path directory;

  private static Path resource(String name) {
    try {
      return Path.of(IssueImportTest.class.getResource("issues/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ImportReport jira(Plan plan, Path file) {
    return IssueImport.jira().keyResults(List.of("kr-jalon")).build().apply(plan, file);
  }

  @Test
  void jira_status_categories_map_to_initiative_states_and_won_t_do_to_cancelled() {
    Plan plan = jira(PLAN, resource("jira-search.json")).getPlan();

    Initiative done = plan.initiative("jira-PREV-1").orElseThrow();
    assertThat(done.getState()).isEqualTo(InitiativeState.DONE);
    assertThat(done.getDoneOn()).as("23:30 UTC is the next day in Paris").contains(LocalDate.of(2026, 4, 1));
    assertThat(done.getExternalRef()).contains("jira:PREV-1");
    assertThat(done.getKeyResultIds()).containsExactly("kr-jalon");
    assertThat(plan.initiative("jira-PREV-2").orElseThrow().getState()).isEqualTo(InitiativeState.IN_PROGRESS);
    assertThat(plan.initiative("jira-PREV-3").orElseThrow().getState()).isEqualTo(InitiativeState.CANCELLED);
    assertThat(plan.initiative("jira-PREV-3").orElseThrow().getDoneOn()).isEmpty();
    assertThat(plan.initiative("jira-PREV-4").orElseThrow().getState()).isEqualTo(InitiativeState.PLANNED);
  }

  @Test
  void the_cancelled_resolutions_are_configurable() {
    Plan plan = IssueImport.jira().keyResults(List.of("kr-jalon")).cancelledWhen(List.of("Obsolète")).build()
        .apply(PLAN, resource("jira-search.json")).getPlan();

    assertThat(plan.initiative("jira-PREV-3").orElseThrow().getState()).isEqualTo(InitiativeState.DONE);
  }

  @Test
  void gitlab_state_and_labels_map_to_initiative_states() {
    Plan plan = IssueImport.gitlab().keyResults(List.of("kr-jalon")).build().apply(PLAN, resource("gitlab-issues.json")).getPlan();

    Initiative closed = plan.initiative("gitlab-42-12").orElseThrow();
    assertThat(closed.getState()).isEqualTo(InitiativeState.DONE);
    assertThat(closed.getDoneOn()).contains(LocalDate.of(2026, 4, 2));
    assertThat(closed.getExternalRef()).contains("gitlab:42#12");
    assertThat(plan.initiative("gitlab-42-13").orElseThrow().getState()).isEqualTo(InitiativeState.CANCELLED);
    assertThat(plan.initiative("gitlab-42-14").orElseThrow().getState()).isEqualTo(InitiativeState.IN_PROGRESS);
    assertThat(plan.initiative("gitlab-42-15").orElseThrow().getState()).isEqualTo(InitiativeState.PLANNED);
  }

  @Test
  void re_importing_updates_states_never_duplicates_and_reports_vanished_issues() throws Exception {
    Plan once = jira(PLAN, resource("jira-search.json")).getPlan();
    Path later = Files.writeString(directory.resolve("later.json"), Files.readString(resource("jira-search.json"))
        .replace("\"key\": \"indeterminate\"", "\"key\": \"done\"")
        .replaceAll("(?s),\\s*\\{\"id\": \"10004\".*?\\}\\}\\s*\\]", "]"), StandardCharsets.UTF_8);

    ImportReport report = jira(once, later);

    assertThat(report.getPlan().getInitiatives()).hasSize(once.getInitiatives().size());
    assertThat(report.getPlan().initiative("jira-PREV-2").orElseThrow().getState()).isEqualTo(InitiativeState.DONE);
    assertThat(report.get(ImportOutcome.Kind.UPDATED)).extracting(ImportOutcome::getMessage)
        .containsExactly("initiative 'jira-PREV-2' done (was in progress)");
    assertThat(report.get(ImportOutcome.Kind.SKIPPED)).hasSize(2);
    assertThat(report.get(ImportOutcome.Kind.VANISHED)).extracting(ImportOutcome::getMessage)
        .containsExactly("initiative 'jira-PREV-4' (jira:PREV-4) is no longer in the source: kept as planned, not deleted");
    assertThat(report.getPlan().initiative("jira-PREV-4")).isPresent();
  }

  @Test
  void an_issue_without_a_status_category_is_refused_and_nothing_applied() throws Exception {
    Path file = Files.writeString(directory.resolve("bad.json"), "{\"issues\": [{\"key\": \"A-1\", \"fields\": {\"summary\": \"x\"}},"
        + "{\"key\": \"A-2\", \"fields\": {\"summary\": \"y\", \"status\": {\"statusCategory\": {\"key\": \"new\"}}}}]}",
        StandardCharsets.UTF_8);

    ImportReport report = jira(PLAN, file);

    assertThat(report.getPlan()).isSameAs(PLAN);
    assertThat(report.get(ImportOutcome.Kind.REFUSED)).extracting(ImportOutcome::toString)
        .containsExactly("REFUSED bad.json:1:fields.status.statusCategory.key is missing: expected new, indeterminate or done");
    assertThat(report.get(ImportOutcome.Kind.WITHHELD)).hasSize(1);
  }

  @Test
  void a_key_result_the_plan_does_not_have_is_refused_before_reading() {
    assertThatThrownBy(() -> IssueImport.jira().keyResults(List.of("kr-nope")).build().apply(PLAN, resource("jira-search.json")))
        .isInstanceOf(UnknownIdException.class);
  }

  @Test
  void a_gitlab_page_that_is_not_an_array_is_refused_whole() throws Exception {
    Path file = Files.writeString(directory.resolve("gl.json"), "{\"message\": \"401 Unauthorized\"}", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> IssueImport.gitlab().keyResults(List.of("kr-jalon")).build().apply(PLAN, file))
        .isInstanceOf(SourceFormatException.class)
        .hasMessage("gl.json: is not an array: expected a saved GitLab issues list ([{...}, ...])");
  }
}
