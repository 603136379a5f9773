package fr.okrsante.plan;

import java.util.List;

/**
 * How a key result is measured and what counts as progress.
 *
 * <ul>
 *   <li>{@link MoveToTarget}: move a value from a baseline to a target, up or down;</li>
 *   <li>{@link Guardrail}: stay at or above, at or below, or within a band;</li>
 *   <li>{@link Milestone}: done or not, or the weighted share of its initiatives that are done;</li>
 *   <li>{@link Rate}: a numerator / denominator moved to a target; pooled, never averaged;</li>
 *   <li>{@link ComputedMetric}: computed from other key results (a CPTS from its members).</li>
 * </ul>
 *
 * <p>The formulas are stated on each type and applied by the {@code fr.okrsante.plan} package.
 * Code that depends on the kind switches on {@link #kind()} with a switch expression and no
 * {@code default}, so that adding a kind fails to compile wherever it is not handled.
 *
 * <p>Every kind has the same factory vocabulary: {@code of(...)} (with {@code String} and
 * {@code BigDecimal} overloads; {@link Rate#ofPercent(String, String)} for rates, whose numbers
 * are percentages), {@code unknownBaseline(...)} where a baseline may still be found, and
 * {@code builder()}.
 */
public sealed interface Metric permits MoveToTarget, Guardrail, Milestone, Rate, ComputedMetric {

  /**
   * Returns the kind of this metric, one per metric type.
   *
   * @return the kind
   */
  MetricKind kind();

  /**
   * Tells whether the key result's value comes from its initiatives rather than from check-ins:
   * a {@link Milestone} or a {@link MoveToTarget} with {@code isFromInitiatives()}.
   *
   * @return true if progress comes from initiatives
   */
  default boolean takesInitiatives() {
    return switch (kind()) {
      case MILESTONE -> ((Milestone) this).isFromInitiatives();
      case MOVE_TO_TARGET -> ((MoveToTarget) this).isFromInitiatives();
      case GUARDRAIL, RATE, COMPUTED -> false;
    };
  }

  /**
   * Tells whether the key result takes check-ins: not computed from other key results and not
   * measured by its initiatives.
   *
   * @return true if check-ins give the key result its value
   */
  default boolean takesCheckIns() {
    return kind() != MetricKind.COMPUTED && !takesInitiatives();
  }

  /**
   * Returns the ids of the key results this metric is computed from: those of a
   * {@link ComputedMetric}, none for the other kinds.
   *
   * @return the source key result ids, empty unless computed
   */
  default List<String> sourceKeyResultIds() {
    return switch (kind()) {
      case COMPUTED -> ((ComputedMetric) this).getSourceIds();
      case MOVE_TO_TARGET, GUARDRAIL, MILESTONE, RATE -> List.of();
    };
  }
}
