package fr.okrsante.json;

import java.util.List;

/**
 * Thrown when a JSON document cannot be read as an okr-sante document: malformed JSON, duplicate
 * keys, trailing content, NaN or Infinity, an unknown property, a wrong type, a missing property,
 * a newer {@code schemaVersion}, a limit of {@link ReadLimits} exceeded, or a broken rule of the
 * domain.
 *
 * <p>It carries every problem found, not just the first, each with its JSON pointer and
 * line/column ({@link #getProblems()}). Reading stops early only where going on is not possible or
 * not safe: a syntax error, a limit exceeded, a newer schema version, or more problems than
 * {@link ReadLimits#getMaxProblems()}. A value whose own fields are well formed is checked
 * against the domain's rules even when some of its elements (key results, check-ins…) are not;
 * a value with a malformed field of its own is not, as its rules would be judged on guesses. Rules
 * that need the whole plan (references between elements, alignment cycles) are checked once every
 * element is valid.
 *
 * <p>The message never quotes free text from the document (notes, titles): only positions, ids
 * and the domain's messages.
 */
public final class OkrJsonException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The problems; an unmodifiable list, never empty. */
  @SuppressWarnings("serial") // List.copyOf gives a serializable list
  private final List<JsonProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems found, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public OkrJsonException(List<JsonProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  private static String describe(List<JsonProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an OkrJsonException needs at least one problem");
    }
    return fr.okrsante.plan.ProblemListing.describe(problems, "the JSON document");
  }

  /**
   * Returns every problem found, in document order where there is one.
   *
   * @return the problems, never empty
   */
  public List<JsonProblem> getProblems() {
    return problems;
  }
}
