package fr.okrsante.plan;

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
 */
public sealed interface Metric permits MoveToTarget, Guardrail, Milestone, Rate, ComputedMetric {}
