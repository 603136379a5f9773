package fr.okrsante.examples;

import fr.okrsante.dashboard.Dashboard;
import fr.okrsante.dashboard.Labels;
import fr.okrsante.dashboard.TextDashboard;
import fr.okrsante.plan.Plan;
import fr.okrsante.progress.Evaluation;
import fr.okrsante.progress.ObjectiveProgress;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What every example does with its plan, in the same words: progress of the top objectives at a
 * few dates, a dashboard, and views for a few viewers.
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

  /** Prints a line. */
  void say(String line) {
    out.println(line);
  }

  /** Formats a share or progress as a percentage. */
  String percent(double fraction) {
    return labels.percent(fraction);
  }
}
