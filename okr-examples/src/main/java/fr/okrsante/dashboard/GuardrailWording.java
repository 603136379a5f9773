package fr.okrsante.dashboard;

import fr.okrsante.plan.Guardrail;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.KeyResultProgress;
import java.util.Optional;

/**
 * How a guardrail reads: the share of the days its limit held ("held 85 % of the days") and
 * whether the limit is met now, rather than a bare "Behind".
 */
final class GuardrailWording {

  private GuardrailWording() {}

  /** "held 85 % of the days", for a guardrail with data. */
  static Optional<String> held(KeyResult keyResult, KeyResultProgress progress, Labels labels) {
    if (!(keyResult.getMetric() instanceof Guardrail) || progress.getProgress().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(labels.format("guardrail.held", labels.percent(progress.getProgress())));
  }

  /** "limit met now" or "limit not met now", for a guardrail whose latest value the viewer may see. */
  static Optional<String> now(KeyResult keyResult, KeyResultProgress progress, Labels labels) {
    if (!(keyResult.getMetric() instanceof Guardrail guardrail) || progress.isValueRestricted()
        || progress.getCurrentValue().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(labels.get(guardrail.isMet(progress.getCurrentValue().get()) ? "guardrail.metNow"
        : "guardrail.notMetNow"));
  }

  /** Tells whether the latest value meets the limit, for a guardrail whose latest value is visible. */
  static Optional<Boolean> isMetNow(KeyResult keyResult, KeyResultProgress progress) {
    if (!(keyResult.getMetric() instanceof Guardrail guardrail) || progress.isValueRestricted()
        || progress.getCurrentValue().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(guardrail.isMet(progress.getCurrentValue().get()));
  }
}
