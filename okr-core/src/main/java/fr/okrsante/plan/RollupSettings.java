package fr.okrsante.plan;

import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * How an objective combines its contributions: which sources count, which strategy, how missing
 * data counts, and whether overachievement is capped.
 *
 * <p>The defaults: key results and contributing children, weighted mean, no data counts as 0,
 * progress capped at 1.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RollupSettings {

  /** The name of the default strategy, the weighted mean. */
  public static final String WEIGHTED_MEAN = "weighted-mean";

  /** The name of the built-in "weakest link" strategy. */
  public static final String MINIMUM = "minimum";

  RollupSettings() {}

  /** Holds the shared instance, built on first use rather than while this class initialises. */
  private static final class Shared {
    static final RollupSettings INSTANCE = new Builder().build();
  }

  /**
   * Returns which contributions count.
   *
   * @return the sources, {@link RollupSources#BOTH} by default
   */
  @Value.Default
  public RollupSources getSources() {
    return RollupSources.BOTH;
  }

  /**
   * Returns the name of the rollup strategy, as registered.
   *
   * @return the strategy name, {@value #WEIGHTED_MEAN} by default
   */
  @NotBlank
  @Value.Default
  public String getStrategy() {
    return WEIGHTED_MEAN;
  }

  /**
   * Returns how a contribution without data counts.
   *
   * @return the policy, {@link NoDataPolicy#COUNT_AS_ZERO} by default
   */
  @Value.Default
  public NoDataPolicy getNoData() {
    return NoDataPolicy.COUNT_AS_ZERO;
  }

  /**
   * Tells whether a contribution above 1 counts as 1.
   *
   * @return true (the default) to cap overachievement at 1
   */
  @Value.Default
  public boolean isCapOverachievement() {
    return true;
  }

  /**
   * Returns the default settings.
   *
   * @return the defaults
   */
  public static RollupSettings defaults() {
    return Shared.INSTANCE;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    problems.id(ProblemPath.of("rollup").property("strategy"), getStrategy());
    problems.throwIfAny();
  }

  /** Builds {@link RollupSettings}. */
  public static final class Builder extends ImmutableRollupSettings.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
