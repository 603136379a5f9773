package fr.okrsante.dashboard;

import fr.okrsante.plan.ComputedMetric;
import fr.okrsante.plan.Guardrail;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MeasureUnit;
import fr.okrsante.plan.Metric;
import fr.okrsante.plan.MetricKind;
import fr.okrsante.plan.KeyResultProgress;
import java.math.BigDecimal;
import java.util.Optional;

/** How a key result's values and goal read in a dashboard: "240 → 192 min", "≥ 85 %", "216 min". */
final class Measures {

  private Measures() {}

  /** The unit of measure as a suffix: "%", "min", "km", or the key result's own label. */
  static String unit(KeyResult keyResult, Labels labels) {
    if (keyResult.getUnit() == MeasureUnit.OTHER) {
      return keyResult.getUnitLabel().orElse("");
    }
    return labels.get("unit." + keyResult.getUnit().name());
  }

  /**
   * The current value with its unit: "216 min", "87,5 %"; a milestone's progress; "restricted" for
   * a value the viewer may not see (computed from hidden key results).
   */
  static String current(KeyResult keyResult, KeyResultProgress progress, Labels labels) {
    if (progress.isValueRestricted()) {
      return labels.get("value.restricted");
    }
    if (keyResult.getMetric().kind() == MetricKind.MILESTONE) {
      return labels.percent(progress.getProgress());
    }
    return value(keyResult, progress.getCurrentValue(), labels);
  }

  /**
   * The current value as {@link #current(KeyResult, KeyResultProgress, Labels)} words it, or, for
   * figures without their plan, the bare number.
   */
  static String current(Optional<KeyResult> keyResult, KeyResultProgress progress, Labels labels) {
    if (keyResult.isPresent()) {
      return current(keyResult.get(), progress, labels);
    }
    if (progress.isValueRestricted()) {
      return labels.get("value.restricted");
    }
    return progress.getCurrentValue().map(labels::number).orElse("–");
  }

  /**
   * The goal as {@link #goal(KeyResult, KeyResultProgress, Labels)} words it, or, for figures
   * without their plan, "baseline → target" without a unit.
   */
  static String goal(Optional<KeyResult> keyResult, KeyResultProgress progress, Labels labels) {
    if (keyResult.isPresent()) {
      return goal(keyResult.get(), progress, labels);
    }
    Optional<BigDecimal> target = progress.getTarget();
    if (target.isEmpty()) {
      return "–";
    }
    return progress.getBaseline().map(b -> labels.format("goal.move", labels.number(b), labels.number(target.get())))
        .orElseGet(() -> labels.format("goal.unknownBaseline", labels.number(target.get())));
  }

  /** A value with its unit: "216 min", "87,5 %". */
  static String value(KeyResult keyResult, Optional<BigDecimal> value, Labels labels) {
    if (value.isEmpty()) {
      return "–";
    }
    String unit = unit(keyResult, labels);
    return unit.isEmpty() ? labels.number(value.get()) : labels.number(value.get()) + " " + unit;
  }

  /** The goal: "240 → 192 min", "≥ 85 %", "entre 85 et 95 %", "réalisé". */
  static String goal(KeyResult keyResult, KeyResultProgress progress, Labels labels) {
    Metric metric = keyResult.getMetric();
    String unit = unit(keyResult, labels);
    String suffix = unit.isEmpty() ? "" : " " + unit;
    if (metric.kind() == MetricKind.GUARDRAIL) {
      Guardrail guardrail = (Guardrail) metric;
      if (guardrail.getLow().isPresent() && guardrail.getHigh().isPresent()) {
        return labels.format("goal.within", labels.number(guardrail.getLow().get()),
            labels.number(guardrail.getHigh().get())) + suffix;
      }
      if (guardrail.getLow().isPresent()) {
        return labels.format("goal.atOrAbove", labels.number(guardrail.getLow().get())) + suffix;
      }
      return labels.format("goal.atOrBelow", labels.number(guardrail.getHigh().orElseThrow())) + suffix;
    }
    if (metric.kind() == MetricKind.MILESTONE) {
      return labels.get("goal.milestone");
    }
    Optional<BigDecimal> target = progress.getTarget();
    Optional<BigDecimal> baseline = progress.getBaseline();
    if (metric.kind() == MetricKind.COMPUTED) {
      ComputedMetric computed = (ComputedMetric) metric;
      baseline = baseline.or(() -> Optional.of(computed.getBaseline()));
    }
    if (target.isEmpty()) {
      return "–";
    }
    if (baseline.isEmpty()) {
      return labels.format("goal.unknownBaseline", labels.number(target.get())) + suffix;
    }
    return labels.format("goal.move", labels.number(baseline.get()), labels.number(target.get())) + suffix;
  }
}
