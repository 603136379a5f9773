package fr.okrsante.plan;

import org.immutables.value.Value;

/**
 * Done or not: progress 1 once a final check-in of value 1 is observed, 0 before (a check-in of 0
 * means "not done"). With {@link #isFromInitiatives()}, progress is instead the weighted share of
 * the key result's initiatives that are done.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Milestone implements Metric {

  Milestone() {}

  /**
   * Returns {@link MetricKind#MILESTONE}.
   *
   * @return the kind
   */
  @Override
  public final MetricKind kind() {
    return MetricKind.MILESTONE;
  }

  /** Holds the shared instance, built on first use rather than while this class initialises. */
  private static final class Shared {
    static final Milestone INSTANCE = new Builder().build();
  }

  /**
   * Tells whether progress is the weighted share of done initiatives rather than a check-in.
   *
   * @return true if progress comes from initiatives
   */
  @Value.Default
  public boolean isFromInitiatives() {
    return false;
  }

  /**
   * Obtains a milestone marked done by a check-in of value 1.
   *
   * @return the metric
   */
  public static Milestone doneOrNot() {
    return Shared.INSTANCE;
  }

  /**
   * Obtains a milestone whose progress is the weighted share of its initiatives that are done.
   *
   * @return the metric
   */
  public static Milestone fromInitiatives() {
    return builder().fromInitiatives(true).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Milestone} metrics. */
  public static final class Builder extends ImmutableMilestone.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
