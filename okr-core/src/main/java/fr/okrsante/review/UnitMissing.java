package fr.okrsante.review;

import fr.okrsante.plan.MetricKind;
import fr.okrsante.plan.MeasureUnit;
import java.util.ArrayList;
import java.util.List;

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
public final class UnitMissing implements ReviewRule {

  /** The rule id. */
  public static final String ID = "unit-missing";

  /** Creates the rule. */
  public UnitMissing() {}

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Severity getSeverity() {
    return Severity.ADVICE;
  }

  @Override
  public List<Finding> check(ReviewContext context) {
    List<Finding> findings = new ArrayList<>();
    context.eachLiveKeyResult((objective, keyResult) -> {
      if (keyResult.getMetric().kind() == MetricKind.MOVE_TO_TARGET && !keyResult.getMetric().takesInitiatives()
          && keyResult.getUnit() == MeasureUnit.COUNT && keyResult.getUnitLabel().isEmpty()) {
        findings.add(context.bundled(this, ReviewContext.pathOf(objective, keyResult).property("unitLabel"),
            List.of(keyResult.getId(), objective.getId()), keyResult.getTitle()));
      }
    });
    return findings;
  }
}
