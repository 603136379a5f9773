package fr.okrsante.plan;

import java.util.List;

/**
 * Thrown when a plan, or a value meant for a plan, breaks the domain's rules.
 *
 * <p>It carries <em>every</em> problem found, not just the first, each with its path. Nothing is
 * half-applied: the plan or value that was being built or updated does not exist, and any previous
 * plan is unchanged.
 */
public final class InvalidPlanException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The problems; an unmodifiable list, never empty. */
  @SuppressWarnings("serial") // List.copyOf gives a serializable list
  private final List<PlanProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems found, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidPlanException(List<PlanProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  private static String describe(List<PlanProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidPlanException needs at least one problem");
    }
    return ProblemListing.describe(problems, "the plan");
  }

  /**
   * Returns every problem found, in a stable order.
   *
   * @return the problems, never empty
   */
  public List<PlanProblem> getProblems() {
    return problems;
  }
}
