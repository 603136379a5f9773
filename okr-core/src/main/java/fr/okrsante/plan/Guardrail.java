package fr.okrsante.plan;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Stay at or above a floor, at or below a ceiling, or within a band: "taux de satisfaction
 * supérieur à 85 %", "taux d'occupation entre 85 et 95 %". The limits themselves are met.
 *
 * <p>Progress is the share of the elapsed period during which the latest value was in the band,
 * each check-in's value holding until the next one — not a pass/fail flag. See
 * {@code fr.okrsante.plan} for the day-count convention.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Guardrail implements Metric {

  Guardrail() {}

  /**
   * Returns {@link MetricKind#GUARDRAIL}.
   *
   * @return the kind
   */
  @Override
  public final MetricKind kind() {
    return MetricKind.GUARDRAIL;
  }

  /**
   * Returns the floor, inclusive.
   *
   * @return the lowest value that is met, if any
   */
  public abstract Optional<BigDecimal> getLow();

  /**
   * Returns the ceiling, inclusive.
   *
   * @return the highest value that is met, if any
   */
  public abstract Optional<BigDecimal> getHigh();

  /**
   * Obtains "stay at or above {@code low}".
   *
   * @param low the floor, inclusive
   * @return the metric
   * @throws InvalidPlanException if the floor has more than 15 significant digits or 6 decimals
   */
  public static Guardrail atOrAbove(BigDecimal low) {
    return builder().low(low).build();
  }

  /**
   * Obtains "stay at or above {@code low}", in decimal notation.
   *
   * @param low the floor, inclusive, e.g. {@code "85"}
   * @return the metric
   * @throws InvalidPlanException if {@code low} is not a decimal number, or has more than 15 significant digits or 6 decimals
   */
  public static Guardrail atOrAbove(String low) {
    return atOrAbove(NumberDomain.parse(ProblemPath.of("metric").property("low"), low));
  }

  /**
   * Obtains "stay at or below {@code high}".
   *
   * @param high the ceiling, inclusive
   * @return the metric
   * @throws InvalidPlanException if the ceiling has more than 15 significant digits or 6 decimals
   */
  public static Guardrail atOrBelow(BigDecimal high) {
    return builder().high(high).build();
  }

  /**
   * Obtains "stay at or below {@code high}", in decimal notation.
   *
   * @param high the ceiling, inclusive, e.g. {@code "85"}
   * @return the metric
   * @throws InvalidPlanException if {@code high} is not a decimal number, or has more than 15 significant digits or 6 decimals
   */
  public static Guardrail atOrBelow(String high) {
    return atOrBelow(NumberDomain.parse(ProblemPath.of("metric").property("high"), high));
  }

  /**
   * Obtains "stay between {@code low} and {@code high}", both inclusive.
   *
   * @param low the floor
   * @param high the ceiling
   * @return the metric
   * @throws InvalidPlanException if {@code low > high}, or a limit has more than 15 significant digits or 6 decimals
   */
  public static Guardrail within(BigDecimal low, BigDecimal high) {
    return builder().low(low).high(high).build();
  }

  /**
   * Obtains "stay between {@code low} and {@code high}", both inclusive, in decimal notation.
   *
   * @param low the floor, e.g. {@code "85"}
   * @param high the ceiling, e.g. {@code "95"}
   * @return the metric
   * @throws InvalidPlanException if a limit is not a decimal number, or {@code low > high}, or a
   *     limit has more than 15 significant digits or 6 decimals
   */
  public static Guardrail within(String low, String high) {
    return within(NumberDomain.parse(ProblemPath.of("metric").property("low"), low), NumberDomain.parse(ProblemPath.of("metric").property("high"), high));
  }

  /**
   * Tells whether a value is in the band; the limits are in it.
   *
   * @param value the value
   * @return true if {@code low <= value <= high} for the limits that are set
   */
  public boolean isMet(BigDecimal value) {
    return getLow().map(l -> value.compareTo(l) >= 0).orElse(true)
        && getHigh().map(h -> value.compareTo(h) <= 0).orElse(true);
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
  Guardrail check() {
    Problems problems = new Problems();
    validate(problems, ProblemPath.of("metric"));
    problems.throwIfAny();
    @Nullable BigDecimal low = getLow().orElse(null);
    @Nullable BigDecimal high = getHigh().orElse(null);
    if ((low != null && SharedValues.decimal(low) != low) || (high != null && SharedValues.decimal(high) != high)) {
      // Equal decimals are not replaced by the generated with-methods: build the copy on shared ones.
      return builder().from(this).low(Optional.ofNullable(low == null ? null : SharedValues.decimal(low)))
          .high(Optional.ofNullable(high == null ? null : SharedValues.decimal(high))).build();
    }
    return SharedValues.value(this);
  }

  void validate(Problems problems, ProblemPath path) {
    if (getLow().isEmpty() && getHigh().isEmpty()) {
      problems.add(path, PlanProblem.Kind.MISSING, "a guardrail needs a floor (low), a ceiling (high) or both");
    }
    getLow().ifPresent(low -> problems.number(path.property("low"), low));
    getHigh().ifPresent(high -> problems.number(path.property("high"), high));
    if (getLow().isPresent() && getHigh().isPresent() && getLow().get().compareTo(getHigh().get()) > 0) {
      problems.add(path.property("low"), PlanProblem.Kind.INCONSISTENT, "the range is empty: low " + Problems.plain(getLow().get())
          + " is above high " + Problems.plain(getHigh().get()));
    }
  }

  /** Builds {@link Guardrail} metrics. */
  public static final class Builder extends ImmutableGuardrail.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
