package fr.okrsante.review;

import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MeasureUnit;
import fr.okrsante.plan.MetricKind;
import fr.okrsante.plan.Objective;
import org.jspecify.annotations.Nullable;

/**
 * {@code unit-missing} (advice): a move-to-target key result counted in plain numbers
 * ({@link MeasureUnit#COUNT}) with no label saying what is counted.
 *
 * <p><b>Why.</b> "From 4 to 20" means nothing on a dashboard without its unit: slots per week,
 * pupils, companies, workshops? The dashboards print the unit beside every value; a reader in
 * another service, or the ARS reading a territorial plan, needs it to read the figure without the
 * title. Name it ({@code unitLabel}: "créneaux par semaine", "élèves") or pick the unit of measure
 * that fits (%, days, minutes, km, €).
 */
public final class UnitMissing extends KeyResultRule {

  /** The rule id. */
  public static final String ID = "unit-missing";

  /** Creates the rule. */
  public UnitMissing() {
    super(ID, Severity.ADVICE);
  }

  @Override
  @Nullable Finding check(ReviewContext context, Objective objective, KeyResult keyResult) {
    return keyResult.getMetric().kind() == MetricKind.MOVE_TO_TARGET && !keyResult.getMetric().takesInitiatives()
        && keyResult.getUnit() == MeasureUnit.COUNT && keyResult.getUnitLabel().isEmpty()
        ? at(context, objective, keyResult, "unitLabel") : null;
  }
}
