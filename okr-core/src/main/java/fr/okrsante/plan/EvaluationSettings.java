package fr.okrsante.plan;

/**
 * The thresholds an evaluation uses to turn progress into a status.
 *
 * <p>A result short of its expected progress by at most {@link #getBehindThreshold()} is
 * {@link fr.okrsante.plan.Status#BEHIND}; by more, {@link fr.okrsante.plan.Status#AT_RISK}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvaluationSettings {

  private static final EvaluationSettings DEFAULTS = new EvaluationSettings(0.25);

  private final double behindThreshold;

  private EvaluationSettings(double behindThreshold) {
    this.behindThreshold = behindThreshold;
  }

  /**
   * Returns the defaults: behind threshold 0.25.
   *
   * @return the default settings
   */
  public static EvaluationSettings defaults() {
    return DEFAULTS;
  }

  /**
   * Returns settings with another behind threshold. This instance is unchanged.
   *
   * @param threshold the largest shortfall still counted as behind rather than at risk, in [0, 1]
   * @return the new settings
   * @throws IllegalArgumentException if the threshold is not in [0, 1]
   */
  public EvaluationSettings withBehindThreshold(double threshold) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("behind threshold " + threshold + " is not in [0, 1]");
    }
    return new EvaluationSettings(threshold);
  }

  /**
   * Returns the largest shortfall (expected − actual) still counted as behind rather than at risk.
   *
   * @return the threshold, 0.25 by default
   */
  public double getBehindThreshold() {
    return behindThreshold;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof EvaluationSettings other && behindThreshold == other.behindThreshold;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(behindThreshold);
  }

  @Override
  public String toString() {
    return "EvaluationSettings[behindThreshold=" + behindThreshold + "]";
  }
}
