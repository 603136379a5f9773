package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plan texts hold no control character (C0, DEL, C1, bidirectional overrides and isolates), so
 * that no terminal, page or spreadsheet shows other text than the one stored; descriptions and
 * notes may hold tabs and line feeds.
 */
class PlanTextControlsTest {

  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  private static Plan.Builder plan(Objective objective) {
    return Plan.builder().addUnits(OrgUnit.of("chu", "CHU", UnitKind.ORGANISATION))
        .addCycles(Cycle.of("2026", "2026", JAN_1, LocalDate.of(2026, 12, 31))).addObjectives(objective);
  }

  private static Objective.Builder objective() {
    return Objective.builder().id("obj").title("Objectif").ownerUnitId("chu").cycleId("2026");
  }

  private static List<PlanProblem> problemsOf(Runnable build) {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, build::run);
    assertThat(e).as("expected an InvalidPlanException").isNotNull();
    return e.getProblems();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u001b[31m", "\u0007", "\t", "\n", "\r", "\u007f", "\u0085", "\u009b", "\u202a", "\u202e",
      "\u2066", "\u2069"})
  void a_title_with_a_control_character_is_a_located_problem(String control) {
    List<PlanProblem> problems = problemsOf(() -> plan(objective().title("Sécurité " + control + "des soins").build()).build());
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getPath()).isEqualTo("objectives[obj].title");
      assertThat(p.getMessage()).contains(String.format("U+%04X", (int) control.charAt(0)), "position 9");
    });
  }

  @Test
  void a_description_may_hold_tabs_and_line_feeds_but_no_other_control_character() {
    assertThatCode(() -> plan(objective().description("Ligne 1\n\tLigne 2").build()).build()).doesNotThrowAnyException();
    assertThat(problemsOf(() -> plan(objective().description("Ligne 1\r\u001b[2J").build()).build()))
        .singleElement().satisfies(p -> assertThat(p.getPath()).isEqualTo("objectives[obj].description"));
  }

  @Test
  void a_check_in_note_with_a_bidi_override_is_a_located_problem() {
    assertThat(problemsOf(() -> CheckIn.builder().observedOn(JAN_1).value(new java.math.BigDecimal("1"))
        .note("ok \u202egnp.exe").build()))
        .singleElement().satisfies(p -> assertThat(p.getPath()).endsWith("note"));
  }

  @Test
  void unit_names_plan_titles_and_framework_labels_are_checked_too() {
    assertThat(problemsOf(() -> OrgUnit.of("chu", "CHU\u0000", UnitKind.ORGANISATION)))
        .singleElement().satisfies(p -> assertThat(p.getPath()).endsWith(".name"));
    assertThat(problemsOf(() -> plan(objective().build()).title("Plan\u009b31m").build()))
        .singleElement().satisfies(p -> assertThat(p.getPath()).isEqualTo("title"));
  }

  @Test
  void accents_emoji_and_non_breaking_spaces_are_not_control_characters() {
    assertThatCode(() -> plan(objective().title("Qualité de vie au travail\u00a0: 90 % 🙂 — ça va").build()).build())
        .doesNotThrowAnyException();
  }
}
