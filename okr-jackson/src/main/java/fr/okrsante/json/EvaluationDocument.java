package fr.okrsante.json;

import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Status;
import fr.okrsante.plan.StatusOverride;
import fr.okrsante.plan.Contribution;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.KeyResultProgress;
import fr.okrsante.plan.ObjectiveProgress;
import fr.okrsante.visibility.EvaluationView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An evaluation document as read: the figures of every objective of a plan as of a date, by id.
 *
 * <p>An okr-core {@link Evaluation} cannot be rebuilt from its figures (it is computed from a
 * plan), so reading an evaluation document gives this read-only model instead: what an evaluation
 * showed when it was written — progress, expected progress, coverage, statuses, overrides,
 * the key results' figures and each objective's contributions with their shares. The document
 * names objectives, key results and child objectives by id only; the plan is not embedded (read
 * it from its own plan document, or from the {@link ViewDocument view document} that embeds both).
 * Writing this model again gives the bytes it was read from, when those were written by
 * {@link OkrJson}.
 *
 * <p>Progress and shares are {@code double}s, as okr-core computes them; an absent progress (no
 * data, nothing counted) is an empty {@link OptionalDouble}, never NaN. Values that users typed or
 * that derive exactly from them (current value, numerator, denominator, baseline, target) are
 * exact decimals.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param asOf the date of the evaluation
 * @param objectives the figures of each objective, in the plan's objective order (by id)
 */
public record EvaluationDocument(LocalDate asOf, List<EvaluationDocument.ObjectiveFigures> objectives) {

  /**
   * Creates a document.
   *
   * @param asOf the date of the evaluation
   * @param objectives the figures of each objective
   */
  public EvaluationDocument {
    Objects.requireNonNull(asOf, "asOf");
    objectives = List.copyOf(objectives);
  }

  /**
   * Returns the figures of an evaluation, every objective of its plan included.
   *
   * @param evaluation the evaluation
   * @return its document
   */
  public static EvaluationDocument of(Evaluation evaluation) {
    Objects.requireNonNull(evaluation, "evaluation");
    List<ObjectiveFigures> objectives = new ArrayList<>();
    for (ObjectiveProgress objective : evaluation.getObjectives()) {
      objectives.add(ObjectiveFigures.of(objective, evaluation.contributions(objective.getObjectiveId())));
    }
    return new EvaluationDocument(evaluation.getAsOf(), objectives);
  }

  /**
   * Returns the figures one viewer may see: the visible objectives only, each with its visible
   * contributions (see {@link EvaluationView} for what the figures include under each policy).
   *
   * @param evaluation the viewer's evaluation
   * @return its document
   */
  public static EvaluationDocument of(EvaluationView evaluation) {
    Objects.requireNonNull(evaluation, "evaluation");
    List<ObjectiveFigures> objectives = new ArrayList<>();
    for (ObjectiveProgress objective : evaluation.getObjectives()) {
      objectives.add(ObjectiveFigures.of(objective, evaluation.contributions(objective.getObjectiveId())));
    }
    return new EvaluationDocument(evaluation.getAsOf(), objectives);
  }

  /**
   * Returns the figures of one objective. A linear search: index {@link #objectives()} to look up
   * many.
   *
   * @param objectiveId the objective id
   * @return its figures, or empty if the document has no such objective
   */
  public Optional<ObjectiveFigures> objective(String objectiveId) {
    Objects.requireNonNull(objectiveId, "objectiveId");
    return objectives.stream().filter(o -> o.objectiveId().equals(objectiveId)).findFirst();
  }

