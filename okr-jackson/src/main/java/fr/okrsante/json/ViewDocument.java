package fr.okrsante.json;

import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.visibility.EvaluationView;
import fr.okrsante.visibility.HiddenContributions;
import fr.okrsante.visibility.PlanView;
import fr.okrsante.visibility.RestrictedLink;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A view document as read: what one viewer may see of a plan, and of its evaluation when the view
 * was evaluated.
 *
 * <p>The {@link #plan() visible plan} is the view's {@link PlanView#toPlan()}: the visible
 * objectives, initiatives, links, units and cycles, in the plan document's shapes. Links between
 * a visible and a hidden objective are the anonymous {@link #restrictedLinks() markers} (the
 * visible end, the hidden side, whether it contributes; under
 * {@link HiddenContributions#LEFT_OUT} there are none); {@link #restrictedSourceCounts()} says
 * how many sources of a visible computed key result are hidden. Nothing else of a hidden
 * objective is in the document.
 *
 * <p>The viewer is not named: a viewer's id is a person's id, and a view document is stored,
 * cached and sent on; the one it was made for knows who they are, and an integrator who needs to
 * key stored views keeps the key beside the document. Nor are the viewer's memberships written.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param policy how hidden objectives count in the figures
 * @param plan the visible plan
 * @param restrictedLinks the anonymous markers of links to hidden objectives, in the plan's link order
 * @param restrictedSourceCounts how many sources of a visible computed key result are hidden, by
 *     key result id, for those with at least one
 * @param evaluation the viewer's evaluation, when the view was evaluated
 */
public record ViewDocument(HiddenContributions policy, Plan plan, List<RestrictedLink> restrictedLinks,
    Map<String, Integer> restrictedSourceCounts, Optional<EvaluationDocument> evaluation) {

  /**
   * Creates a document.
   *
   * @param policy the policy
   * @param plan the visible plan
   * @param restrictedLinks the restricted markers
   * @param restrictedSourceCounts the hidden sources' counts, by key result id
   * @param evaluation the viewer's evaluation, if any
   */
  public ViewDocument {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(plan, "plan");
    restrictedLinks = List.copyOf(restrictedLinks);
    restrictedSourceCounts = Collections.unmodifiableMap(new TreeMap<>(restrictedSourceCounts));
    Objects.requireNonNull(evaluation, "evaluation");
  }

  /**
   * Returns the document of a plan view, without evaluation.
   *
   * @param view the view
   * @return its document
   */
  public static ViewDocument of(PlanView view) {
    Objects.requireNonNull(view, "view");
    return new ViewDocument(view.getPolicy(), view.toPlan(), view.getRestrictedLinks(), sourceCounts(view),
        Optional.empty());
  }

  /**
   * Returns the document of an evaluated view: its plan view and the viewer's figures.
   *
   * @param evaluation the viewer's evaluation
   * @return its document
   */
  public static ViewDocument of(EvaluationView evaluation) {
    Objects.requireNonNull(evaluation, "evaluation");
    PlanView view = evaluation.getPlanView();
    return new ViewDocument(view.getPolicy(), view.toPlan(), view.getRestrictedLinks(), sourceCounts(view),
        Optional.of(EvaluationDocument.of(evaluation)));
  }

  private static Map<String, Integer> sourceCounts(PlanView view) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Objective objective : view.getObjectives()) {
      for (KeyResult keyResult : objective.getKeyResults()) {
        int hidden = view.restrictedSourceCount(keyResult.getId());
        if (hidden > 0) {
          counts.put(keyResult.getId(), hidden);
        }
      }
    }
    return counts;
  }

  /**
   * Returns how many hidden children contribute to a visible objective: the markers of that
   * objective whose hidden side is the child and that contribute, as
   * {@link PlanView#restrictedContributionCount(String)} counts them.
   *
   * @param objectiveId the visible objective's id
   * @return the count, 0 for an objective without such markers
   */
  public int restrictedContributionCount(String objectiveId) {
    Objects.requireNonNull(objectiveId, "objectiveId");
    int count = 0;
    for (RestrictedLink link : restrictedLinks) {
      if (link.getVisibleObjectiveId().equals(objectiveId) && link.getHiddenSide() == RestrictedLink.HiddenSide.CHILD
          && link.contributes()) {
        count++;
      }
    }
    return count;
  }

  /**
   * Returns how many sources of a visible computed key result are hidden.
   *
   * @param keyResultId the key result's id
   * @return the count, 0 when none is
   */
  public int restrictedSourceCount(String keyResultId) {
    return restrictedSourceCounts.getOrDefault(Objects.requireNonNull(keyResultId, "keyResultId"), 0);
  }
}
