package fr.okrsante.review;

import java.util.List;

/**
 * One rule of the plan review: a plain class that reads a plan and returns what it finds.
 *
 * <p>A rule has a stable id (lower-case words joined by '-', e.g. {@code kr-is-activity}) that
 * suppressions and {@link PlanReview.Builder#disable(String...)} name, and a severity. It must not
 * throw on any valid plan, and must depend only on the plan, the date and the context's settings,
 * so that the same plan gives the same findings. Add your own with
 * {@link PlanReview.Builder#addRules(ReviewRule...)}; build their findings with
 * {@link ReviewContext#finding(ReviewRule, fr.okrsante.plan.ProblemPath, List, String, String)}
 * in the context's {@linkplain ReviewContext#getLocale() language}.
 *
 * <p>Implementations should be immutable and thread-safe: one review may be run from many threads.
 */
public interface ReviewRule {

  /**
   * Returns the rule's id, stable across versions.
   *
   * @return the id, e.g. {@code kr-is-activity}
   */
  String getId();

  /**
   * Returns the severity of this rule's findings.
   *
   * @return the severity
   */
  Severity getSeverity();

  /**
   * Reads a plan and returns what the rule finds in it.
   *
   * @param context the plan, the review date, the language and the review's settings
   * @return the findings, in the order the plan lists what they concern; empty if none
   */
  List<Finding> check(ReviewContext context);
}
