package fr.okrsante.visibility;

import fr.okrsante.plan.AlignmentGraph;
import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.ComputedMetric;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.Initiative;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MetricKind;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.Evaluator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one viewer may see of a plan, and nothing else.
 *
 * <p>The view holds the objectives the viewer may see (see {@link Access} for the rules), with
 * their key results and check-ins, intact; the initiatives that support at least one of their
 * key results, with the hidden key result ids removed; the links between visible objectives; the
 * cycles; and the units the viewer needs: their own units and those above, and the owner and
 * granted units of visible objectives and those above.
 *
 * <p>Hidden objectives leave no trace: no id, title, description, key result, check-in value or
 * note, owner or framework reference. Under {@link HiddenContributions#COUNTED_REDACTED} a link
 * between a visible and a hidden objective becomes an anonymous {@link RestrictedLink}, and
 * {@link #restrictedContributionCount(String)} says how many hidden children contribute to an
 * objective; under {@link HiddenContributions#LEFT_OUT} such links vanish without a trace.
 *
 * <p>One visible item can depend on hidden ones: a key result {@link ComputedMetric computed}
 * from other key results. Its hidden sources are removed from its metric (their number is given by
 * {@link #restrictedSourceCount(String)}); when every source is hidden, its metric is shown as a
 * {@link MoveToTarget} (a {@link Rate} for a pooled rate) with the same baseline and target,
 * without check-ins. Such an objective is the only kind not shown exactly as in the plan. Its
 * value is never shown: see {@link EvaluationView}.
 * Initiatives that support no key result follow no objective and are never shown.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanView {

  private final Plan plan;
  private final Viewer viewer;
  private final HiddenContributions policy;
  private final Plan visiblePlan;
  private final List<RestrictedLink> restrictedLinks;
  /** The restricted links and contributions by visible objective, worked out when first asked. */
  private volatile @Nullable RestrictedIndex restrictedIndex;
  private final Map<String, Integer> restrictedSources;
  /** The visible key results whose values derive from hidden ones, worked out when first asked. */
  private volatile @Nullable Set<String> valueRestricted;

  private PlanView(Plan plan, Viewer viewer, HiddenContributions policy, Plan visiblePlan, List<RestrictedLink> restrictedLinks,
      Map<String, Integer> restrictedSources) {
    this.plan = plan;
    this.viewer = viewer;
    this.policy = policy;
    this.visiblePlan = visiblePlan;
    this.restrictedLinks = Collections.unmodifiableList(restrictedLinks);
    this.restrictedSources = restrictedSources;
  }

  /**
   * The restricted links and contributions of each visible objective. Few callers ask, and the
   * view of a national plan has tens of thousands of restricted links: built on first use (by
   * whichever thread asks first; a race builds two equal indexes and keeps one).
   */
  private static final class RestrictedIndex {
    final Map<String, List<RestrictedLink>> byObjective = new HashMap<>();
    final Map<String, Integer> contributions = new HashMap<>();

    RestrictedIndex(List<RestrictedLink> restrictedLinks) {
      for (RestrictedLink link : restrictedLinks) {
        byObjective.computeIfAbsent(link.getVisibleObjectiveId(), k -> new ArrayList<>()).add(link);
        if (link.getHiddenSide() == RestrictedLink.HiddenSide.CHILD && link.contributes()) {
          contributions.merge(link.getVisibleObjectiveId(), 1, Integer::sum);
        }
      }
      byObjective.replaceAll((k, v) -> List.copyOf(v));
    }
  }

  private RestrictedIndex restrictedIndex() {
    RestrictedIndex index = restrictedIndex;
    if (index == null) {
      index = new RestrictedIndex(restrictedLinks);
      restrictedIndex = index;
    }
    return index;
  }

  static PlanView of(Access access, HiddenContributions policy) {
    Plan plan = access.getPlan();
    BitSet visible = access.visibleObjectives();
    List<Objective> objectives = plan.getObjectives();
    List<String> visibleIds = new ArrayList<>(visible.cardinality());
    for (int p = visible.nextSetBit(0); p >= 0; p = visible.nextSetBit(p + 1)) {
      visibleIds.add(objectives.get(p).getId());
    }
    // The restriction keeps what the viewer sees and nothing else: it drops the sources of
    // computed key results in hidden objectives and the hidden key results of initiatives.
    Plan visiblePlan = plan.restrictedTo(visibleIds, access.reachedUnits());
    Map<String, Integer> restrictedSources = new HashMap<>();
    List<Objective> shown = visiblePlan.getObjectives();
    int q = 0;
    for (int p = visible.nextSetBit(0); p >= 0; p = visible.nextSetBit(p + 1), q++) {
      if (shown.get(q) != objectives.get(p)) {
        // Only an objective with a computed key result that lost sources was changed.
        countHiddenSources(objectives.get(p), visiblePlan, restrictedSources);
      }
    }
    List<RestrictedLink> restricted = new ArrayList<>();
    if (policy == HiddenContributions.COUNTED_REDACTED) {
      AlignmentGraph shownGraph = visiblePlan.alignment();
      for (AlignmentLink link : plan.getLinks()) {
        boolean child = shownGraph.contains(link.getChildId());
        boolean parent = shownGraph.contains(link.getParentId());
        if (child && !parent) {
          restricted.add(RestrictedLink.of(link.getChildId(), RestrictedLink.HiddenSide.PARENT, link.contributes()));
        } else if (parent && !child) {
          restricted.add(RestrictedLink.of(link.getParentId(), RestrictedLink.HiddenSide.CHILD, link.contributes()));
        }
      }
    }
    return new PlanView(plan, access.getViewer(), policy, visiblePlan, restricted, restrictedSources);
  }

  private static void countHiddenSources(Objective objective, Plan visiblePlan, Map<String, Integer> restrictedSources) {
    for (KeyResult keyResult : objective.getKeyResults()) {
      if (keyResult.getMetric().kind() == MetricKind.COMPUTED) {
        int hidden = 0;
        for (String source : keyResult.getMetric().sourceKeyResultIds()) {
          if (visiblePlan.keyResult(source).isEmpty()) {
            hidden++;
          }
        }
        if (hidden > 0) {
          restrictedSources.put(keyResult.getId(), hidden);
        }
      }
    }
  }

  /** Returns the whole plan the view was cut from; never exposed. */
  Plan sourcePlan() {
    return plan;
  }

  /**
   * Evaluates what the viewer sees as of a date, with an evaluator: its thresholds and its rollup
   * strategies (a strategy the host registered included).
   *
   * <p>Under {@link HiddenContributions#COUNTED_REDACTED} this evaluates the whole plan; to show
   * the same evaluation to many viewers, evaluate the plan once and call
   * {@link EvaluationView#of(PlanView, Evaluation)} for each. Under
   * {@link HiddenContributions#LEFT_OUT} it evaluates {@link #toPlan()}.
   *
   * @param evaluator the evaluator
   * @param asOf the date
   * @return the view of the evaluation
   * @throws fr.okrsante.plan.UnknownStrategyException if an objective names a strategy the
   *     evaluator does not have
   */
  public EvaluationView evaluate(Evaluator evaluator, LocalDate asOf) {
    Objects.requireNonNull(evaluator, "evaluator");
    Objects.requireNonNull(asOf, "asOf");
    return EvaluationView.of(this, evaluator.evaluate(
        policy == HiddenContributions.COUNTED_REDACTED ? plan : visiblePlan, asOf));
  }

  /**
   * Evaluates what the viewer sees as of a date with {@link Evaluator#standard()}: the same as
   * {@code evaluate(Evaluator.standard(), asOf)}.
   *
   * @param asOf the date
   * @return the view of the evaluation
   * @throws fr.okrsante.plan.UnknownStrategyException if an objective names a strategy that is
   *     not registered
   */
  public EvaluationView evaluate(LocalDate asOf) {
    return evaluate(Evaluator.standard(), asOf);
  }

  /**
   * Returns the viewer the view is for.
   *
   * @return the viewer
   */
  public Viewer getViewer() {
    return viewer;
  }

  /**
   * Returns how hidden objectives count in this view.
   *
   * @return the policy
   */
  public HiddenContributions getPolicy() {
    return policy;
  }

  /**
   * Returns what the viewer sees as a plan of its own: the visible objectives, initiatives, links,
   * cycles and needed units. Evaluating it computes progress on what the viewer sees, as
   * {@link HiddenContributions#LEFT_OUT} does.
   *
   * @return the visible part of the plan, valid
   */
  public Plan toPlan() {
    return visiblePlan;
  }

  /**
   * Returns the units the viewer needs: their own and those above, and the owner and granted units
   * of visible objectives and those above.
   *
   * @return the units, by id
   */
  public List<OrgUnit> getUnits() {
    return visiblePlan.getUnits();
  }

  /**
   * Returns the cycles of the plan.
   *
   * @return the cycles, by id
   */
  public List<Cycle> getCycles() {
    return visiblePlan.getCycles();
  }

  /**
   * Returns the objectives the viewer may see.
   *
   * @return the visible objectives, by id
   */
  public List<Objective> getObjectives() {
    return visiblePlan.getObjectives();
  }

  /**
   * Returns a visible objective by id.
   *
   * @param objectiveId the objective id
   * @return the objective, if the plan has it and the viewer may see it
   */
  public Optional<Objective> objective(String objectiveId) {
    return visiblePlan.objective(Objects.requireNonNull(objectiveId, "objectiveId"));
  }

  /**
   * Returns the initiatives that support at least one visible key result, each with only the
   * visible key result ids.
   *
   * @return the initiatives, by id
   */
  public List<Initiative> getInitiatives() {
    return visiblePlan.getInitiatives();
  }

  /**
   * Returns the links between two visible objectives.
   *
   * @return the links, by child id then parent id
   */
  public List<AlignmentLink> getLinks() {
    return visiblePlan.getLinks();
  }

  /**
   * Returns the anonymous markers of links between a visible and a hidden objective; always empty
   * under {@link HiddenContributions#LEFT_OUT}.
   *
   * @return the markers, by visible objective id
   */
  public List<RestrictedLink> getRestrictedLinks() {
    return restrictedLinks;
  }

  /**
   * Returns the anonymous markers of one visible objective's links to hidden objectives.
   *
   * @param objectiveId the visible objective id
   * @return the markers; empty if none, or if the objective is not visible
   */
  public List<RestrictedLink> restrictedLinksOf(String objectiveId) {
    return restrictedIndex().byObjective.getOrDefault(Objects.requireNonNull(objectiveId, "objectiveId"), List.of());
  }

  /**
   * Returns how many hidden children contribute to a visible objective's progress; always 0 under
   * {@link HiddenContributions#LEFT_OUT}.
   *
   * @param objectiveId the visible objective id
   * @return the number of restricted contributions
   */
  public int restrictedContributionCount(String objectiveId) {
    return restrictedIndex().contributions.getOrDefault(Objects.requireNonNull(objectiveId, "objectiveId"), 0);
  }

  /**
   * Returns how many sources of a visible computed key result are hidden, and so missing from its
   * metric in this view.
   *
   * @param keyResultId the key result id
   * @return the number of hidden sources; 0 if none, or for a key result that is not computed
   */
  public int restrictedSourceCount(String keyResultId) {
    return restrictedSources.getOrDefault(Objects.requireNonNull(keyResultId, "keyResultId"), 0);
  }

  /**
   * Returns the visible key results whose values derive from key results the viewer may not see:
   * computed key results with a hidden source, and computed key results with such a source, at any
   * depth. Always empty under {@link HiddenContributions#LEFT_OUT}, where computed key results are
   * evaluated on their visible sources only. Worked out on first use; costs nothing when no
   * computed key result lost a source.
   */
  Set<String> valueRestrictedKeyResults() {
    Set<String> known = valueRestricted;
    if (known != null) {
      return known;
    }
    Set<String> restricted = new HashSet<>();
    if (policy == HiddenContributions.COUNTED_REDACTED && !restrictedSources.isEmpty()) {
      Map<String, List<String>> dependents = new HashMap<>();
      for (Objective objective : visiblePlan.getObjectives()) {
        for (KeyResult keyResult : objective.getKeyResults()) {
          if (keyResult.getMetric().kind() == MetricKind.COMPUTED) {
            for (String source : keyResult.getMetric().sourceKeyResultIds()) {
              dependents.computeIfAbsent(source, k -> new ArrayList<>()).add(keyResult.getId());
            }
          }
        }
      }
      Deque<String> pending = new ArrayDeque<>(restrictedSources.keySet());
      restricted.addAll(pending);
      while (!pending.isEmpty()) {
        for (String dependent : dependents.getOrDefault(pending.pop(), List.of())) {
          if (restricted.add(dependent)) {
            pending.push(dependent);
          }
        }
      }
    }
    known = Collections.unmodifiableSet(restricted);
    valueRestricted = known;
    return known;
  }

  /**
   * Returns a one-line summary: counts only.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "PlanView[" + viewer + ", " + policy + ", " + visiblePlan.getObjectives().size() + " objectives, "
        + restrictedLinks.size() + " restricted links]";
  }
}
