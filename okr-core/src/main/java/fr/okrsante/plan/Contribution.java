package fr.okrsante.plan;

import java.util.OptionalDouble;

/**
 * One contribution to an objective's progress, as an explanation shows it: what it is, its
 * weight, its progress and its share of the result.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Contribution {

  /** What contributes. */
  public enum Kind {
    /** One of the objective's own key results. */
    KEY_RESULT,
    /** A child objective linked with {@link fr.okrsante.plan.LinkMode#CONTRIBUTES}. */
    OBJECTIVE
  }

  private final Kind kind;
  private final String sourceId;
  private final double weight;
  private final double progress;
  private final boolean hasData;
  private final boolean counted;
  private final double share;

  Contribution(Kind kind, String sourceId, double weight, double progress, boolean hasData, boolean counted,
      double share) {
    this.kind = kind;
    this.sourceId = sourceId;
    this.weight = weight;
    this.progress = progress;
    this.hasData = hasData;
    this.counted = counted;
    this.share = share;
  }

  /**
   * Obtains a contribution from its figures, as an evaluation document gives them back. An
   * {@link Evaluation} computes its own; this is for figures read from where they were stored.
   *
   * @param kind what contributes
   * @param sourceId the id of the key result or child objective
   * @param weight the key result's or the link's weight, at least 0
   * @param progress the counted progress, empty when the contribution had no data and was left out
   * @param hasData whether its progress was measured
   * @param counted whether it counted in the objective's progress
   * @param share its share of the objective's progress, from 0 to 1; 0 when not counted
   * @return the contribution
   * @throws IllegalArgumentException if the weight is negative or not finite, the share is not
   *     from 0 to 1, or an uncounted contribution has a share
   */
  public static Contribution of(Kind kind, String sourceId, double weight, OptionalDouble progress, boolean hasData,
      boolean counted, double share) {
    java.util.Objects.requireNonNull(kind, "kind");
    java.util.Objects.requireNonNull(sourceId, "sourceId");
    java.util.Objects.requireNonNull(progress, "progress");
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("contribution " + sourceId + ": weight " + weight
          + " is not a finite number at least 0");
    }
    if (!(share >= 0 && share <= 1) || (!counted && share != 0)) {
      throw new IllegalArgumentException("contribution " + sourceId + ": share " + share
          + (counted ? " is not from 0 to 1" : " given to a contribution that does not count"));
    }
    return new Contribution(kind, sourceId, weight, progress.isPresent() ? progress.getAsDouble() : Double.NaN,
        hasData, counted, share);
  }

  /**
   * Returns what contributes.
   *
   * @return the kind
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * Returns the id of the key result or child objective.
   *
   * @return the source id
   */
  public String getSourceId() {
    return sourceId;
  }

  /**
   * Returns the weight: the key result's, or the link's.
   *
   * @return the weight
   */
  public double getWeight() {
    return weight;
  }

  /**
   * Returns the progress as counted by the objective (regression as 0, capped as the objective
   * says, 0 without data).
   *
   * @return the counted progress, or empty when the contribution had no data and was left out
   */
  public OptionalDouble getProgress() {
    return Double.isNaN(progress) ? OptionalDouble.empty() : OptionalDouble.of(progress);
  }

  /**
   * Tells whether the contribution had data.
   *
   * @return true if its progress was measured
   */
  public boolean hasData() {
    return hasData;
  }

  /**
   * Tells whether the contribution counted in the result (weight &gt; 0, and data or a no-data
   * policy that counts it as 0).
   *
   * @return true if counted
   */
  public boolean isCounted() {
    return counted;
  }

  /**
   * Returns the share of the result this contribution accounts for, from the strategy: wᵢ / Σ w
   * for the weighted mean. Shares of the counted contributions sum to 1.
   *
   * @return the share, 0 when not counted
   */
  public double getShare() {
    return share;
  }

  @Override
  public String toString() {
    return kind + " " + sourceId + " weight=" + weight + " progress="
        + (Double.isNaN(progress) ? "none" : String.format(java.util.Locale.ROOT, "%.4f", progress))
        + " share=" + String.format(java.util.Locale.ROOT, "%.4f", share);
  }
}
