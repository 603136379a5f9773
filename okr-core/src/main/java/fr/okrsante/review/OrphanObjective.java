package fr.okrsante.review;

import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code orphan-objective} (advice): a live objective that serves no other objective although its
 * owner unit is not at the top of its unit tree (a service under a pôle, a pôle under the
 * establishment, a member structure under its CPTS).
 *
 * <p><b>Why.</b> The seed's central promise is that each team sees how its work contributes to the
 * establishment's or the territory's strategy. An objective of a service that links to nothing
 * above it contributes to nothing anyone above can see; either it serves a higher objective (link
 * it, {@code INFORMS} if it should not count in its progress) or it is a local priority that could
 * say so in its description. Objectives of top units are the strategy itself.
 */
public final class OrphanObjective extends ObjectiveRule {

  /** The rule id. */
  public static final String ID = "orphan-objective";

  /** Creates the rule. */
  public OrphanObjective() {
    super(ID, Severity.ADVICE);
  }

  @Override
  @Nullable Finding check(ReviewContext context, Objective objective) {
    if (!context.getPlan().alignment().parents(objective.getId()).isEmpty()) {
      return null;
    }
    OrgUnit owner = context.getPlan().unit(objective.getOwnerUnitId()).orElseThrow();
    return owner.getParentId().isPresent()
        ? context.bundled(this, ReviewContext.pathOf(objective), List.of(objective.getId(), owner.getId()),
            objective.getTitle(), owner.getName())
        : null;
  }
}
