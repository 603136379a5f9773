package fr.okrsante.plan;

/** How a computed key result combines the values of its source key results. */
public enum Aggregation {
  /** The sum of the sources' latest values. */
  SUM,

  /** The plain mean of the sources' latest values. */
  MEAN,

  /** The smallest of the sources' latest values. */
  MIN,

  /** The largest of the sources' latest values. */
  MAX,

  /** Σ numerators / Σ denominators of the sources' latest check-ins, as a percentage; never a mean of percentages. */
  POOLED_RATE
}