  /**
   * The figures of one objective: see {@link ObjectiveProgress} for what each means.
   *
   * <p>This record is immutable and thread-safe.
   *
   * @param objectiveId the objective's id
   * @param progress the combined progress of the counted contributions, empty when none counts
   * @param expectedProgress the progress expected at the date
   * @param coverage the data coverage, from 0 to 1
   * @param computedStatus the status computed from the progress
   * @param statusOverride the status an owner set in place of the computed one
   * @param contributionCount how many contributions the objective has
   * @param countedContributionCount how many counted in the progress
   * @param keyResults the figures of the objective's key results, in the objective's order
   * @param contributions the contributions: key results, then contributing children by id
   */
  public record ObjectiveFigures(String objectiveId, OptionalDouble progress, double expectedProgress,
      double coverage, Status computedStatus, Optional<StatusOverride> statusOverride, int contributionCount,
      int countedContributionCount, List<KeyResultFigures> keyResults, List<ContributionFigures> contributions) {

    /**
     * Creates the figures.
     *
     * @param objectiveId the objective's id
     * @param progress the combined progress, empty when none counts
     * @param expectedProgress the expected progress
     * @param coverage the data coverage
     * @param computedStatus the computed status
     * @param statusOverride the owner's override
     * @param contributionCount how many contributions
     * @param countedContributionCount how many counted
     * @param keyResults the key results' figures
     * @param contributions the contributions
     */
    public ObjectiveFigures {
      Objects.requireNonNull(objectiveId, "objectiveId");
      Objects.requireNonNull(progress, "progress");
      Objects.requireNonNull(computedStatus, "computedStatus");
      Objects.requireNonNull(statusOverride, "statusOverride");
      keyResults = List.copyOf(keyResults);
      contributions = List.copyOf(contributions);
    }

    static ObjectiveFigures of(ObjectiveProgress objective, List<Contribution> contributions) {
      List<KeyResultFigures> keyResults = new ArrayList<>(objective.getKeyResults().size());
      for (KeyResultProgress keyResult : objective.getKeyResults()) {
        keyResults.add(KeyResultFigures.of(keyResult));
      }
      List<ContributionFigures> shown = new ArrayList<>(contributions.size());
      for (Contribution contribution : contributions) {
        shown.add(new ContributionFigures(contribution.getKind(), contribution.getSourceId(),
            contribution.getWeight(), contribution.getProgress(), contribution.hasData(), contribution.isCounted(),
            contribution.getShare()));
      }
      return new ObjectiveFigures(objective.getObjectiveId(), objective.getProgress(),
          objective.getExpectedProgress(), objective.getCoverage(), objective.getComputedStatus(),
          objective.getOverride(), objective.getContributionCount(), objective.getCountedContributionCount(),
          keyResults, shown);
    }

    /**
     * Returns the status to show: the owner's override if any, else the computed status.
     *
     * @return the status
     */
    public Status status() {
      return statusOverride.map(StatusOverride::getStatus).orElse(computedStatus);
    }
  }

