package fr.okrsante.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.UnitKind;
import fr.okrsante.plan.Visibility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's visibility example, kept compiling and true, line for line. */
class ReadmeVisibilityExampleTest {

  static void showTwoViewers() {
    // README:visibility-start
    Plan shared = Plan.builder()
        .addUnits(OrgUnit.of("chu", "Centre hospitalier", UnitKind.ORGANISATION),
            OrgUnit.of("chu.urgences", "Urgences", UnitKind.SERVICE, "chu"),
            OrgUnit.of("chu.cardio", "Cardiologie", UnitKind.SERVICE, "chu"))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .addObjectives(
            Objective.builder().id("securite").title("Renforcer la sécurité des soins")
                .ownerUnitId("chu").cycleId("2026").visibility(Visibility.PUBLIC).build(),
            Objective.builder().id("urg-qvct").title("Réduire l'absentéisme du service")
                .ownerUnitId("chu.urgences").cycleId("2026").visibility(Visibility.PRIVATE)
                .addKeyResults(KeyResult.builder().id("kr-abs").title("Absentéisme de 9,5 % à 7,5 %")
                    .metric(MoveToTarget.of("9.5", Target.absolute("7.5")))
                    .addCheckIns(CheckIn.of(LocalDate.of(2026, 6, 30), "8.5")).build())
                .build())
        .addLink("urg-qvct", "securite")
        .build();

    Viewer manager = Viewer.of("p-cadre-urg", Membership.lead("chu.urgences"));
    Viewer cardiologist = Viewer.of("p-cardio", Membership.member("chu.cardio"));
    for (Viewer viewer : List.of(manager, cardiologist)) {
      PlanView view = Access.of(shared, viewer).view();
      EvaluationView figures = view.evaluate(LocalDate.of(2026, 7, 1));
      System.out.println(viewer + " sees " + view.getObjectives().stream().map(Objective::getId).toList()
          + ", securite at " + figures.objective("securite").getProgress().getAsDouble()
          + " with " + view.restrictedContributionCount("securite") + " restricted contribution(s)");
    }
    // README:visibility-end
  }

  @Test
  void readme_shows_what_two_viewers_see() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream previous = System.out;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      showTwoViewers();
    } finally {
      System.setOut(previous);
    }
    List<String> printed = List.of(bytes.toString(StandardCharsets.UTF_8).strip().split("\n"));
    assertThat(printed).containsExactly(
        "Viewer[LEAD@chu.urgences] sees [securite, urg-qvct], securite at 0.5 with 0 restricted contribution(s)",
        "Viewer[MEMBER@chu.cardio] sees [securite], securite at 0.5 with 1 restricted contribution(s)");
    String readme = Files.readString(Path.of("..", "README.md"));
    for (String line : printed) {
      assertThat(readme).as("README shows the printed line").contains(line.strip());
    }
  }

  @Test
  void readme_shows_the_tested_code_line_for_line() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String source = Files.readString(Path.of("src/test/java/fr/okrsante/visibility/ReadmeVisibilityExampleTest.java"));
    String start = "// README:visibility-start";
    String block = source.substring(source.indexOf(start) + start.length(), source.indexOf("// README:visibility-end"));
    List<String> lines = new ArrayList<>();
    for (String line : block.split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      assertThat(readme).as("README line of the visibility example").contains(line);
    }
  }
}
