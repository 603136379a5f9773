package fr.okrsante.review;

import fr.okrsante.plan.Objective;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The shape of the rules that judge each live objective on its own and find at most one thing in
 * it, in plan order.
 */
abstract sealed class ObjectiveRule extends BuiltInRule permits CommittedWithoutLead, OnlyMilestones, OrphanObjective {

  ObjectiveRule(String id, Severity severity) {
    super(id, severity);
  }

  /**
   * Judges one live objective.
   *
   * @return the finding, or null if the objective is fine
   */
  abstract @Nullable Finding check(ReviewContext context, Objective objective);

  @Override
  public final List<Finding> check(ReviewContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Objective objective : context.getPlan().getObjectives()) {
      if (context.isLive(objective)) {
        Finding finding = check(context, objective);
        if (finding != null) {
          findings.add(finding);
        }
      }
    }
    return findings;
  }
}