  /**
   * The figures of one key result: see {@link KeyResultProgress} for what each means.
   *
   * <p>This record is immutable and thread-safe.
   *
   * @param keyResultId the key result's id
   * @param progress the raw progress (negative for a regression, above 1 for overachievement),
   *     empty without data
   * @param countedProgress the progress as the objective counts it
   * @param expectedProgress the progress expected at the date
   * @param computedStatus the status computed from the progress
   * @param statusOverride the status an owner set in place of the computed one
   * @param currentValue the current value
   * @param numerator the numerator of a rate
   * @param denominator the denominator of a rate
   * @param baseline the baseline in effect
   * @param target the target in effect, a relative target resolved against the baseline
   * @param latestObservedOn the observation date of the check-in the current value comes from
   * @param stale whether that check-in is older than the key result's cadence
   * @param lateCheckIns how many check-ins were recorded after the cycle was closed
   * @param valueRestricted whether the current value, numerator, denominator and latest observation
   *     date were withheld from the viewer (a key result computed from key results they may not
   *     see, see {@link KeyResultProgress#isValueRestricted()}); these are then empty
   */
  public record KeyResultFigures(String keyResultId, OptionalDouble progress, double countedProgress,
      double expectedProgress, Status computedStatus, Optional<StatusOverride> statusOverride,
      Optional<BigDecimal> currentValue, Optional<BigDecimal> numerator, Optional<BigDecimal> denominator,
      Optional<BigDecimal> baseline, Optional<BigDecimal> target, Optional<LocalDate> latestObservedOn,
      boolean stale, int lateCheckIns, boolean valueRestricted) {

    /**
     * Creates the figures.
     *
     * @param keyResultId the key result's id
     * @param progress the raw progress
     * @param countedProgress the counted progress
     * @param expectedProgress the expected progress
     * @param computedStatus the computed status
     * @param statusOverride the owner's override
     * @param currentValue the current value
     * @param numerator the numerator
     * @param denominator the denominator
     * @param baseline the baseline
     * @param target the target
     * @param latestObservedOn the latest check-in's observation date
     * @param stale whether stale
     * @param lateCheckIns how many late check-ins
     * @param valueRestricted whether the value was withheld from the viewer
     * @throws IllegalArgumentException if the value is restricted but a current value, numerator,
     *     denominator or observation date is given
     */
    public KeyResultFigures {
      Objects.requireNonNull(keyResultId, "keyResultId");
      Objects.requireNonNull(progress, "progress");
      Objects.requireNonNull(computedStatus, "computedStatus");
      Objects.requireNonNull(statusOverride, "statusOverride");
      Objects.requireNonNull(currentValue, "currentValue");
      Objects.requireNonNull(numerator, "numerator");
      Objects.requireNonNull(denominator, "denominator");
      Objects.requireNonNull(baseline, "baseline");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(latestObservedOn, "latestObservedOn");
      if (valueRestricted && (currentValue.isPresent() || numerator.isPresent() || denominator.isPresent()
          || latestObservedOn.isPresent())) {
        throw new IllegalArgumentException("key result " + keyResultId + ": a restricted value has no current value, "
            + "numerator, denominator or observation date");
      }
    }

    /**
     * Creates the figures of a key result whose value is not restricted.
     *
     * @param keyResultId the key result's id
     * @param progress the raw progress
     * @param countedProgress the counted progress
     * @param expectedProgress the expected progress
     * @param computedStatus the computed status
     * @param statusOverride the owner's override
     * @param currentValue the current value
     * @param numerator the numerator
     * @param denominator the denominator
     * @param baseline the baseline
     * @param target the target
     * @param latestObservedOn the latest check-in's observation date
     * @param stale whether stale
     * @param lateCheckIns how many late check-ins
     */
    public KeyResultFigures(String keyResultId, OptionalDouble progress, double countedProgress,
        double expectedProgress, Status computedStatus, Optional<StatusOverride> statusOverride,
        Optional<BigDecimal> currentValue, Optional<BigDecimal> numerator, Optional<BigDecimal> denominator,
        Optional<BigDecimal> baseline, Optional<BigDecimal> target, Optional<LocalDate> latestObservedOn,
        boolean stale, int lateCheckIns) {
      this(keyResultId, progress, countedProgress, expectedProgress, computedStatus, statusOverride, currentValue,
          numerator, denominator, baseline, target, latestObservedOn, stale, lateCheckIns, false);
    }

    static KeyResultFigures of(KeyResultProgress k) {
      return new KeyResultFigures(k.getKeyResultId(), k.getProgress(), k.getCountedProgress(),
          k.getExpectedProgress(), k.getComputedStatus(), k.getOverride(), k.getCurrentValue(), k.getNumerator(),
          k.getDenominator(), k.getBaseline(), k.getTarget(), k.getLatestCheckIn().map(CheckIn::getObservedOn),
          k.isStale(), k.getLateCheckIns(), k.isValueRestricted());
    }

    /**
     * Returns the status to show: the owner's override if any, else the computed status.
     *
     * @return the status
     */
    public Status status() {
      return statusOverride.map(StatusOverride::getStatus).orElse(computedStatus);
    }
  }

  /**
   * One contribution to an objective: see {@link Contribution} for what each figure means.
   *
   * <p>This record is immutable and thread-safe.
   *
   * @param kind a key result or a child objective
   * @param sourceId the id of the key result or child objective
   * @param weight the key result's or the link's weight
   * @param progress the progress as the objective counts it, empty when left out without data
   * @param hasData whether its progress was measured
   * @param counted whether it counted in the objective's progress
   * @param share its share of the objective's progress, 0 when not counted
   */
  public record ContributionFigures(Contribution.Kind kind, String sourceId, double weight, OptionalDouble progress,
      boolean hasData, boolean counted, double share) {

    /**
     * Creates a contribution.
     *
     * @param kind the kind
     * @param sourceId the source id
     * @param weight the weight
     * @param progress the counted progress
     * @param hasData whether it had data
     * @param counted whether it counted
     * @param share its share
     */
    public ContributionFigures {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(sourceId, "sourceId");
      Objects.requireNonNull(progress, "progress");
    }
  }
}
