package fr.okrsante.visibility;

import fr.okrsante.plan.Plan;
import fr.okrsante.plan.UnknownIdException;
import fr.okrsante.plan.Contribution;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.KeyResultProgress;
import fr.okrsante.plan.ObjectiveProgress;
import fr.okrsante.plan.ProgressFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one viewer may see of an evaluation: the progress, status and explanations of the
 * objectives and key results of a {@link PlanView}, and nothing of the others.
 *
 * <p>How hidden objectives count follows the view's {@link HiddenContributions policy}:
 * <ul>
 *   <li>{@link HiddenContributions#COUNTED_REDACTED}: every figure is the one computed on the whole
 *       plan, the same for every viewer. {@link #contributions(String)} lists the visible
 *       contributions only; the hidden ones are counted by
 *       {@link PlanView#restrictedContributionCount(String)}, and
 *       {@link ObjectiveProgress#getContributionCount()} still includes them. A visible key result
 *       computed from key results the viewer may not see (directly, or through another computed
 *       key result) shows its progress and status, as objectives do, but
 *       {@link KeyResultProgress#withValueRestricted() not its value}: no current value, numerator,
 *       denominator or latest check-in, and {@link KeyResultProgress#isValueRestricted()} is true,
 *       so every report can say "restricted". Its baseline and target are the plan's and stay
 *       shown, so a viewer can still infer the value from the progress (progress may be inferred
 *       under this policy, see {@link HiddenContributions}); values are never shown.</li>
 *     <li>{@link HiddenContributions#LEFT_OUT}: every figure is computed on
 *       {@link PlanView#toPlan()}, as if the hidden objectives were not in the plan: a computed key
 *       result is computed from its visible sources only (with none, it has no data), and shows
 *       its value.</li>
 * </ul>
 * Asking for a hidden objective or key result fails as if it did not exist.
 *
 * <p>An evaluation view is the viewer's {@link ProgressFigures}: the same figures a view document
 * gives when read back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvaluationView implements ProgressFigures {

  private final PlanView view;
  private final Evaluation evaluation;

  private EvaluationView(PlanView view, Evaluation evaluation) {
    this.view = view;
    this.evaluation = evaluation;
  }

  /**
   * Obtains the view of an evaluation for the viewer of a plan view.
   *
   * <p>Under {@link HiddenContributions#COUNTED_REDACTED} the evaluation must be of the view's
   * whole plan, and is shared (evaluate once, view it for many viewers). Under
   * {@link HiddenContributions#LEFT_OUT} it must be of {@link PlanView#toPlan()}. Nothing is
   * evaluated here: {@link PlanView#evaluate(fr.okrsante.plan.Evaluator, LocalDate)} evaluates
   * the right plan.
   *
   * @param view the plan view
   * @param evaluation an evaluation of the plan the view was cut from (counted-redacted), or of the
   *     view's own plan (left-out)
   * @return the view of the evaluation
   * @throws IllegalArgumentException if the evaluation is of another plan
   */
  public static EvaluationView of(PlanView view, Evaluation evaluation) {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(evaluation, "evaluation");
    Plan evaluated = evaluation.getPlan();
    if (view.getPolicy() == HiddenContributions.COUNTED_REDACTED) {
      if (evaluated != view.sourcePlan() && !evaluated.equals(view.sourcePlan())) {
        throw new IllegalArgumentException("the evaluation is not of the plan this view was cut from: evaluate "
            + "the same plan, or the view's toPlan() with the LEFT_OUT policy");
      }
    } else if (evaluated != view.toPlan() && !evaluated.equals(view.toPlan())) {
      throw new IllegalArgumentException("the evaluation is not of the view's toPlan(), which a LEFT_OUT view "
          + "shows: evaluate view.toPlan(), or call view.evaluate(evaluator, asOf)");
    }
    return new EvaluationView(view, evaluation);
  }

  /**
   * Returns the plan view this evaluation is seen through.
   *
   * @return the plan view
   */
  public PlanView getPlanView() {
    return view;
  }

  /**
   * Returns the date of the evaluation.
   *
   * @return the as-of date
   */
  public LocalDate getAsOf() {
    return evaluation.getAsOf();
  }

  /**
   * Returns the progress of every visible objective.
   *
   * @return the objectives' progress, by objective id
   */
  public List<ObjectiveProgress> getObjectives() {
    List<ObjectiveProgress> result = new ArrayList<>();
    Set<String> restricted = view.valueRestrictedKeyResults();
    for (fr.okrsante.plan.Objective objective : view.getObjectives()) {
      result.add(shown(evaluation.objective(objective.getId()), restricted));
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Returns the date of the evaluation, as {@link #getAsOf()} does.
   *
   * @return the as-of date
   */
  @Override
  public LocalDate asOf() {
    return getAsOf();
  }

  /**
   * Returns the progress of every visible objective, as {@link #getObjectives()} does.
   *
   * @return the objectives' progress, by objective id
   */
  @Override
  public List<ObjectiveProgress> objectives() {
    return getObjectives();
  }

  /**
   * Returns how many contributions to a visible objective come from children the viewer may not
   * see, as {@link PlanView#restrictedContributionCount(String)} counts them: under
   * {@link HiddenContributions#COUNTED_REDACTED} they count in the progress but are not listed by
   * {@link #contributions(String)}; under {@link HiddenContributions#LEFT_OUT} there are none.
   *
   * @param objectiveId the objective id
   * @return the count
   * @throws UnknownIdException if the objective is not in the view
   */
  @Override
  public int restrictedContributionCount(String objectiveId) {
    return view.restrictedContributionCount(requireVisible(objectiveId));
  }

  /**
   * Returns a visible objective's progress.
   *
   * @param objectiveId the objective id
   * @return its progress
   * @throws UnknownIdException if the objective is not in the view
   */
  @Override
  public ObjectiveProgress objective(String objectiveId) {
    return shown(evaluation.objective(requireVisible(objectiveId)), view.valueRestrictedKeyResults());
  }

  private static ObjectiveProgress shown(ObjectiveProgress progress, Set<String> restricted) {
    return restricted.isEmpty() ? progress : progress.withValuesRestricted(restricted);
  }

  /**
   * Returns a visible key result's progress; its value {@link KeyResultProgress#isValueRestricted()
   * restricted} when it derives from key results the viewer may not see.
   *
   * @param keyResultId the key result id
   * @return its progress
   * @throws UnknownIdException if the key result is not in the view
   */
  @Override
  public KeyResultProgress keyResult(String keyResultId) {
    Objects.requireNonNull(keyResultId, "keyResultId");
    if (view.toPlan().keyResult(keyResultId).isEmpty()) {
      throw new UnknownIdException("key result", keyResultId);
    }
    KeyResultProgress progress = evaluation.keyResult(keyResultId);
    return view.valueRestrictedKeyResults().contains(keyResultId) ? progress.withValueRestricted() : progress;
  }

  /**
   * Lists the visible contributions to a visible objective: its key results, then its visible
   * contributing children.
   *
   * @param objectiveId the objective id
   * @return the contributions; under {@link HiddenContributions#COUNTED_REDACTED} their shares
   *     are those in the whole plan, and may sum to less than 1
   * @throws UnknownIdException if the objective is not in the view
   */
  @Override
  public List<Contribution> contributions(String objectiveId) {
    List<Contribution> result = new ArrayList<>();
    for (Contribution contribution : evaluation.contributions(requireVisible(objectiveId))) {
      if (contribution.getKind() == Contribution.Kind.KEY_RESULT
          || view.objective(contribution.getSourceId()).isPresent()) {
        result.add(contribution);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Returns the effective share of a visible key result or objective in each visible objective it
   * contributes to, directly or not (paths through hidden objectives included under
   * {@link HiddenContributions#COUNTED_REDACTED}).
   *
   * @param id a visible key result id or objective id
   * @return the shares, by visible objective id
   * @throws UnknownIdException if the view has no such key result or objective
   */
  public Map<String, Double> effectiveShares(String id) {
    Objects.requireNonNull(id, "id");
    if (view.objective(id).isEmpty() && view.toPlan().keyResult(id).isEmpty()) {
      throw new UnknownIdException("key result or objective", id);
    }
    Map<String, Double> result = new TreeMap<>();
    evaluation.effectiveShares(id).forEach((objectiveId, share) -> {
      if (view.objective(objectiveId).isPresent()) {
        result.put(objectiveId, share);
      }
    });
    return Collections.unmodifiableMap(result);
  }

  private String requireVisible(String objectiveId) {
    Objects.requireNonNull(objectiveId, "objectiveId");
    if (view.objective(objectiveId).isEmpty()) {
      throw new UnknownIdException("objective", objectiveId);
    }
    return objectiveId;
  }

  /**
   * Returns a one-line summary: counts only.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "EvaluationView[" + view + " as of " + evaluation.getAsOf() + "]";
  }
}
