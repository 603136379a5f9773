package fr.okrsante.jdbc;

import fr.okrsante.json.OkrJson;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Milestone;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.UnitKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** Plans the tests store: a small hand-made one and the examples okr-examples ships. */
final class Fixtures {

  /** The shipped examples, read from okr-examples' sources (the tests run in okr-jdbc/). */
  static final Path EXAMPLES = Path.of("..", "okr-examples", "src", "main", "resources", "fr", "okrsante", "examples");

  static final LocalDate DAY = LocalDate.of(2026, 3, 31);

  private Fixtures() {}

  /** A plan with a move-to-target key result {@code kr-delay}, a rate {@code kr-eig} and a milestone {@code kr-done}. */
  static Plan small() {
    KeyResult delay = KeyResult.builder().id("kr-delay").title("Délai de passage aux urgences")
        .metric(MoveToTarget.of("240", Target.absolute("180"))).build();
    KeyResult eig = KeyResult.builder().id("kr-eig").title("Analyses d'EIG sous 30 jours")
        .metric(Rate.ofPercent("50", "100")).build();
    KeyResult done = KeyResult.builder().id("kr-done").title("Procédure publiée").metric(Milestone.doneOrNot()).build();
    Objective objective = Objective.builder().id("obj-urgences").title("Fluidifier les urgences")
        .ownerUnitId("chu").cycleId("2026").addKeyResults(delay, eig, done).build();
    return Plan.builder().title("CHU 2026")
        .addUnits(OrgUnit.builder().id("chu").name("CHU").kind(UnitKind.ORGANISATION).build())
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .addObjectives(objective)
        .build();
  }

  static CheckIn value(String value) {
    return CheckIn.of(DAY, value);
  }

  static List<Path> examples() {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Plan example(Path file) {
    try {
      return OkrJson.standard().readPlan(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
