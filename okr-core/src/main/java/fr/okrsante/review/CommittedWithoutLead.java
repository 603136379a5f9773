package fr.okrsante.review;

import fr.okrsante.plan.Objective;
import fr.okrsante.plan.ObjectiveKind;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code committed-without-lead} (advice): a live committed objective with no owner person.
 *
 * <p><b>Why.</b> A committed objective is expected to reach 1.0; someone has to bring it to each
 * check-in and say when it slips. OKRs measure collective progress — the owner is a unit, and the
 * library never ranks people — but a unit with nobody named to hold the objective tends to leave it
 * to the quality office, which is the "institutional rather than collective" steering the seed
 * warns against. Name a pseudonymous lead ({@code ownerPersonIds}).
 */
public final class CommittedWithoutLead implements ReviewRule {

  /** The rule id. */
  public static final String ID = "committed-without-lead";

  /** Creates the rule. */
  public CommittedWithoutLead() {}

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
      if (context.isLive(objective) && objective.getKind() == ObjectiveKind.COMMITTED
          && objective.getOwnerPersonIds().isEmpty()) {
        findings.add(context.bundled(this, ReviewContext.pathOf(objective).property("ownerPersonIds"),
            List.of(objective.getId(), objective.getOwnerUnitId()), objective.getTitle()));
      }
    }
    return findings;
  }
}
