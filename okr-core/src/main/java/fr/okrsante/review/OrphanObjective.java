package fr.okrsante.review;

import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import java.util.ArrayList;
import java.util.List;

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
public final class OrphanObjective implements ReviewRule {

  /** The rule id. */
  public static final String ID = "orphan-objective";

  /** Creates the rule. */
  public OrphanObjective() {}

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
      if (!context.isLive(objective) || !context.getPlan().alignment().parents(objective.getId()).isEmpty()) {
        continue;
      }
      OrgUnit owner = context.getPlan().unit(objective.getOwnerUnitId()).orElseThrow();
      if (owner.getParentId().isPresent()) {
        findings.add(context.bundled(this, ReviewContext.pathOf(objective), List.of(objective.getId(), owner.getId()),
            objective.getTitle(), owner.getName()));
      }
    }
    return findings;
  }
}
