package fr.okrsante.review;

import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MetricKind;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Rate;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code perfect-rate-target} (advice): a {@linkplain Rate rate} whose target is the end of the
 * range a rate can take — 100 % for a rate to raise ("100 % des analyses d'EIG sous 30 jours"),
 * 0 % for a rate to lower ("0 % de chutes avec fracture") — so that a single case fails it.
 * A relative target is judged once resolved from its baseline ("réduire de 100 %" is 0 %).
 *
 * <p><b>Why.</b> A rate's numbers are percentages of cases: patients, residents, analyses,
 * prescriptions. A target of exactly 100 % (or 0 %) is met only if not one case out of hundreds
 * falls short: one analysis late, one patient not called back, one fall. The key result then
 * stays "behind" however good the practice (99.5 % is progress 0.98, never "achieved"), and a
 * committed objective, expected to reach 1.0, is judged on the hardest case of the year. Worse, a
 * perfection target tempts teams to keep hard cases out of the denominator or to report fewer
 * adverse events — the opposite of the reporting culture the HAS certification and the EIG
 * declaration system ask for. OKR practice (Google's committed/aspirational distinction) keeps
 * "perfect" as an ambition, not a committed score. Advice, not a warning: some aims are rightly
 * absolute (a "never event"), and then the team should choose it knowingly and follow each case.
 */
public final class PerfectRateTarget extends KeyResultRule {

  /** The rule id. */
  public static final String ID = "perfect-rate-target";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Creates the rule. */
  public PerfectRateTarget() {
    super(ID, Severity.ADVICE);
  }

  @Override
  @Nullable Finding check(ReviewContext context, Objective objective, KeyResult keyResult) {
    if (keyResult.getMetric().kind() != MetricKind.RATE) {
      return null;
    }
    Rate rate = (Rate) keyResult.getMetric();
    Optional<BigDecimal> target = rate.getTarget().isRelative()
        ? rate.getBaseline().map(rate.getTarget()::resolve) : Optional.of(rate.getTarget().getAmount());
    if (target.isEmpty()) {
      return null;
    }
    boolean all = target.get().compareTo(HUNDRED) == 0;
    return all || target.get().signum() == 0
        ? at(context, ReviewContext.pathOf(objective, keyResult).property("metric").property("target"), objective,
            keyResult, all ? 0 : 1)
        : null;
  }
}
