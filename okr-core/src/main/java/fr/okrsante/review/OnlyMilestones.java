package fr.okrsante.review;

import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MetricKind;
import fr.okrsante.plan.Objective;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code only-milestones} (advice): an objective whose key results are all milestones — done or
 * not — so that no outcome is measured.
 *
 * <p><b>Why.</b> A milestone says that work was delivered (a pathway written, a room opened), not
 * that anything changed for patients, residents or staff. In health, results are changes in
 * behaviours, practices and organisations, not the activity itself. An objective made only of
 * milestones is a project plan: keep the milestones as initiatives, and add at least one key
 * result that measures the effect (a delay, a rate, a satisfaction score).
 */
public final class OnlyMilestones implements ReviewRule {

  /** The rule id. */
  public static final String ID = "only-milestones";

  /** Creates the rule. */
  public OnlyMilestones() {}

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
    for (Objective objective : context.getPlan().getObjectives()) {
      List<KeyResult> keyResults = objective.getKeyResults();
      if (context.isLive(objective) && !keyResults.isEmpty()
          && keyResults.stream().allMatch(k -> k.getMetric().kind() == MetricKind.MILESTONE)) {
        findings.add(context.bundled(this, ReviewContext.pathOf(objective).property("keyResults"),
            List.of(objective.getId()), objective.getTitle(), keyResults.size()));
      }
    }
    return findings;
  }
}
