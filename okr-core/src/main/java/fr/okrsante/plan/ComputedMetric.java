package fr.okrsante.plan;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A value computed from other key results measuring the same thing in sub-units — a CPTS key
 * result from its member structures' ones — then moved from a baseline to a target.
 *
 * <p>At a date, the value is the {@link Aggregation} of the sources' values at that date (sources
 * without data are left out; with none, there is no data). {@link Aggregation#POOLED_RATE} pools
 * the sources' numerators and denominators and needs {@link Rate} sources. Sources may themselves
 * be computed, without cycles.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ComputedMetric implements Metric {

  ComputedMetric() {}

  /**
   * Returns {@link MetricKind#COMPUTED}.
   *
   * @return the kind
   */
  @Override
  public final MetricKind kind() {
    return MetricKind.COMPUTED;
  }

  /**
   * Returns the ids of the key results the value is computed from.
   *
   * @return the source key result ids, at least one, distinct
   */
  public abstract List<String> getSourceIds();

  /**
   * Returns how the sources' values combine.
   *
   * @return the aggregation
   */
  public abstract Aggregation getAggregation();

  /**
   * Returns the baseline of the computed value.
   *
   * @return the baseline
   */
  public abstract BigDecimal getBaseline();

  /**
   * Returns the target of the computed value.
   *
   * @return the target
   */
  public abstract Target getTarget();

  /**
   * Obtains a value computed from source key results, moved from a baseline to a target.
   *
   * @param aggregation how the sources' values combine
   * @param sourceIds the ids of the source key results, at least one, distinct
   * @param baseline the computed value at the start
   * @param target the target of the computed value
   * @return the metric
   * @throws InvalidPlanException if there is no source, a source is listed twice or is not a valid id,
   *     a number breaks its bounds (15 significant digits, 6 decimals), or the target equals the baseline
   */
  public static ComputedMetric of(Aggregation aggregation, List<String> sourceIds, BigDecimal baseline, Target target) {
    return builder().aggregation(aggregation).sourceIds(sourceIds).baseline(baseline).target(target).build();
  }

  /**
   * Obtains a value computed from source key results, moved from a baseline in decimal notation to a target.
   *
   * @param aggregation how the sources' values combine
   * @param sourceIds the ids of the source key results, at least one, distinct
   * @param baseline the computed value at the start, e.g. {@code "72"}
   * @param target the target of the computed value
   * @return the metric
   * @throws InvalidPlanException if {@code baseline} is not a decimal number, there is no source, a source
   *     is listed twice or is not a valid id, a number breaks its bounds (15 significant digits,
   *     6 decimals), or the target equals the baseline
   */
  public static ComputedMetric of(Aggregation aggregation, List<String> sourceIds, String baseline, Target target) {
    return of(aggregation, sourceIds, NumberDomain.parse(ProblemPath.of("metric").property("baseline"), baseline), target);
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
    if (getSourceIds().isEmpty()) {
      problems.add(path.property("sourceIds"), PlanProblem.Kind.MISSING, "a computed key result needs at least one source key result");
    }
    Set<String> seen = new HashSet<>();
    for (String source : getSourceIds()) {
      problems.id(path.property("sourceIds").element(source), source);
      if (!seen.add(source)) {
        problems.add(path.property("sourceIds").element(source), PlanProblem.Kind.DUPLICATE_ENTRY, "is listed twice");
      }
    }
    Goals.validate(problems, path, java.util.Optional.of(getBaseline()), getTarget());
  }

  /** Builds {@link ComputedMetric}s. */
  public static final class Builder extends ImmutableComputedMetric.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
