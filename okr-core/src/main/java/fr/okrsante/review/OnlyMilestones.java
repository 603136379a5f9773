package fr.okrsante.review;

import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MetricKind;
import fr.okrsante.plan.Objective;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
public final class OnlyMilestones extends ObjectiveRule {

  /** The rule id. */
  public static final String ID = "only-milestones";

  /** Creates the rule. */
  public OnlyMilestones() {
    super(ID, Severity.ADVICE);
  }

  @Override
  @Nullable Finding check(ReviewContext context, Objective objective) {
    List<KeyResult> keyResults = objective.getKeyResults();
    return !keyResults.isEmpty() && keyResults.stream().allMatch(k -> k.getMetric().kind() == MetricKind.MILESTONE)
        ? context.bundled(this, ReviewContext.pathOf(objective).property("keyResults"), List.of(objective.getId()),
            objective.getTitle(), keyResults.size())
        : null;
  }
}
