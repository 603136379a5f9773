package fr.okrsante.plan;

/**
 * The kinds of {@link Metric}, one per metric type.
 *
 * <p>Code that treats metrics differently by kind switches on {@link Metric#kind()} with a switch
 * expression and no {@code default}, so that a new kind fails to compile wherever it is not handled.
 */
public enum MetricKind {
  /** A {@link MoveToTarget}. */
  MOVE_TO_TARGET,
  /** A {@link Guardrail}. */
  GUARDRAIL,
  /** A {@link Milestone}. */
  MILESTONE,
  /** A {@link Rate}. */
  RATE,
  /** A {@link ComputedMetric}. */
  COMPUTED
}
