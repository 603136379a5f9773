package fr.okrsante.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import java.util.OptionalDouble;

/**
 * The progress of one key result at a date, with what it was computed from.
 *
 * <p>The <em>raw</em> progress keeps regression (below 0) and overachievement (above 1) so
 * reports can show them; the <em>counted</em> progress is what the owner objective's rollup uses
 * (regression as 0, overachievement capped at 1 unless the objective says otherwise).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KeyResultProgress {

  private final String keyResultId;
  private final String objectiveId;
  private final double raw;
  private final double counted;
  private final double expected;
  private final Status computedStatus;
  private final @Nullable StatusOverride override;
  private final @Nullable BigDecimal currentValue;
  private final @Nullable BigDecimal numerator;
  private final @Nullable BigDecimal denominator;
  private final @Nullable BigDecimal baseline;
  private final @Nullable BigDecimal target;
  /** The check-ins holding the one the current value comes from (built when asked for), or null. */
  private final @Nullable CheckInColumns latestIn;
  /** The position of that check-in in {@link #latestIn}. */
  private final int latestAt;
  /** The latest observation date of figures read back, which keep no check-in; else null. */
  private final @Nullable LocalDate observedOn;
  private final boolean stale;
  private final int lateCheckIns;
  private final boolean valueRestricted;

  KeyResultProgress(String keyResultId, String objectiveId, double raw, double counted, double expected,
      Status computedStatus, @Nullable StatusOverride override, @Nullable BigDecimal currentValue,
      @Nullable BigDecimal numerator, @Nullable BigDecimal denominator, @Nullable BigDecimal baseline,
      @Nullable BigDecimal target, @Nullable CheckInColumns latestIn, int latestAt, boolean stale, int lateCheckIns) {
    this.keyResultId = keyResultId;
    this.objectiveId = objectiveId;
    this.raw = raw;
    this.counted = counted;
    this.expected = expected;
    this.computedStatus = computedStatus;
    this.override = override;
    this.currentValue = currentValue;
    this.numerator = numerator;
    this.denominator = denominator;
    this.baseline = baseline;
    this.target = target;
    this.latestIn = latestIn;
    this.latestAt = latestAt;
    this.observedOn = null;
    this.stale = stale;
    this.lateCheckIns = lateCheckIns;
    this.valueRestricted = false;
  }

  private KeyResultProgress(String keyResultId, String objectiveId, double raw, double counted, double expected,
      Status computedStatus, @Nullable StatusOverride override, @Nullable BigDecimal currentValue,
      @Nullable BigDecimal numerator, @Nullable BigDecimal denominator, @Nullable BigDecimal baseline,
      @Nullable BigDecimal target, @Nullable LocalDate observedOn, boolean stale, int lateCheckIns,
      boolean valueRestricted) {
    this.keyResultId = keyResultId;
    this.objectiveId = objectiveId;
    this.raw = raw;
    this.counted = counted;
    this.expected = expected;
    this.computedStatus = computedStatus;
    this.override = override;
    this.currentValue = currentValue;
    this.numerator = numerator;
    this.denominator = denominator;
    this.baseline = baseline;
    this.target = target;
    this.latestIn = null;
    this.latestAt = -1;
    this.observedOn = observedOn;
    this.stale = stale;
    this.lateCheckIns = lateCheckIns;
    this.valueRestricted = valueRestricted;
  }

  /**
   * Obtains a key result's progress from its figures, as an evaluation document gives them back.
   * An {@link Evaluation} computes its own; this is for figures read from where they were stored,
   * which keep the latest check-in's observation date but not the check-in:
   * {@link #getLatestCheckIn()} is then empty and {@link #getLatestObservedOn()} gives the date.
   *
   * @param keyResultId the key result's id
   * @param objectiveId the id of the objective it belongs to
   * @param progress the raw progress, empty without data
   * @param countedProgress the progress as the objective counts it
   * @param expectedProgress the progress expected at the date
   * @param computedStatus the status computed from the progress
   * @param override the status an owner set in place of the computed one
   * @param currentValue the current value
   * @param numerator the numerator of a rate
   * @param denominator the denominator of a rate
   * @param baseline the baseline in effect
   * @param target the target in effect
   * @param latestObservedOn the observation date of the check-in the current value comes from
   * @param stale whether that check-in is older than the key result's cadence
   * @param lateCheckIns how many check-ins were recorded after the cycle was closed, at least 0
   * @param valueRestricted whether the value was withheld from the reader (see
   *     {@link #isValueRestricted()})
   * @return the progress
   * @throws IllegalArgumentException if the value is restricted but a current value, numerator,
   *     denominator or observation date is given, or {@code lateCheckIns} is negative
   */
  public static KeyResultProgress of(String keyResultId, String objectiveId, OptionalDouble progress,
      double countedProgress, double expectedProgress, Status computedStatus, Optional<StatusOverride> override,
      Optional<BigDecimal> currentValue, Optional<BigDecimal> numerator, Optional<BigDecimal> denominator,
      Optional<BigDecimal> baseline, Optional<BigDecimal> target, Optional<LocalDate> latestObservedOn,
      boolean stale, int lateCheckIns, boolean valueRestricted) {
    java.util.Objects.requireNonNull(keyResultId, "keyResultId");
    java.util.Objects.requireNonNull(objectiveId, "objectiveId");
    java.util.Objects.requireNonNull(progress, "progress");
    java.util.Objects.requireNonNull(computedStatus, "computedStatus");
    java.util.Objects.requireNonNull(override, "override");
    java.util.Objects.requireNonNull(currentValue, "currentValue");
    java.util.Objects.requireNonNull(numerator, "numerator");
    java.util.Objects.requireNonNull(denominator, "denominator");
    java.util.Objects.requireNonNull(baseline, "baseline");
    java.util.Objects.requireNonNull(target, "target");
    java.util.Objects.requireNonNull(latestObservedOn, "latestObservedOn");
    if (valueRestricted && (currentValue.isPresent() || numerator.isPresent() || denominator.isPresent()
        || latestObservedOn.isPresent())) {
      throw new IllegalArgumentException("key result " + keyResultId + ": a restricted value has no current value, "
          + "numerator, denominator or observation date");
    }
    if (lateCheckIns < 0) {
      throw new IllegalArgumentException("key result " + keyResultId + ": " + lateCheckIns + " late check-ins");
    }
    return new KeyResultProgress(keyResultId, objectiveId, progress.isPresent() ? progress.getAsDouble() : Double.NaN,
        countedProgress, expectedProgress, computedStatus, override.orElse(null), currentValue.orElse(null),
        numerator.orElse(null), denominator.orElse(null), baseline.orElse(null), target.orElse(null),
        latestObservedOn.orElse(null), stale, lateCheckIns, valueRestricted);
  }

  /** The copy of {@link #withValueRestricted()}. */
  private KeyResultProgress(KeyResultProgress shown) {
    this.keyResultId = shown.keyResultId;
    this.objectiveId = shown.objectiveId;
    this.raw = shown.raw;
    this.counted = shown.counted;
    this.expected = shown.expected;
    this.computedStatus = shown.computedStatus;
    this.override = shown.override;
    this.currentValue = null;
    this.numerator = null;
    this.denominator = null;
    this.baseline = shown.baseline;
    this.target = shown.target;
    this.latestIn = null;
    this.latestAt = -1;
    this.observedOn = null;
    this.stale = shown.stale;
    this.lateCheckIns = shown.lateCheckIns;
    this.valueRestricted = true;
  }

  /**
   * Returns this progress without the figures a viewer may not see: no current value, numerator,
   * denominator or latest check-in, and {@link #isValueRestricted()} true; the progress, status,
   * baseline and target are kept. This is how a visible key result computed from key results the
   * viewer may not see is shown (see {@code fr.okrsante.visibility.EvaluationView}). This instance
   * is unchanged.
   *
   * @return the restricted copy, or this if already restricted
   */
  public KeyResultProgress withValueRestricted() {
    return valueRestricted ? this : new KeyResultProgress(this);
  }

  /**
   * Tells whether the value, numerator, denominator and latest check-in were withheld from the
   * viewer this progress is shown to, because they derive from key results the viewer may not see.
   * Reports should then say "restricted", not "no data": the progress is measured.
   *
   * @return true if the value is restricted
   */
  public boolean isValueRestricted() {
    return valueRestricted;
  }

  /**
   * Returns the key result's id.
   *
   * @return the id
   */
  public String getKeyResultId() {
    return keyResultId;
  }

  /**
   * Returns the id of the objective the key result belongs to.
   *
   * @return the objective id
   */
  public String getObjectiveId() {
    return objectiveId;
  }

  /**
   * Tells whether the key result has measured progress at the date. No data is not zero.
   *
   * @return false when nothing was observed on or before the date (status {@link Status#NO_DATA})
   */
  public boolean hasData() {
    return !Double.isNaN(raw);
  }

  /**
   * Returns the raw progress: negative for regression, above 1 for overachievement.
   *
   * @return the raw progress, or empty without data
   */
  public OptionalDouble getProgress() {
    return Double.isNaN(raw) ? OptionalDouble.empty() : OptionalDouble.of(raw);
  }

  /**
   * Returns the progress as the owner objective counts it: at least 0, at most 1 unless the
   * objective lets overachievement count; 0 without data (whether it counts at all then is the
   * objective's no-data policy).
   *
   * @return the counted progress
   */
  public double getCountedProgress() {
    return counted;
  }

  /**
   * Tells whether the raw progress is below 0: the value moved away from the target.
   *
   * @return true for a regression
   */
  public boolean isRegression() {
    return raw < 0;
  }

  /**
   * Returns the progress expected at the date: linear from start (0) to due date (1), or along
   * the key result's phased curve; always 1 for a guardrail once started.
   *
   * @return the expected progress, from 0 to 1
   */
  public double getExpectedProgress() {
    return expected;
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
    return Optional.ofNullable(override);
  }

  /**
   * Returns the status to show: the owner's override if any, else the computed status.
   *
   * @return the status
   */
  public Status getStatus() {
    return override != null ? override.getStatus() : computedStatus;
  }

  /**
   * Returns the current value: the latest check-in's, a rate in percent, a count of done
   * initiatives, or the aggregate of a computed key result's sources.
   *
   * @return the current value, or empty without data
   */
  public Optional<BigDecimal> getCurrentValue() {
    return Optional.ofNullable(currentValue);
  }

  /**
   * Returns the numerator of a rate (pooled, for a computed pooled rate).
   *
   * @return the numerator
   */
  public Optional<BigDecimal> getNumerator() {
    return Optional.ofNullable(numerator);
  }

  /**
   * Returns the denominator of a rate (pooled, for a computed pooled rate).
   *
   * @return the denominator
   */
  public Optional<BigDecimal> getDenominator() {
    return Optional.ofNullable(denominator);
  }

  /**
   * Returns the baseline in effect: the declared one, or the first final check-in's value.
   *
   * @return the baseline, if known at the date
   */
  public Optional<BigDecimal> getBaseline() {
    return Optional.ofNullable(baseline);
  }

  /**
   * Returns the target in effect, a relative target resolved against the baseline.
   *
   * @return the target, if known at the date
   */
  public Optional<BigDecimal> getTarget() {
    return Optional.ofNullable(target);
  }

  /**
   * Returns the check-in the current value comes from.
   *
   * @return the latest check-in observed on or before the date; empty without data, when the value
   *     is restricted, or for figures read back from a document
   */
  public Optional<CheckIn> getLatestCheckIn() {
    return latestIn == null ? Optional.empty() : Optional.of(latestIn.get(latestAt));
  }

  /**
   * Returns the observation date of the check-in the current value comes from: the latest
   * check-in's, or, for figures read back from a document (which keep no check-in), the date
   * stored there.
   *
   * @return the date, empty without data or when the value is restricted
   */
  public Optional<LocalDate> getLatestObservedOn() {
    return latestIn != null ? Optional.of(latestIn.observedOn(latestAt)) : Optional.ofNullable(observedOn);
  }

  /**
   * Tells whether the latest check-in is older than the key result's cadence.
   *
   * @return true if stale
   */
  public boolean isStale() {
    return stale;
  }

  /**
   * Returns how many check-ins were recorded after the key result's cycle was closed.
   *
   * @return the number of late check-ins
   */
  public int getLateCheckIns() {
    return lateCheckIns;
  }

  @Override
  public String toString() {
    return "KeyResultProgress[" + keyResultId + " " + getStatus() + " progress="
        + (hasData() ? String.format(java.util.Locale.ROOT, "%.4f", raw) : "none")
        + " expected=" + String.format(java.util.Locale.ROOT, "%.4f", expected)
        + (valueRestricted ? " value restricted" : "") + "]";
  }
}
