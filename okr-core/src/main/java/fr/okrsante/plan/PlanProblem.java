package fr.okrsante.plan;

import java.util.Objects;

/**
 * One problem found while validating a plan or one of its values: where it is and what is wrong.
 *
 * <p>The path names the offending element by ids rather than positions, so that it stays meaningful
 * to a quality manager: {@code objectives[obj-7].keyResults[kr-2].metric.target}. The message says
 * what is wrong and, where possible, how to fix it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanProblem {

  private final String path;
  private final String message;

  private PlanProblem(String path, String message) {
    this.path = Objects.requireNonNull(path, "path");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Obtains a problem.
   *
   * @param path where the problem is, e.g. {@code objectives[obj-7].title}
   * @param message what is wrong and how to fix it
   * @return the problem
   */
  public static PlanProblem of(String path, String message) {
    return new PlanProblem(path, message);
  }

  /**
   * Returns where the problem is.
   *
   * @return the path, e.g. {@code objectives[obj-7].keyResults[kr-2].metric.target}
   */
  public String getPath() {
    return path;
  }

  /**
   * Returns what is wrong.
   *
   * @return the message
   */
  public String getMessage() {
    return message;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PlanProblem other && path.equals(other.path) && message.equals(other.message);
  }

  @Override
  public int hashCode() {
    return path.hashCode() * 31 + message.hashCode();
  }

  /**
   * Returns {@code path: message}.
   *
   * @return the problem as one line of text
   */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
