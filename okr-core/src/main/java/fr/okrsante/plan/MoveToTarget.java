package fr.okrsante.plan;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Move a value from a baseline to a target, in either direction.
 *
 * <p>Progress = (current − baseline) / (target − baseline). The direction follows from the
 * baseline and the target: a waiting time from 240 to 192 minutes is a decrease, and 216 minutes
 * gives (216 − 240) / (192 − 240) = 0.5. Movement the wrong way gives a negative raw progress
 * (kept, so reports can show regression) that counts as 0 in rollups; overachievement gives a raw
 * progress above 1 that counts as 1 unless the rollup says otherwise. A baseline equal to the
 * target is rejected.
 *
 * <p>The baseline may be unknown when the key result is written ("find a baseline"): the first
 * final check-in then sets it. With {@link #isFromInitiatives()}, the current value is the number
 * of the key result's initiatives that are done, and the baseline defaults to 0.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class MoveToTarget implements Metric {

  MoveToTarget() {}

  /**
   * Returns {@link MetricKind#MOVE_TO_TARGET}.
   *
   * @return the kind
   */
  @Override
  public final MetricKind kind() {
    return MetricKind.MOVE_TO_TARGET;
  }

  /**
   * Returns the baseline, if known.
   *
   * @return the value at the start
   */
  public abstract Optional<BigDecimal> getBaseline();

  /**
   * Returns the target.
   *
   * @return the target, absolute or relative to the baseline
   */
  public abstract Target getTarget();

  /**
   * Tells whether the current value is the count of done initiatives rather than check-ins.
   *
   * @return true if the value comes from initiatives
   */
  @Value.Default
  public boolean isFromInitiatives() {
    return false;
  }

  /**
   * Obtains a move from a known baseline to a target.
   *
   * @param baseline the value at the start
   * @param target the target
   * @return the metric
   * @throws InvalidPlanException if the target equals the baseline, or a number has more than 15 significant digits or 6 decimals
   */
  public static MoveToTarget of(BigDecimal baseline, Target target) {
    return builder().baseline(baseline).target(target).build();
  }

  /**
   * Obtains a move from a known baseline to a target, in decimal notation.
   *
   * @param baseline the value at the start, e.g. {@code "240"}
   * @param target the target
   * @return the metric
   * @throws InvalidPlanException if {@code baseline} is not a decimal number ({@code "NaN"}), or a number
   *     breaks its bounds (15 significant digits, 6 decimals), or the target equals the baseline
   */
  public static MoveToTarget of(String baseline, Target target) {
    return of(NumberDomain.parse(ProblemPath.of("metric").property("baseline"), baseline), target);
  }

  /**
   * Obtains a move to a target from a baseline still to be found: the first final check-in sets it.
   *
   * @param target the target
   * @return the metric
   */
  public static MoveToTarget unknownBaseline(Target target) {
    return builder().target(target).build();
  }

  /**
   * Obtains a count of done initiatives to reach, from 0: "organiser au moins cinq ateliers".
   *
   * @param count the number of initiatives to get done, &gt; 0
   * @return the metric
   * @throws InvalidPlanException if {@code count} is not positive
   */
  public static MoveToTarget countOfInitiativesDone(long count) {
    return builder().baseline(BigDecimal.ZERO).target(Target.absolute(BigDecimal.valueOf(count)))
        .fromInitiatives(true).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the baseline in effect: the declared one, or 0 for a count of initiatives.
   *
   * @return the effective baseline, if known
   */
  public Optional<BigDecimal> effectiveBaseline() {
    if (getBaseline().isPresent()) {
      return getBaseline();
    }
    return isFromInitiatives() ? Optional.of(BigDecimal.ZERO) : Optional.empty();
  }

  /**
   * Checks the metric, and returns an equal metric already in use when there is one (a plan repeats
   * the same baselines and bands across many key results: they share one instance).
   */
  @Value.Check
  MoveToTarget check() {
    Problems problems = new Problems();
    validate(problems, ProblemPath.of("metric"));
    problems.throwIfAny();
    @Nullable BigDecimal baseline = getBaseline().orElse(null);
    if ((baseline != null && SharedValues.decimal(baseline) != baseline)) {
      // Equal decimals are not replaced by the generated with-methods: build the copy on shared ones.
      return builder().from(this).baseline(Optional.ofNullable(baseline == null ? null : SharedValues.decimal(baseline))).build();
    }
    return SharedValues.value(this);
  }

  void validate(Problems problems, ProblemPath path) {
    Goals.validate(problems, path, effectiveBaseline(), getTarget());
  }

  /** Builds {@link MoveToTarget} metrics. */
  public static final class Builder extends ImmutableMoveToTarget.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
