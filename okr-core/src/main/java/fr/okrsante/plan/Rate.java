package fr.okrsante.plan;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rate (numerator / denominator, as a percentage) moved from a baseline to a target:
 * "100 % des analyses d'EIG réalisées sous 30 jours".
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
   * Obtains a rate moved from a baseline to a target, both in percent.
   *
   * @param baselinePercent the rate at the start
   * @param targetPercent the rate to reach
   * @return the metric
   * @throws InvalidPlanException if either is not a decimal number ({@code "NaN"}), or breaks the bounds
   *     of numbers (15 significant digits, 6 decimals), or the target equals the baseline
   */
  public static Rate of(String baselinePercent, String targetPercent) {
    return builder().baseline(NumberDomain.parse(ProblemPath.of("metric").property("baseline"), baselinePercent))
        .target(Target.absolute(targetPercent)).build();
  }

  /**
   * Obtains a rate to reach, from a baseline still to be found.
   *
   * @param target the target
   * @return the metric
   */
  public static Rate withUnknownBaseline(Target target) {
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

  @Value.Check
  void check() {
    Problems problems = new Problems();
    validate(problems, ProblemPath.of("metric"));
    problems.throwIfAny();
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
