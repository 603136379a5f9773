package fr.okrsante.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.FrameworkScheme;
import fr.okrsante.plan.Initiative;
import fr.okrsante.plan.InitiativeState;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Lifecycle;
import fr.okrsante.plan.LinkMode;
import fr.okrsante.plan.MeasureUnit;
import fr.okrsante.plan.Milestone;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Status;
import fr.okrsante.plan.Suppression;
import fr.okrsante.plan.UnitKind;
import fr.okrsante.plan.UnknownIdException;
import fr.okrsante.plan.Visibility;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsanaImportTest {

  static final Plan EMPTY = Plan.builder().title("CH").addUnits(OrgUnit.of("ch", "Centre hospitalier", UnitKind.ORGANISATION)).build();
  private static final LocalDate IMPORT_DAY = LocalDate.of(2026, 4, 15);

  @TempDir
  Path directory;

  static Path pages() {
    try {
      return Path.of(AsanaImportTest.class.getResource("asana").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static AsanaImport asana(Clock clock) {
    return AsanaImport.builder().ownerUnit("ch").clock(clock).build();
  }

  private static ImportReport imported() {
    return asana(Fixtures.CLOCK).apply(EMPTY, pages());
  }

  private Path copy() throws IOException {
    Path target = directory.resolve("pages");
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(pages())) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
    return target;
  }

  @Test
  void the_plan_keeps_its_language_its_codes_to_cover_and_its_reviewed_exceptions() {
    FrameworkRef criterion = FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "2.3-11", "Gestion des risques");
    Suppression exception = Suppression.of("objective-without-key-result", "objectives[ch-projet]",
        "projet d'établissement en cours de rédaction", "p-qualite");
    Plan declared = EMPTY.toBuilder().language("fr").addRequiredFrameworkRefs(criterion).addSuppressions(exception).build();

    Plan plan = asana(Fixtures.CLOCK).apply(declared, pages()).getPlan();

    assertThat(plan.getObjectives()).isNotEmpty();
    assertThat(plan.getLanguage()).contains(java.util.Locale.FRENCH);
    assertThat(plan.getRequiredFrameworkRefs()).containsExactly(criterion);
    assertThat(plan.getSuppressions()).containsExactly(exception);
  }

  @Test
  void time_periods_become_cycles_with_their_parent() {
    Plan plan = imported().getPlan();

    assertThat(plan.cycle("asana-tp-500").orElseThrow().getLabel()).isEqualTo("FY 2026");
    assertThat(plan.cycle("asana-tp-501").orElseThrow().getParentId()).contains("asana-tp-500");
    assertThat(plan.cycle("asana-tp-501").orElseThrow().getEndDate()).isEqualTo(LocalDate.of(2026, 3, 31));
  }

  @Test
  void a_goal_with_a_percentage_metric_is_an_objective_with_a_key_result_in_percent_and_a_check_in_of_the_import_day() {
    Plan plan = imported().getPlan();

    Objective chutes = plan.objective("asana-goal-1001").orElseThrow();
    assertThat(chutes.getTitle()).isEqualTo("Réduire les chutes des patients");
    assertThat(chutes.getOwnerUnitId()).isEqualTo("ch");
    assertThat(chutes.getCycleId()).isEqualTo("asana-tp-501");
    KeyResult metric = chutes.keyResult("asana-goal-1001-metric").orElseThrow();
    assertThat(metric.getUnit()).isEqualTo(MeasureUnit.PERCENT);
    MoveToTarget move = (MoveToTarget) metric.getMetric();
    assertThat(move.getBaseline()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("20"));
    assertThat(move.getTarget().getAmount()).isEqualByComparingTo("10");
    CheckIn current = metric.getCheckIns().get(0);
    assertThat(current.getValue()).isEqualByComparingTo("15");
    assertThat(current.getObservedOn()).isEqualTo(IMPORT_DAY);
    assertThat(current.getSourceRef()).contains("asana:goal:1001@2026-04-15");
  }

  @Test
  void privacy_maps_to_the_most_restrictive_matching_visibility_with_pseudonymous_grants() {
    Plan plan = imported().getPlan();

    assertThat(plan.objective("asana-goal-1001").orElseThrow().getVisibility()).isEqualTo(Visibility.ORGANISATION);
    Objective members = plan.objective("asana-goal-1002").orElseThrow();
    assertThat(members.getVisibility()).isEqualTo(Visibility.PRIVATE);
    assertThat(members.getGrantedPersonIds()).containsExactly("asana-user-9001", "asana-user-9002");
  }

  @Test
  void open_statuses_become_overrides_with_asana_s_label_and_closed_ones_a_lifecycle() {
    Plan plan = imported().getPlan();

    assertThat(plan.objective("asana-goal-1001").orElseThrow().getStatusOverride()).hasValueSatisfying(o -> {
      assertThat(o.getStatus()).isEqualTo(Status.ON_TRACK);
      assertThat(o.getReason()).isEqualTo("Asana: green (On track)");
    });
    assertThat(plan.objective("asana-goal-1002").orElseThrow().getStatusOverride().orElseThrow().getStatus()).isEqualTo(Status.BEHIND);
    assertThat(plan.objective("asana-goal-1003").orElseThrow().getLifecycle()).isEqualTo(Lifecycle.CLOSED);
    assertThat(plan.objective("asana-goal-1004").orElseThrow().getLifecycle()).isEqualTo(Lifecycle.CANCELLED);
  }

  @Test
  void subgoals_are_links_weighted_by_contribution_zero_informs_and_a_goal_may_have_several_parents() {
    List<AlignmentLink> links = imported().getPlan().getLinks();

    assertThat(links).extracting(l -> l.getChildId() + "→" + l.getParentId() + " " + l.getMode() + " " + l.getWeight())
        .containsExactlyInAnyOrder(
            "asana-goal-1001→asana-goal-1003 CONTRIBUTES 0.6",
            "asana-goal-1002→asana-goal-1003 INFORMS 0.0",
            "asana-goal-1001→asana-goal-1004 CONTRIBUTES 0.4");
    assertThat(links).filteredOn(l -> l.getMode() == LinkMode.INFORMS).hasSize(1);
  }

  @Test
  void supporting_tasks_are_initiatives_of_a_milestone_key_result_done_on_their_completion_day_in_the_zone() {
    Plan plan = imported().getPlan();

    KeyResult tasks = plan.keyResult("asana-goal-1002-tasks").orElseThrow();
    assertThat(tasks.getMetric()).isInstanceOf(Milestone.class);
    assertThat(((Milestone) tasks.getMetric()).isFromInitiatives()).isTrue();
    Initiative done = plan.initiative("asana-task-3001").orElseThrow();
    assertThat(done.getState()).isEqualTo(InitiativeState.DONE);
    assertThat(done.getDoneOn()).as("22:30 UTC on 31 March is 1 April in Paris").contains(LocalDate.of(2026, 4, 1));
    assertThat(done.getWeight()).isEqualTo(0.5);
    assertThat(done.getKeyResultIds()).containsExactly("asana-goal-1002-tasks");
    assertThat(done.getExternalRef()).contains("asana:task:3001");
    assertThat(plan.initiative("asana-task-3002").orElseThrow().getState()).isEqualTo(InitiativeState.PLANNED);
  }

  @Test
  void a_supporting_project_is_a_rate_check_in_recomputed_from_its_task_counts() {
    KeyResult project = imported().getPlan().keyResult("asana-goal-1003-project-2001").orElseThrow();

    CheckIn rate = project.getCheckIns().get(0);
    assertThat(rate.getNumerator()).contains(new BigDecimal("7"));
    assertThat(rate.getDenominator()).contains(new BigDecimal("10"));
    assertThat(rate.getValue()).isEqualByComparingTo("70");
    assertThat(rate.getSourceRef()).contains("asana:project:2001@2026-04-15");
    assertThat(project.getTitle()).isEqualTo("Projet d'établissement 2026");
  }

  @Test
  void importing_the_same_pages_the_same_day_changes_nothing() {
    Plan once = imported().getPlan();

    ImportReport again = asana(Fixtures.CLOCK).apply(once, pages());

    assertThat(again.getPlan()).isSameAs(once);
    assertThat(again.count(ImportOutcome.Kind.APPLIED) + again.count(ImportOutcome.Kind.UPDATED)).isZero();
    assertThat(again.isComplete()).isTrue();
  }

  @Test
  void a_later_import_appends_the_day_s_check_ins_updates_task_states_and_reports_vanished_tasks() throws IOException {
    Plan once = imported().getPlan();
    Path later = copy();
    Files.writeString(later.resolve("tasks.json"), "{\"data\": [{\"gid\": \"3002\", \"resource_type\": \"task\", \"name\": "
        + "\"Session AFGSU service B\", \"completed\": true, \"completed_at\": \"2026-04-20T09:00:00.000Z\"}]}", StandardCharsets.UTF_8);

    ImportReport report = asana(Clock.fixed(Fixtures.NOW.plusSeconds(7 * 86_400), ZoneOffset.UTC)).apply(once, later);

    Plan plan = report.getPlan();
    assertThat(plan.keyResult("asana-goal-1001-metric").orElseThrow().getCheckIns()).extracting(CheckIn::getObservedOn)
        .containsExactly(IMPORT_DAY, IMPORT_DAY.plusDays(7));
    assertThat(plan.initiative("asana-task-3002").orElseThrow().getDoneOn()).contains(LocalDate.of(2026, 4, 20));
    assertThat(report.get(ImportOutcome.Kind.UPDATED)).extracting(ImportOutcome::getMessage)
        .contains("initiative 'asana-task-3002' done on 2026-04-20 (was planned)");
    assertThat(report.get(ImportOutcome.Kind.VANISHED)).extracting(ImportOutcome::getMessage)
        .containsExactly("initiative 'asana-task-3001' (asana:task:3001) is no longer in the pages: kept, not deleted");
    assertThat(plan.initiative("asana-task-3001")).as("never deleted").isPresent();
  }

  @Test
  void a_goal_whose_time_period_was_not_saved_is_refused_and_nothing_is_applied() throws IOException {
    Path pages = copy();
    Files.delete(pages.resolve("time_periods.json"));

    ImportReport report = asana(Fixtures.CLOCK).apply(EMPTY, pages);

    assertThat(report.getPlan()).isSameAs(EMPTY);
    assertThat(report.get(ImportOutcome.Kind.REFUSED)).first().hasToString(
        "REFUSED goals.json:1:time_period is 501, not among the saved time periods: save /time_periods/501");
    assertThat(report.count(ImportOutcome.Kind.WITHHELD)).isPositive();
  }

  @Test
  void a_metric_that_does_not_move_is_refused_with_its_location() throws IOException {
    Path pages = copy();
    Files.writeString(pages.resolve("goals.json"), Files.readString(pages.resolve("goals.json"))
        .replace("\"target_number_value\": 10", "\"target_number_value\": 0"), StandardCharsets.UTF_8);

    ImportReport report = asana(Fixtures.CLOCK).apply(EMPTY, pages);

    assertThat(report.get(ImportOutcome.Kind.REFUSED)).extracting(ImportOutcome::toString)
        .contains("REFUSED goals.json:4:metric initial and target are both 0: a key result must move");
  }

  @Test
  void a_page_that_is_not_an_api_response_is_refused_whole() throws IOException {
    Path pages = copy();
    Files.writeString(pages.resolve("zz.json"), "[1, 2]", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> asana(Fixtures.CLOCK).apply(EMPTY, pages)).isInstanceOf(SourceFormatException.class)
        .hasMessage("zz.json: has no 'data' array or object: expected a saved Asana API response ({\"data\": [...]})");
  }

  @Test
  void a_page_repeating_a_member_name_is_refused_whole() throws IOException {
    Path pages = copy();
    Files.writeString(pages.resolve("zz.json"), "{\"data\": [], \"data\": []}", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> asana(Fixtures.CLOCK).apply(EMPTY, pages)).isInstanceOf(SourceFormatException.class)
        .hasMessageStartingWith("zz.json: is not a readable JSON page: Duplicate field 'data'");
  }

  @Test
  void the_owner_unit_must_be_in_the_plan() {
    assertThatThrownBy(() -> AsanaImport.builder().ownerUnit("nowhere").build().apply(EMPTY, pages()))
        .isInstanceOf(UnknownIdException.class);
  }
}
