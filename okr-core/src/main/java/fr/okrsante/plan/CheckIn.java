package fr.okrsante.plan;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One measurement of a key result: the value it had on a date.
 *
 * <p>The value is an exact decimal, kept digit for digit. A rate check-in also carries its
 * numerator and denominator ("9 analyses of serious adverse events done within 30 days, of 12");
 * its value is then the rate as a percentage, {@code 100 × numerator / denominator}, rounded
 * half-even to the value's own number of decimals, trailing zeros not counted ({@code 75},
 * {@code 33.3}, {@code 33.30}); {@link #rateBuilder}
 * gives it 6 decimals at most ({@code 77.777778} for 7/9). Rollups pool numerators and
 * denominators; they never average percentages.
 *
 * <p>Values, numerators and denominators have at most 15 significant digits, at most 6 of them
 * after the decimal point: a number in that domain survives any JSON tool (they read doubles), so a
 * rate check-in passed through one still matches its numerator and denominator.
 *
 * <p>History is append-only: a correction is a new check-in (observed on the same date, recorded
 * later), never an edit. When several check-ins are observed on the same day, a
 * {@link CheckInStatus#FINAL final} one beats a {@link CheckInStatus#PROVISIONAL provisional} one,
 * then the one recorded last wins.
 *
 * <p>Notes and author ids are personal data: the library never logs them.
 *
 * <p>A check-in taken from another system carries a {@linkplain #getSourceRef() source reference}
 * ({@code fhir:MeasureReport/abc/_history/2}, {@code csv:indicateurs.csv#row=12}): the key that
 * makes importing the same report twice a no-op. Two check-ins of one key result never share one
 * (see {@link Plan#withCheckIns(java.util.Collection)}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * <h2>Implementation note</h2>
 *
 * <p>A plan does not keep its check-ins as instances of this class:
 * each key result keeps them in columns of primitive values (see {@code CheckInColumns}), about
 * 16 bytes per check-in, and builds an instance when one is read.
 */
public final class CheckIn {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  // the paths every check-in built is validated at (each check-in then extends them per property)
  private static final ProblemPath CHECK_INS = ProblemPath.of("checkIns");
  private static final ProblemPath RATE_NUMERATOR = ProblemPath.of("checkIn").property("numerator");
  private static final ProblemPath RATE_DENOMINATOR = ProblemPath.of("checkIn").property("denominator");
  // the property paths below CHECK_INS, made once: a valid check-in then allocates no path at all
  private static final ProblemPath CHECK_INS_NOTE = CHECK_INS.property("note");
  private static final ProblemPath CHECK_INS_VALUE = CHECK_INS.property("value");
  private static final ProblemPath CHECK_INS_NUMERATOR = CHECK_INS.property("numerator");
  private static final ProblemPath CHECK_INS_DENOMINATOR = CHECK_INS.property("denominator");
  private static final ProblemPath CHECK_INS_CONFIDENCE = CHECK_INS.property("confidence");
  private static final ProblemPath CHECK_INS_AUTHOR_ID = CHECK_INS.property("authorId");
  private static final ProblemPath CHECK_INS_SOURCE_REF = CHECK_INS.property("sourceRef");

  private final BigDecimal value;
  private final @Nullable BigDecimal numerator;
  private final @Nullable BigDecimal denominator;
  private final LocalDate observedOn;
  private final Instant recordedAt;
  private final @Nullable Double confidence;
  private final String note;
  private final @Nullable String authorId;
  private final CheckInSource source;
  private final CheckInStatus status;
  private final @Nullable String sourceRef;

  private CheckIn(Builder b) {
    value = Objects.requireNonNull(b.value, "value");
    numerator = b.numerator;
    denominator = b.denominator;
    observedOn = Days.shared(Objects.requireNonNull(b.observedOn, "observedOn"));
    recordedAt = b.recordedAt != null ? b.recordedAt : observedOn.atStartOfDay().toInstant(ZoneOffset.UTC);
    confidence = b.confidence;
    note = b.note;
    authorId = b.authorId;
    source = b.source;
    status = b.status;
    sourceRef = b.sourceRef;
  }

  /**
   * Returns the measured value.
   *
   * @return the value, exact
   */
  public BigDecimal getValue() {
    return value;
  }

  /**
   * Returns the numerator of a rate.
   *
   * @return the numerator, ≥ 0, present together with the denominator
   */
  public Optional<BigDecimal> getNumerator() {
    return Optional.ofNullable(numerator);
  }

  /**
   * Returns the denominator of a rate.
   *
   * @return the denominator, &gt; 0, present together with the numerator
   */
  public Optional<BigDecimal> getDenominator() {
    return Optional.ofNullable(denominator);
  }

  /**
   * Returns the day the value describes.
   *
   * @return the observation date
   */
  public LocalDate getObservedOn() {
    return observedOn;
  }

  /**
   * Returns when the value was recorded.
   *
   * @return the recording instant; by default, the observation date at 00:00 UTC
   */
  public Instant getRecordedAt() {
    return recordedAt;
  }

  /**
   * Returns how confident the author is that the key result will be met, from 0 to 1.
   *
   * @return the confidence, if given
   */
  @DecimalMin("0")
  @DecimalMax("1")
  public OptionalDouble getConfidence() {
    return confidence == null ? OptionalDouble.empty() : OptionalDouble.of(confidence);
  }

  /**
   * Returns a free-text note. Never logged.
   *
   * @return the note; empty text when none
   */
  public String getNote() {
    return note;
  }

  /**
   * Returns the pseudonymous id of the person who wrote the check-in. Never logged.
   *
   * @return the author id
   */
  public Optional<String> getAuthorId() {
    return Optional.ofNullable(authorId);
  }


  /**
   * Returns the reference of the record this check-in was taken from, the key that makes
   * re-importing it a no-op: e.g. {@code fhir:MeasureReport/abc/_history/2} or
   * {@code csv:indicateurs.csv#row=12}.
   *
   * @return the source reference; empty for a check-in typed in by hand
   */
  public Optional<String> getSourceRef() {
    return Optional.ofNullable(sourceRef);
  }

  /**
   * Returns where the value came from.
   *
   * @return the source, {@link CheckInSource#MANUAL} by default
   */
  public CheckInSource getSource() {
    return source;
  }

  /**
   * Returns whether the value is settled.
   *
   * @return the status, {@link CheckInStatus#FINAL} by default
   */
  public CheckInStatus getStatus() {
    return status;
  }

  /**
   * Tells whether this is a final check-in.
   *
   * @return true if {@link #getStatus()} is {@link CheckInStatus#FINAL}
   */
  public boolean isFinal() {
    return status == CheckInStatus.FINAL;
  }

  /**
   * Tells whether this check-in is a rate (has a numerator and a denominator).
   *
   * @return true for a rate
   */
  public boolean isRate() {
    return numerator != null && denominator != null;
  }

  /**
   * Obtains a final, manual check-in.
   *
   * @param observedOn the day the value describes
   * @param value the value
   * @return the check-in, recorded at {@code observedOn} 00:00 UTC
   * @throws InvalidPlanException if the value has more than 15 significant digits or 6 decimals
   */
  public static CheckIn of(LocalDate observedOn, BigDecimal value) {
    return builder().observedOn(observedOn).value(value).build();
  }

  /**
   * Obtains a final, manual check-in from a value written in decimal notation.
   *
   * @param observedOn the day the value describes
   * @param value the value in decimal notation, e.g. {@code "216"} or {@code "87.5"}
   * @return the check-in, recorded at {@code observedOn} 00:00 UTC
   * @throws InvalidPlanException if {@code value} is not a decimal number ({@code "NaN"}, {@code "8,5"}) or
   *     is outside the numbers a plan may hold (at most 15 significant digits, 6 after the point)
   */
  public static CheckIn of(LocalDate observedOn, String value) {
    return of(observedOn, NumberDomain.parse(ProblemPath.of("checkIns").element(observedOn.toString(), java.util.Set.of()).property("value"), value));
  }

  /**
   * Obtains a final, manual rate check-in; its value is {@code 100 × numerator / denominator}.
   *
   * @param observedOn the day the value describes
   * @param numerator the numerator, ≥ 0
   * @param denominator the denominator, &gt; 0
   * @return the check-in
   * @throws InvalidPlanException if the denominator is not positive or the numerator negative, or
   *     either has more than 15 digits
   */
  public static CheckIn ofRate(LocalDate observedOn, long numerator, long denominator) {
    return rateBuilder(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator))
        .observedOn(observedOn)
        .build();
  }

  /**
   * Returns a builder with a rate's numerator, denominator and value already set.
   *
   * @param numerator the numerator, ≥ 0
   * @param denominator the denominator, &gt; 0
   * @return a builder; set at least the observation date
   * @throws InvalidPlanException if the denominator is not positive or the numerator negative, or
   *     either (or the rate) is outside the numbers a plan may hold: at most 15 significant digits,
   *     6 after the decimal point
   */
  public static Builder rateBuilder(BigDecimal numerator, BigDecimal denominator) {
    Problems bounds = new Problems();
    bounds.number(RATE_NUMERATOR, numerator);
    bounds.number(RATE_DENOMINATOR, denominator);
    bounds.throwIfAny();
    if (denominator.signum() <= 0 || numerator.signum() < 0) {
      throw new InvalidPlanException(java.util.List.of(PlanProblem.of(PlanProblem.Kind.NUMBER_OUT_OF_DOMAIN,
          ProblemPath.of("checkIn"), "rate " + Problems.plain(numerator) + "/" + Problems.plain(denominator)
              + " is not allowed: the denominator must be > 0 and the numerator ≥ 0")));
    }
    Builder builder = builder();
    builder.numerator(numerator).denominator(denominator).value(derivedPercent(numerator, denominator));
    return builder;
  }

  /**
   * The value a rate check-in gets from its numerator and denominator: {@code 100 × numerator /
   * denominator} rounded half-even to 6 decimals, or fewer when the rate has more than 9 digits
   * before the decimal point (a number has at most 15 significant digits), without trailing zeros:
   * 3/4 gives {@code 75}, 7/9 gives {@code 77.777778}.
   */
  static BigDecimal derivedPercent(BigDecimal numerator, BigDecimal denominator) {
    BigDecimal hundredfold = numerator.multiply(HUNDRED);
    BigDecimal percent = hundredfold.divide(denominator, NumberDomain.MAX_DECIMALS, RoundingMode.HALF_EVEN);
    int excess = percent.precision() - NumberDomain.MAX_SIGNIFICANT_DIGITS;
    if (excess > 0) {
      // rounded once, from the exact quotient, at fewer decimals
      percent = hundredfold.divide(denominator, Math.max(0, NumberDomain.MAX_DECIMALS - excess), RoundingMode.HALF_EVEN);
    }
    percent = percent.stripTrailingZeros();
    return percent.scale() < 0 ? percent.setScale(0) : percent;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  void validate(Problems problems, ProblemPath path) {
    problems.freeText(property(path, "note"), getNote());
    boolean bounded = problems.number(property(path, "value"), getValue());
    if (getNumerator().isPresent()) {
      bounded &= problems.number(property(path, "numerator"), getNumerator().get());
    }
    if (getDenominator().isPresent()) {
      bounded &= problems.number(property(path, "denominator"), getDenominator().get());
    }
    if (getNumerator().isPresent() != getDenominator().isPresent()) {
      problems.add(path, PlanProblem.Kind.MISSING, "a rate needs both a numerator and a denominator; only one is given");
    }
    if (getDenominator().isPresent() && getDenominator().get().signum() <= 0) {
      problems.add(property(path, "denominator"), PlanProblem.Kind.NUMBER_OUT_OF_DOMAIN, "is " + Problems.plain(getDenominator().get()) + ": a rate's denominator must be > 0");
    }
    if (getNumerator().isPresent() && getNumerator().get().signum() < 0) {
      problems.add(property(path, "numerator"), PlanProblem.Kind.NUMBER_OUT_OF_DOMAIN, "is " + Problems.plain(getNumerator().get()) + ": a rate's numerator must be ≥ 0");
    }
    if (bounded && isRate() && getDenominator().get().signum() > 0) {
      // at the value's decimals, trailing zeros not counted: a JSON tool may drop them (75.50 → 75.5)
      BigDecimal percent = getNumerator().get().multiply(HUNDRED)
          .divide(getDenominator().get(), Math.max(getValue().stripTrailingZeros().scale(), 0), RoundingMode.HALF_EVEN);
      if (percent.compareTo(getValue()) != 0) {
        problems.add(property(path, "value"), PlanProblem.Kind.INCONSISTENT, "is " + Problems.plain(getValue()) + " but " + Problems.plain(getNumerator().get())
            + "/" + Problems.plain(getDenominator().get()) + " is " + Problems.plain(percent)
            + " %: a rate's value is 100 × numerator / denominator");
      }
    }
    if (confidence != null) {
      problems.fraction(property(path, "confidence"), confidence);
    }
    if (authorId != null) {
      problems.id(property(path, "authorId"), authorId);
    }
    if (sourceRef != null) {
      problems.reference(property(path, "sourceRef"), sourceRef);
    }
  }

  /** The path of a property below {@code path}: a shared one below {@link #CHECK_INS}, where every built check-in is validated. */
  private static ProblemPath property(ProblemPath path, String name) {
    if (path != CHECK_INS) {
      return path.property(name);
    }
    return switch (name) {
      case "note" -> CHECK_INS_NOTE;
      case "value" -> CHECK_INS_VALUE;
      case "numerator" -> CHECK_INS_NUMERATOR;
      case "denominator" -> CHECK_INS_DENOMINATOR;
      case "confidence" -> CHECK_INS_CONFIDENCE;
      case "authorId" -> CHECK_INS_AUTHOR_ID;
      case "sourceRef" -> CHECK_INS_SOURCE_REF;
      default -> path.property(name);
    };
  }

  /**
   * Returns a builder initialised with this check-in's values, to derive a changed copy (a
   * correction is a new check-in: history is append-only).
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Compares all attributes; values compare with {@link BigDecimal#equals} (so {@code 1.0} and
   * {@code 1.00} differ).
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof CheckIn other
        && value.equals(other.value)
        && Objects.equals(numerator, other.numerator)
        && Objects.equals(denominator, other.denominator)
        && observedOn.equals(other.observedOn)
        && recordedAt.equals(other.recordedAt)
        && Objects.equals(confidence, other.confidence)
        && note.equals(other.note)
        && Objects.equals(authorId, other.authorId)
        && source == other.source
        && status == other.status
        && Objects.equals(sourceRef, other.sourceRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, numerator, denominator, observedOn, recordedAt, getConfidence(), note, authorId, source,
        status, sourceRef);
  }

  /**
   * Returns the attributes as {@code CheckIn{value=…, observedOn=…, …}}. Contains the note and
   * author id: do not log it.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("CheckIn{value=").append(value);
    if (numerator != null) {
      text.append(", numerator=").append(numerator);
    }
    if (denominator != null) {
      text.append(", denominator=").append(denominator);
    }
    text.append(", observedOn=").append(observedOn).append(", recordedAt=").append(recordedAt);
    getConfidence().ifPresent(c -> text.append(", confidence=").append(c));
    text.append(", note=").append(note);
    if (authorId != null) {
      text.append(", authorId=").append(authorId);
    }
    text.append(", source=").append(source);
    if (sourceRef != null) {
      text.append(", sourceRef=").append(sourceRef);
    }
    return text.append(", status=").append(status).append('}').toString();
  }

  /**
   * Builds {@link CheckIn}s. Set at least the value and the observation date.
   *
   * <p>Not thread-safe.
   */
  public static final class Builder {
    private @Nullable BigDecimal value;
    private @Nullable BigDecimal numerator;
    private @Nullable BigDecimal denominator;
    private @Nullable LocalDate observedOn;
    private @Nullable Instant recordedAt;
    private @Nullable Double confidence;
    private String note = "";
    private @Nullable String authorId;
    private CheckInSource source = CheckInSource.MANUAL;
    private CheckInStatus status = CheckInStatus.FINAL;
    private @Nullable String sourceRef;

    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Copies every attribute of a check-in.
     *
     * @param instance the check-in
     * @return this builder
     */
    public Builder from(CheckIn instance) {
      Objects.requireNonNull(instance, "instance");
      value = instance.getValue();
      numerator = instance.getNumerator().orElse(null);
      denominator = instance.getDenominator().orElse(null);
      observedOn = instance.getObservedOn();
      recordedAt = instance.getRecordedAt();
      confidence = instance.getConfidence().isPresent() ? instance.getConfidence().getAsDouble() : null;
      note = instance.getNote();
      authorId = instance.getAuthorId().orElse(null);
      source = instance.getSource();
      status = instance.getStatus();
      sourceRef = instance.getSourceRef().orElse(null);
      return this;
    }

    /**
     * Sets the value.
     *
     * @param value the value, exact
     * @return this builder
     */
    public Builder value(BigDecimal value) {
      this.value = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets a rate's numerator.
     *
     * @param numerator the numerator
     * @return this builder
     */
    public Builder numerator(BigDecimal numerator) {
      this.numerator = Objects.requireNonNull(numerator, "numerator");
      return this;
    }

    /**
     * Sets or clears a rate's numerator.
     *
     * @param numerator the numerator, or empty
     * @return this builder
     */
    public Builder numerator(Optional<? extends BigDecimal> numerator) {
      this.numerator = numerator.orElse(null);
      return this;
    }

    /**
     * Sets a rate's denominator.
     *
     * @param denominator the denominator
     * @return this builder
     */
    public Builder denominator(BigDecimal denominator) {
      this.denominator = Objects.requireNonNull(denominator, "denominator");
      return this;
    }

    /**
     * Sets or clears a rate's denominator.
     *
     * @param denominator the denominator, or empty
     * @return this builder
     */
    public Builder denominator(Optional<? extends BigDecimal> denominator) {
      this.denominator = denominator.orElse(null);
      return this;
    }

    /**
     * Sets the day the value describes.
     *
     * @param observedOn the observation date
     * @return this builder
     */
    public Builder observedOn(LocalDate observedOn) {
      this.observedOn = Objects.requireNonNull(observedOn, "observedOn");
      return this;
    }

    /**
     * Sets when the value was recorded.
     *
     * @param recordedAt the recording instant
     * @return this builder
     */
    public Builder recordedAt(Instant recordedAt) {
      this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
      return this;
    }

    /**
     * Sets the author's confidence.
     *
     * @param confidence from 0 to 1
     * @return this builder
     */
    public Builder confidence(double confidence) {
      this.confidence = confidence;
      return this;
    }

    /**
     * Sets or clears the author's confidence.
     *
     * @param confidence from 0 to 1, or empty
     * @return this builder
     */
    public Builder confidence(OptionalDouble confidence) {
      this.confidence = confidence.isPresent() ? confidence.getAsDouble() : null;
      return this;
    }

    /**
     * Sets the note.
     *
     * @param note the note; empty text for none
     * @return this builder
     */
    public Builder note(String note) {
      this.note = Objects.requireNonNull(note, "note");
      return this;
    }

    /**
     * Sets the author's pseudonymous id.
     *
     * @param authorId the author id
     * @return this builder
     */
    public Builder authorId(String authorId) {
      this.authorId = Objects.requireNonNull(authorId, "authorId");
      return this;
    }

    /**
     * Sets or clears the author's pseudonymous id.
     *
     * @param authorId the author id, or empty
     * @return this builder
     */
    public Builder authorId(Optional<String> authorId) {
      this.authorId = authorId.orElse(null);
      return this;
    }

    /**
     * Sets where the value came from.
     *
     * @param source the source
     * @return this builder
     */
    public Builder source(CheckInSource source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Sets whether the value is settled.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(CheckInStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * Sets the reference of the record the check-in was taken from (see {@link CheckIn#getSourceRef()}).
     *
     * @param sourceRef 1 to {@value Plan#MAX_REFERENCE_LENGTH} characters, no control character
     * @return this builder
     */
    public Builder sourceRef(String sourceRef) {
      this.sourceRef = Objects.requireNonNull(sourceRef, "sourceRef");
      return this;
    }

    /**
     * Sets or clears the reference of the record the check-in was taken from.
     *
     * @param sourceRef the source reference, or empty
     * @return this builder
     */
    public Builder sourceRef(Optional<String> sourceRef) {
      this.sourceRef = sourceRef.orElse(null);
      return this;
    }

    /** Builds a check-in read back from storage, where it was checked when first built. */
    CheckIn buildReadBack() {
      return new CheckIn(this);
    }

    /**
     * Builds the check-in.
     *
     * @return the check-in
     * @throws IllegalStateException if the value or the observation date is not set
     * @throws InvalidPlanException if the check-in breaks one of its rules (every problem listed)
     */
    public CheckIn build() {
      if (value == null || observedOn == null) {
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (value == null) {
          missing.add("value");
        }
        if (observedOn == null) {
          missing.add("observedOn");
        }
        throw new IllegalStateException("Cannot build CheckIn, some of required attributes are not set " + missing);
      }
      CheckIn checkIn = new CheckIn(this);
      Problems problems = new Problems();
      checkIn.validate(problems, CHECK_INS);
      if (!problems.isEmpty()) {
        // The path names the date only when there is something to report: most check-ins are valid.
        problems = new Problems();
        checkIn.validate(problems, ProblemPath.of("checkIns").element(observedOn.toString(), java.util.Set.of()));
        problems.throwIfAny();
      }
      return checkIn;
    }
  }
}
