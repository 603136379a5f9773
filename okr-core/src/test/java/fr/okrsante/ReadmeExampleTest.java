package fr.okrsante;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.FrameworkScheme;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.Status;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.UnitKind;
import fr.okrsante.plan.Contribution;
import fr.okrsante.plan.Evaluation;
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

/**
 * The code shown in the README, kept compiling and true: the blocks between the {@code README:}
 * markers below must appear, line for line, in the README's Java blocks.
 */
class ReadmeExampleTest {

  static Plan safetyCulturePlan() {
    // README:plan-start
    Objective safety = Objective.builder()
        .id("securite-soins")
        .title("Renforcer la culture de la sécurité des soins")
        .ownerUnitId("chu")
        .cycleId("2026")
        .addFrameworkRefs(FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "2.4-04", "Gestion des risques"))
        .addKeyResults(
            KeyResult.builder().id("kr-eig")
                .title("Réaliser 100 % des analyses d'EIG sous 30 jours")
                .metric(Rate.ofPercent("60", "100"))
                .build(),
            KeyResult.builder().id("kr-formation")
                .title("Former 90 % du personnel aux procédures de gestion des risques")
                .metric(Rate.ofPercent("40", "90"))
                .weight(2)
                .build(),
            KeyResult.builder().id("kr-rex")
                .title("Intégrer au moins trois retours d'expérience patients aux plans d'amélioration")
                .metric(MoveToTarget.of("0", Target.absolute("3")))
                .build())
        .build();

    Plan plan = Plan.builder()
        .addUnits(OrgUnit.of("chu", "Centre hospitalier", UnitKind.ORGANISATION))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .addObjectives(safety)
        .build();
    // README:plan-end
    return plan;
  }

  static Evaluation evaluateAndPrint(Plan plan, PrintStream out) {
    // README:evaluate-start
    plan = plan
        .withCheckIn("kr-eig", CheckIn.ofRate(LocalDate.of(2026, 6, 30), 16, 20))       // 80 %
        .withCheckIn("kr-formation", CheckIn.ofRate(LocalDate.of(2026, 6, 30), 1300, 2000)) // 65 %
        .withCheckIn("kr-rex", CheckIn.of(LocalDate.of(2026, 6, 30), "1"));

    Evaluation evaluation = Evaluation.of(plan, LocalDate.of(2026, 7, 1));
    System.out.println(evaluation.objective("securite-soins"));
    for (Contribution c : evaluation.contributions("securite-soins")) {
      System.out.println("  " + c);
    }
    // README:evaluate-end
    return evaluation;
  }

  @Test
  void readme_example_builds_the_seed_objective_and_explains_its_progress() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream previous = System.out;
    Evaluation evaluation;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      evaluation = evaluateAndPrint(safetyCulturePlan(), out);
    } finally {
      System.setOut(previous);
    }
    // EIG (80 − 60) / 40 = 0.5; training (65 − 40) / 50 = 0.5, weight 2; REX 1 / 3.
    double expected = (0.5 + 2 * 0.5 + 1.0 / 3) / 4;
    assertThat(evaluation.objective("securite-soins").getProgress().getAsDouble()).isCloseTo(expected, within(1e-12));
    assertThat(evaluation.objective("securite-soins").getStatus()).isEqualTo(Status.BEHIND);
    assertThat(evaluation.contributions("securite-soins")).extracting(Contribution::getShare)
        .containsExactly(0.25, 0.5, 0.25);
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("securite-soins BEHIND progress=0.4583").contains("KEY_RESULT kr-formation weight=2.0");
    String readme = Files.readString(Path.of("..", "README.md"));
    for (String line : printed.split("\n")) {
      assertThat(readme).as("README shows the printed line").contains(line.strip());
    }
  }

  @Test
  void readme_shows_the_tested_code_line_for_line() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String source = Files.readString(Path.of("src/test/java/fr/okrsante/ReadmeExampleTest.java"));
    for (String block : List.of("plan", "evaluate")) {
      for (String line : between(source, "// README:" + block + "-start", "// README:" + block + "-end")) {
        assertThat(readme).as("README line from block " + block).contains(line);
      }
    }
  }

  private static List<String> between(String text, String start, String end) {
    String block = text.substring(text.indexOf(start) + start.length(), text.indexOf(end));
    List<String> lines = new ArrayList<>();
    for (String line : block.split("\n")) {
      if (!line.isBlank() && !line.strip().startsWith("// README")) {
        lines.add(line.strip());
      }
    }
    return lines;
  }
}
