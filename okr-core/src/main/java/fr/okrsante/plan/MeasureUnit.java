package fr.okrsante.plan;

/** The unit a key result is measured in. */
public enum MeasureUnit {
  /** A percentage (0–100). */
  PERCENT,

  /** A count of things. */
  COUNT,

  /** A duration in days. */
  DAYS,

  /** A duration in minutes. */
  MINUTES,

  /** A distance in kilometres. */
  KILOMETRES,

  /** An amount in euros. */
  EUROS,

  /** Any other unit, named by the key result's unit label. */
  OTHER
}
