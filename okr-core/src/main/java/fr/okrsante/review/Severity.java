package fr.okrsante.review;

/**
 * How much a finding matters, from the least to the most.
 */
public enum Severity {
  /** Worth a look at the next review of the plan: the plan works, it could read or steer better. */
  ADVICE,

  /** The plan will mislead its readers or not be steered as written: fix it, or suppress it with a reason. */
  WARNING;

  /**
   * Tells whether this severity is at or above another one.
   *
   * @param level the level to reach
   * @return true if this severity is {@code level} or more severe
   */
  public boolean reaches(Severity level) {
    return compareTo(level) >= 0;
  }
}
