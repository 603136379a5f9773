package fr.okrsante.review;

import fr.okrsante.plan.Guardrail;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MeasureUnit;
import fr.okrsante.plan.Metric;
import fr.okrsante.plan.MetricKind;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * {@code percent-target-out-of-range} (warning): a percentage that cannot be reached — a rate, or a
 * key result in {@link MeasureUnit#PERCENT}, whose target (resolved from a relative one: "augmenter
 * de 20 %" from 90 % is 108 %) or guardrail limit is above 100 % or below 0 %.
 *
 * <p><b>Why.</b> A share of patients, staff or analyses cannot exceed 100 %: a target of 108 %
 * makes the key result impossible, and a team that reaches every patient still shows "behind".
 * It usually comes from a relative target on a rate ("+20 %" meant twenty points), or from a value
 * typed as a count. Say the target as the rate to reach ("atteindre 90 %"), as the article's health
 * examples do.
 */
public final class PercentTargetOutOfRange extends KeyResultRule {

  /** The rule id. */
  public static final String ID = "percent-target-out-of-range";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Creates the rule. */
  public PercentTargetOutOfRange() {
    super(ID, Severity.WARNING);
  }

  @Override
  @Nullable Finding check(ReviewContext context, Objective objective, KeyResult keyResult) {
    Metric metric = keyResult.getMetric();
    boolean percent = metric.kind() == MetricKind.RATE || keyResult.getUnit() == MeasureUnit.PERCENT;
    if (!percent) {
      return null;
    }
    for (BigDecimal value : limits(metric)) {
      if (value.compareTo(HUNDRED) > 0 || value.signum() < 0) {
        return at(context, objective, keyResult, "metric", value.stripTrailingZeros().toPlainString());
      }
    }
    return null;
  }

  private static List<BigDecimal> limits(Metric metric) {
    return switch (metric.kind()) {
      case RATE -> {
        Rate rate = (Rate) metric;
        yield resolved(rate.getBaseline(), rate.getTarget()).stream().toList();
      }
      case MOVE_TO_TARGET -> {
        MoveToTarget move = (MoveToTarget) metric;
        yield move.isFromInitiatives() ? List.of() : resolved(move.getBaseline(), move.getTarget()).stream().toList();
      }
      case GUARDRAIL -> {
        Guardrail guardrail = (Guardrail) metric;
        yield Stream.concat(guardrail.getLow().stream(), guardrail.getHigh().stream()).toList();
      }
      case MILESTONE, COMPUTED -> List.of();
    };
  }

  private static Optional<BigDecimal> resolved(Optional<BigDecimal> baseline, Target target) {
    if (!target.isRelative()) {
      return Optional.of(target.getAmount());
    }
    return baseline.map(target::resolve);
  }
}
