package fr.okrsante.cli;

import fr.okrsante.plan.Plan;
import java.nio.file.Path;

/** Reads plan documents for the {@code okr} tool. */
@FunctionalInterface
public interface PlanDocuments {

  /**
   * Reads a plan document.
   *
   * @param file the file
   * @return the plan
   * @throws CliException with {@link CliException#INVALID_PLAN} when the document is a plan that
   *     breaks the rules, {@link CliException#UNREADABLE} when it cannot be read at all
   */
  Plan read(Path file);
}
