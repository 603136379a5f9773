package fr.okrsante.review;

import fr.okrsante.plan.Objective;
import fr.okrsante.plan.ObjectiveKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code committed-without-lead} (advice): a live committed objective with no owner person.
 *
 * <p><b>Why.</b> A committed objective is expected to reach 1.0; someone has to bring it to each
 * check-in and say when it slips. OKRs measure collective progress — the owner is a unit, and the
 * library never ranks people — but a unit with nobody named to hold the objective tends to leave it
 * to the quality office, which is the "institutional rather than collective" steering the seed
 * warns against. Name a pseudonymous lead ({@code ownerPersonIds}).
 */
public final class CommittedWithoutLead extends ObjectiveRule {

  /** The rule id. */
  public static final String ID = "committed-without-lead";

  /** Creates the rule. */
  public CommittedWithoutLead() {
    super(ID, Severity.ADVICE);
  }

  @Override
  @Nullable Finding check(ReviewContext context, Objective objective) {
    return objective.getKind() == ObjectiveKind.COMMITTED && objective.getOwnerPersonIds().isEmpty()
        ? context.bundled(this, ReviewContext.pathOf(objective).property("ownerPersonIds"),
            List.of(objective.getId(), objective.getOwnerUnitId()), objective.getTitle())
        : null;
  }
}
