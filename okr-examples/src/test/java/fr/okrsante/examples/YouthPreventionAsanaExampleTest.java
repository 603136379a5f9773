package fr.okrsante.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.okrsante.importing.ImportOutcome;
import fr.okrsante.importing.ImportReport;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.LinkMode;
import fr.okrsante.plan.Plan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The "Plan de prévention jeunesse": milestone key results move as the Asana tasks are done. */
class YouthPreventionAsanaExampleTest {

  private static final LocalDate MARCH = LocalDate.of(2026, 3, 31);
  private static final LocalDate JUNE = LocalDate.of(2026, 6, 30);

  @Test
  void the_workshops_milestone_moves_from_two_of_four_to_three_of_four_as_tasks_are_done_in_asana() {
    ImportReport march = YouthPreventionAsanaExample.importSnapshot(YouthPreventionAsanaExample.emptyPlan(), MARCH);
    assertThat(march.isComplete()).as(march.getOutcomes().toString()).isTrue();
    Plan afterMarch = march.getPlan();
    assertThat(Evaluation.of(afterMarch, MARCH).keyResult("asana-goal-2002-tasks").getProgress().getAsDouble())
        .isCloseTo(0.5, within(1e-9));

    ImportReport june = YouthPreventionAsanaExample.importSnapshot(afterMarch, JUNE);
    Plan afterJune = june.getPlan();

    assertThat(Evaluation.of(afterJune, JUNE).keyResult("asana-goal-2002-tasks").getProgress().getAsDouble())
        .isCloseTo(0.75, within(1e-9));
    assertThat(june.get(ImportOutcome.Kind.UPDATED)).extracting(ImportOutcome::getMessage)
        .contains("initiative 'asana-task-4003' done on 2026-05-05 (was planned)");
    assertThat(Evaluation.of(afterJune, JUNE).keyResult("asana-goal-2001-project-5001").getProgress().getAsDouble())
        .as("8 of 12 screening tasks done").isCloseTo(8.0 / 12, within(1e-4));
    assertThat(afterJune.keyResult("asana-goal-2001-project-5001").orElseThrow().getCheckIns())
        .as("one rate check-in per import: Asana keeps no history, the plan does").hasSize(2);
    assertThat(afterJune.getLinks()).filteredOn(l -> l.getMode() == LinkMode.INFORMS).singleElement()
        .satisfies(l -> assertThat(l.getChildId()).isEqualTo("asana-goal-2004"));
  }

  @Test
  void the_example_runs_and_prints_the_milestone_moving() {
    PrintStream original = System.out;
    Locale locale = Locale.getDefault();
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      Locale.setDefault(Locale.ENGLISH);
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      YouthPreventionAsanaExample.main(new String[0]);
    } finally {
      System.setOut(original);
      Locale.setDefault(locale);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).contains("ateliers (jalon) : 50 %", "ateliers (jalon) : 75 %",
        "OKR dashboard");
  }
}
