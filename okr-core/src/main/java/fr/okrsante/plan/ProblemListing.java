package fr.okrsante.plan;

import java.util.List;

/**
 * The message of an exception that carries a list of problems: the count, then the first twenty,
 * one per line, then how many more there are. {@link InvalidPlanException} and okr-jackson's read
 * exception write their messages with it, so that both read alike.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProblemListing {

  /** How many problems a message lists; the exception's problem list holds them all. */
  public static final int LISTED_IN_MESSAGE = 20;

  private ProblemListing() {}

  /**
   * Returns the message listing some problems, e.g. {@code "2 problems in the plan:\n  a: …\n  b: …"}.
   *
   * @param problems the problems, at least one; each is written as its {@code toString()}
   * @param where what the problems are in, e.g. {@code "the plan"}
   * @return the message
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public static String describe(List<?> problems, String where) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a list of problems in " + where + " needs at least one problem");
    }
    StringBuilder message = new StringBuilder();
    message.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(" in ")
        .append(where).append(':');
    for (int i = 0; i < problems.size() && i < LISTED_IN_MESSAGE; i++) {
      message.append("\n  ").append(problems.get(i));
    }
    if (problems.size() > LISTED_IN_MESSAGE) {
      message.append("\n  … and ").append(problems.size() - LISTED_IN_MESSAGE).append(" more (see getProblems())");
    }
    return message.toString();
  }
}
