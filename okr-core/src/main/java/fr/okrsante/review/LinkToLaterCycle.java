package fr.okrsante.review;

import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.Objective;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code link-to-later-cycle} (warning): an objective that serves an objective of a cycle that
 * starts after its own cycle ends.
 *
 * <p><b>Why.</b> Alignment carries progress upwards within a period: a quarter's objective feeds
 * its year's, a year's feeds the five-year projet d'établissement. A link to a later cycle counts
 * work that was finished (and scored) before the parent even started — usually an objective copied
 * forward without its links being moved to the new cycle's objectives.
 */
public final class LinkToLaterCycle extends BuiltInRule {

  /** The rule id. */
  public static final String ID = "link-to-later-cycle";

  /** Creates the rule. */
  public LinkToLaterCycle() {
    super(ID, Severity.WARNING);
  }

  @Override
  public List<Finding> check(ReviewContext context) {
    List<Finding> findings = new ArrayList<>();
    for (AlignmentLink link : context.getPlan().getLinks()) {
      Objective child = context.getPlan().objective(link.getChildId()).orElseThrow();
      Objective parent = context.getPlan().objective(link.getParentId()).orElseThrow();
      if (!context.isLive(child)) {
        continue;
      }
      Cycle childCycle = context.cycleOf(child);
      Cycle parentCycle = context.cycleOf(parent);
      if (parentCycle.getStartDate().isAfter(childCycle.getEndDate())) {
        findings.add(context.bundled(this, ReviewContext.pathOf(link),
            List.of(child.getId(), parent.getId()), child.getTitle(), childCycle.getLabel(), parent.getTitle(),
            parentCycle.getLabel()));
      }
    }
    return findings;
  }
}
