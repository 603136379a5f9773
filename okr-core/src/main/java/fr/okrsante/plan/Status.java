package fr.okrsante.plan;

/** The status of a key result or objective at a date, compared with its expected pace. */
public enum Status {
  /** Actual progress is at least the expected progress. */
  ON_TRACK,

  /** Short of the expected progress by at most the behind threshold (0.25 by default). */
  BEHIND,

  /** Short of the expected progress by more than the behind threshold. */
  AT_RISK,

  /** Progress has reached 1. */
  ACHIEVED,

  /** The date is before the start date. */
  NOT_STARTED,

  /** No check-in observed on or before the date: no measured progress. */
  NO_DATA
}
