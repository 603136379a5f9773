package fr.okrsante.plan;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The progress of one objective at a date: the rollup of its contributions, its expected
 * progress, status and data coverage, and its key results' progress.
 *
 * <p>The contributions themselves, with their shares, come from
 * {@link Evaluation#contributions(String)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ObjectiveProgress {

  private final String objectiveId;
  private final double progress;
  private final double expected;
  private final double coverage;
  private final Status computedStatus;
  private final Optional<StatusOverride> override;
  private final int contributions;
  private final int counted;
  private final List<KeyResultProgress> keyResults;

  ObjectiveProgress(String objectiveId, double progress, double expected, double coverage, Status computedStatus,
      Optional<StatusOverride> override, int contributions, int counted, List<KeyResultProgress> keyResults) {
    this.objectiveId = objectiveId;
    this.progress = progress;
    this.expected = expected;
    this.coverage = coverage;
    this.computedStatus = computedStatus;
    this.override = override;
    this.contributions = contributions;
    this.counted = counted;
    this.keyResults = keyResults;
  }

  /**
   * Obtains an objective's progress from its figures, as an evaluation document gives them back.
   * An {@link Evaluation} computes its own; this is for figures read from where they were stored.
   *
   * @param objectiveId the objective's id
   * @param progress the combined progress, empty when no contribution counts
   * @param expectedProgress the progress expected at the date
   * @param coverage the data coverage, from 0 to 1
   * @param computedStatus the status computed from the progress
   * @param override the status an owner set in place of the computed one
   * @param contributionCount how many contributions the objective has
   * @param countedContributionCount how many of them counted, at most {@code contributionCount}
   * @param keyResults the progress of the objective's key results, in the objective's order
   * @return the progress
   * @throws IllegalArgumentException if the coverage is not from 0 to 1, a count is negative or
   *     more contributions counted than there are, or a key result belongs to another objective
   */
  public static ObjectiveProgress of(String objectiveId, OptionalDouble progress, double expectedProgress,
      double coverage, Status computedStatus, Optional<StatusOverride> override, int contributionCount,
      int countedContributionCount, List<KeyResultProgress> keyResults) {
    java.util.Objects.requireNonNull(objectiveId, "objectiveId");
    java.util.Objects.requireNonNull(progress, "progress");
    java.util.Objects.requireNonNull(computedStatus, "computedStatus");
    java.util.Objects.requireNonNull(override, "override");
    if (!(coverage >= 0 && coverage <= 1)) {
      throw new IllegalArgumentException("objective " + objectiveId + ": coverage " + coverage + " is not from 0 to 1");
    }
    if (countedContributionCount < 0 || countedContributionCount > contributionCount) {
      throw new IllegalArgumentException("objective " + objectiveId + ": " + countedContributionCount
          + " counted contributions out of " + contributionCount);
    }
    List<KeyResultProgress> own = List.copyOf(keyResults);
    for (KeyResultProgress keyResult : own) {
      if (!keyResult.getObjectiveId().equals(objectiveId)) {
        throw new IllegalArgumentException("objective " + objectiveId + ": key result " + keyResult.getKeyResultId()
            + " belongs to objective " + keyResult.getObjectiveId());
      }
    }
    return new ObjectiveProgress(objectiveId, progress.isPresent() ? progress.getAsDouble() : Double.NaN,
        expectedProgress, coverage, computedStatus, override, contributionCount, countedContributionCount, own);
  }

  /**
   * Returns the objective's id.
   *
   * @return the id
   */
  public String getObjectiveId() {
    return objectiveId;
  }

  /**
   * Returns the combined progress of the contributions that count.
   *
   * @return the progress, or empty when no contribution counts (none, all of weight 0, or all
   *     without data and left out)
   */
  public OptionalDouble getProgress() {
    return Double.isNaN(progress) ? OptionalDouble.empty() : OptionalDouble.of(progress);
  }

  /**
   * Tells whether any contribution had data: progress is measured, not just counted as 0.
   *
   * @return true if the coverage is above 0
   */
  public boolean hasData() {
    return coverage > 0;
  }

  /**
   * Returns the progress expected at the date: the rollup, by the objective's strategy, of its
   * counted contributions' expected progress; linear over the cycle when none counts.
   *
   * @return the expected progress
   */
  public double getExpectedProgress() {
    return expected;
  }

  /**
   * Returns the data coverage: the share of the contributions' weight that had data, a child
   * objective counting with its own coverage. 1 means every number behind the progress was
   * measured; 0 means none was.
   *
   * @return the coverage, from 0 to 1
   */
  public double getCoverage() {
    return coverage;
  }

  /**
   * Returns the status computed from the progress, whatever an owner set.
   *
   * @return the computed status
   */
  public Status getComputedStatus() {
    return computedStatus;
  }

  /**
   * Returns the status an owner set in place of the computed one, with who, when and why.
   *
   * @return the override
   */
  public Optional<StatusOverride> getOverride() {
    return override;
  }

  /**
   * Returns the status to show: the owner's override if any, else the computed status.
   *
   * @return the status
   */
  public Status getStatus() {
    return override.map(StatusOverride::getStatus).orElse(computedStatus);
  }

  /**
   * Returns how many contributions the objective has (key results and contributing children,
   * as its rollup settings select).
   *
   * @return the number of contributions
   */
  public int getContributionCount() {
    return contributions;
  }

  /**
   * Returns how many contributions counted in the progress.
   *
   * @return the number of counted contributions
   */
  public int getCountedContributionCount() {
    return counted;
  }

  /**
   * Returns the progress of the objective's key results, in the objective's order.
   *
   * @return the key results' progress
   */
  public List<KeyResultProgress> getKeyResults() {
    return keyResults;
  }

  /**
   * Returns this progress with some of its key results' values {@link
   * KeyResultProgress#withValueRestricted() restricted}; every other figure is kept. This instance
   * is unchanged.
   *
   * @param keyResultIds the ids of the key results whose values the viewer may not see
   * @return the progress with those key results restricted, or this if none of them is here
   */
  public ObjectiveProgress withValuesRestricted(java.util.Set<String> keyResultIds) {
    java.util.Objects.requireNonNull(keyResultIds, "keyResultIds");
    KeyResultProgress[] shown = keyResults.toArray(new KeyResultProgress[0]);
    boolean changed = false;
    for (int k = 0; k < shown.length; k++) {
      if (keyResultIds.contains(shown[k].getKeyResultId()) && !shown[k].isValueRestricted()) {
        shown[k] = shown[k].withValueRestricted();
        changed = true;
      }
    }
    return changed ? new ObjectiveProgress(objectiveId, progress, expected, coverage, computedStatus, override,
        contributions, counted, List.of(shown)) : this;
  }

  @Override
  public String toString() {
    return "ObjectiveProgress[" + objectiveId + " " + getStatus() + " progress="
        + (Double.isNaN(progress) ? "none" : String.format(java.util.Locale.ROOT, "%.4f", progress))
        + " coverage=" + String.format(java.util.Locale.ROOT, "%.2f", coverage) + "]";
  }
}
