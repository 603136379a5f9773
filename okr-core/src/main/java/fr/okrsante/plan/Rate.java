package fr.okrsante.plan;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A rate (numerator / denominator, as a percentage) moved from a baseline to a target:
 * "100 % des analyses d'EIG réalisées sous 30 jours".
 *
 * <p><b>Every number of a rate is in percent</b>: baseline, target and check-in values
 * ({@code 90} is 90 %, {@code 0.9} is 0.9 %), hence the factory's name, {@link #ofPercent(String, String)}.
 *
 * <p>Every check-in carries its numerator and denominator. Progress applies the move-to-target
 * formula to the rate. Rates are aggregated by pooling (Σ numerators / Σ denominators): service A
 * at 8/10 and service B at 1/2 give 9/12 = 75 %, not the 65 % a mean of percentages would give.
 * An unknown baseline is set by the first final check-in.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Rate implements Metric {

  Rate() {}

  /**
   * Returns {@link MetricKind#RATE}.
   *
   * @return the kind
   */
  @Override
  public final MetricKind kind() {
    return MetricKind.RATE;
  }

  /**
   * Returns the baseline rate in percent, if known.
   *
   * @return the baseline
   */
  public abstract Optional<BigDecimal> getBaseline();

  /**
   * Returns the target rate.
   *
   * @return the target, in percent or relative to the baseline
   */
  public abstract Target getTarget();

  /**
   * Obtains a rate moved from a baseline to a target, both in percent: {@code ofPercent("72", "90")}
   * is "from 72 % to 90 %", and {@code ofPercent("0.5", "0.2")} is "from 0.5 % to 0.2 %", not
   * from one half.
   *
   * @param baselinePercent the rate at the start, in percent
   * @param targetPercent the rate to reach, in percent
   * @return the metric
   * @throws InvalidPlanException if either is not a decimal number ({@code "NaN"}), or breaks the bounds
   *     of numbers (15 significant digits, 6 decimals), or the target equals the baseline
   */
  public static Rate ofPercent(String baselinePercent, String targetPercent) {
    return builder().baseline(NumberDomain.parse(ProblemPath.of("metric").property("baseline"), baselinePercent))
        .target(Target.absolute(targetPercent)).build();
  }

  /**
   * Obtains a rate moved from a baseline to a target, both in percent ({@code 90} is 90 %).
   *
   * @param baselinePercent the rate at the start, in percent
   * @param targetPercent the rate to reach, in percent
   * @return the metric
   * @throws InvalidPlanException if either breaks the bounds of numbers (15 significant digits,
   *     6 decimals), or the target equals the baseline
   */
  public static Rate ofPercent(BigDecimal baselinePercent, BigDecimal targetPercent) {
    return builder().baseline(baselinePercent).target(Target.absolute(targetPercent)).build();
  }

  /**
   * Obtains a rate moved from a baseline in percent to a target, absolute (in percent) or relative
   * to the baseline.
   *
   * @param baselinePercent the rate at the start, in percent
   * @param target the target
   * @return the metric
   * @throws InvalidPlanException if the baseline breaks the bounds of numbers (15 significant
   *     digits, 6 decimals), or the target equals the baseline
   */
  public static Rate ofPercent(BigDecimal baselinePercent, Target target) {
    return builder().baseline(baselinePercent).target(target).build();
  }

  /**
   * Obtains a rate to reach, from a baseline still to be found: the first final check-in sets it.
   *
   * @param target the target, in percent or relative to the baseline
   * @return the metric
   */
  public static Rate unknownBaseline(Target target) {
    return builder().target(target).build();
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
   * Checks the metric, and returns an equal metric already in use when there is one (a plan repeats
   * the same baselines and bands across many key results: they share one instance).
   */
  @Value.Check
  Rate check() {
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
    Goals.validate(problems, path, getBaseline(), getTarget());
  }

  /** Builds {@link Rate} metrics. */
  public static final class Builder extends ImmutableRate.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
