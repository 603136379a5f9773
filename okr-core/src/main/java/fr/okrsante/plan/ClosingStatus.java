package fr.okrsante.plan;

/** How a key result or objective ended when its cycle was closed. */
public enum ClosingStatus {
  /** Scored in the green band for its kind. */
  ACHIEVED,

  /** Scored in the yellow band for its kind. */
  PARTIAL,

  /** Scored in the red band for its kind. */
  MISSED,

  /** The objective was cancelled before the close. */
  DROPPED
}
