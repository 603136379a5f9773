package fr.okrsante.review;

import fr.okrsante.plan.Objective;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code objective-without-key-result} (warning): a live objective with no key result and no child
 * objective contributing to it.
 *
 * <p><b>Why.</b> An objective is a qualitative direction; the key results are what says whether it
 * is reached. Without them (and without children whose progress rolls up into it) the objective
 * has no progress, the plan shows an empty bar, and nobody can tell a team that is on track from
 * one that has not started. OKR practice since Intel and Google: "no objective without key
 * results" — two to five measurable results per objective. An objective measured only by its
 * contributing children (a CPTS objective carried by its member structures) is fine.
 */
public final class ObjectiveWithoutKeyResult extends BuiltInRule {

  /** The rule id. */
  public static final String ID = "objective-without-key-result";

  /** Creates the rule. */
  public ObjectiveWithoutKeyResult() {
    super(ID, Severity.WARNING);
  }

  @Override
  public List<Finding> check(ReviewContext context) {
    List<Finding> findings = new ArrayList<>();
    java.util.Set<String> measuredByChildren = Rules.withContributingChild(context);
    for (Objective objective : context.getPlan().getObjectives()) {
      if (context.isLive(objective) && objective.getKeyResults().isEmpty()
          && !measuredByChildren.contains(objective.getId())) {
        findings.add(context.bundled(this, ReviewContext.pathOf(objective), List.of(objective.getId()),
            objective.getTitle()));
      }
    }
    return findings;
  }
}
