package fr.okrsante.examples;

import fr.okrsante.dashboard.Dashboard;
import fr.okrsante.dashboard.Labels;
import fr.okrsante.dashboard.TextDashboard;
import fr.okrsante.json.OkrJson;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.ObjectiveProgress;
import fr.okrsante.visibility.Access;
import fr.okrsante.visibility.EvaluationView;
import fr.okrsante.visibility.PlanView;
import fr.okrsante.visibility.Viewer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What every example does with its plan, in the same words: progress of the objectives at a few
 * dates, a dashboard, views for a few viewers, and the plan written as JSON and read back.
 */
final class Tour {

  private final Plan plan;
  private final Labels labels;
  private final PrintStream out;

  private Tour(Plan plan, Labels labels, PrintStream out) {
    this.plan = plan;
    this.labels = labels;
    this.out = out;
  }

  /** A tour of a plan printed to standard output, in the machine's language. */
  static Tour of(Plan plan) {
    return new Tour(plan, Labels.of(Locale.getDefault()), System.out);
  }

  /** Prints the progress and status of every objective at each date. */
  void progressAt(LocalDate... dates) {
    for (LocalDate date : dates) {
      Evaluation evaluation = Evaluation.of(plan, date);
      out.println(labels.format("dashboard.asOf", labels.date(date)));
      for (ObjectiveProgress objective : evaluation.getObjectives()) {
        out.println("  " + objective.getObjectiveId() + ": " + labels.percent(objective.getProgress())
            + " · " + labels.status(objective.getStatus()));
      }
    }
    out.println();
  }

  /** Prints the text dashboard as of a date, with the changes since an earlier one. */
  void dashboard(LocalDate asOf, LocalDate since) {
    Dashboard dashboard = Dashboard.of(plan, Evaluation.of(plan, asOf), Evaluation.of(plan, since));
    out.println(TextDashboard.render(dashboard, labels));
  }

  /**
   * Prints what one viewer sees as of a date: the objectives they may see, with progress, status
   * and how many restricted contributions each has. Hidden objectives are counted, never named.
   */
  void view(String who, Viewer viewer, LocalDate asOf) {
    PlanView view = Access.of(plan, viewer).view();
    EvaluationView evaluation = view.evaluate(asOf);
    String memberships = viewer.getMemberships().isEmpty() ? "public"
        : viewer.getMemberships().stream()
            .map(m -> m.getRole().name().toLowerCase(Locale.ROOT) + ":" + m.getUnitId())
            .collect(Collectors.joining(","));
    out.println(who + " — " + labels.format("dashboard.viewer", memberships) + " — "
        + labels.format("label.objectiveCount", view.getObjectives().size()));
    for (Objective objective : view.getObjectives()) {
      ObjectiveProgress progress = evaluation.objective(objective.getId());
      int restricted = view.restrictedContributionCount(objective.getId());
      out.println("  " + objective.getId() + ": " + labels.percent(progress.getProgress()) + " · "
          + labels.status(progress.getStatus())
          + (restricted > 0 ? " · " + labels.format("label.restricted", restricted) : ""));
    }
    out.println();
  }

  /**
   * Writes the plan as a JSON document ({@code okr-NAME.json} in the temporary directory), reads it
   * back, and checks that it is the same plan.
   *
   * @return the file written
   * @throws IllegalStateException if the plan read back differs
   */
  Path json(String name) {
    OkrJson json = OkrJson.standard().withIndentation(true);
    Path file = Path.of(System.getProperty("java.io.tmpdir"), "okr-" + name + ".json");
    try {
      Files.write(file, json.toJsonBytes(plan));
      Plan again = json.readPlan(Files.readAllBytes(file));
      if (!again.equals(plan)) {
        throw new IllegalStateException(file + " does not read back as the plan written");
      }
      out.println("JSON: " + file + " (" + Files.size(file) + " bytes), read back equal");
      out.println("  java -jar okr-examples/target/okr.jar report " + file);
      out.println();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints a line. */
  void say(String line) {
    out.println(line);
  }

  /** Formats a share or progress as a percentage. */
  String percent(double fraction) {
    return labels.percent(fraction);
  }
}
