package fr.okrsante.plan;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.math.MathContext;
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
 * its value is then the rate as a percentage, {@code 100 × numerator / denominator}, rounded to the
 * value's own number of decimals ({@code 75}, {@code 33.3}). Rollups pool numerators and
 * denominators; they never average percentages.
 *
 * <p>History is append-only: a correction is a new check-in (observed on the same date, recorded
 * later), never an edit. When several check-ins are observed on the same day, a
 * {@link CheckInStatus#FINAL final} one beats a {@link CheckInStatus#PROVISIONAL provisional} one,
 * then the one recorded last wins.
 *
 * <p>Notes and author ids are personal data: the library never logs them.
 *
 * <p>Check-ins are the bulk of a plan (a national plan holds about 4.3 million), so this class is
 * written by hand to be small: about 48 bytes for a typical check-in (value with up to 18
 * digits, observation date, recording instant to the second, integer rate parts, author id),
 * against about 150 for a straightforward value class. Observation dates are shared between
 * check-ins; rarer attributes (a note, a value or rate part of more digits, a recording instant
 * with fractions of a second, an unusual confidence) sit in a second object.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CheckIn {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final short NO_CONFIDENCE = -1;
  private static final short CONFIDENCE_IN_EXTRA = -2;
  private static final double CONFIDENCE_SCALE = 10_000;
  private static final int STATUS_MASK = 0x03;
  private static final int SOURCE_SHIFT = 2;
  private static final int SOURCE_MASK = 0x0C;
  private static final int COMPACT_RATE = 0x10;
  private static final int VALUE_IN_EXTRA = 0x20;
  private static final int RECORDED_IN_EXTRA = 0x40;
  private static final CheckInStatus[] STATUSES = CheckInStatus.values();
  private static final CheckInSource[] SOURCES = CheckInSource.values();

  /** The value's unscaled digits, unless {@link #VALUE_IN_EXTRA}. */
  private final long unscaled;
  private final LocalDate observedOn;
  /** Seconds from {@code observedOn} 00:00 UTC to the recording instant, unless {@link #RECORDED_IN_EXTRA}. */
  private final int recordedOffset;
  /** A compact rate's numerator and denominator, when {@link #COMPACT_RATE}. */
  private final int numerator;
  private final int denominator;
  /** Confidence in ten-thousandths, or {@link #NO_CONFIDENCE}, or {@link #CONFIDENCE_IN_EXTRA}. */
  private final short confidence;
  private final byte scale;
  private final byte flags;
  private final @Nullable String authorId;
  private final @Nullable Extra extra;

  /** The attributes most check-ins do not have. */
  private static final class Extra {
    @Nullable BigDecimal value;
    @Nullable Instant recordedAt;
    double confidence;
    /** Whether {@link #confidence} holds the author's confidence: it may be NaN, which validation refuses. */
    boolean hasConfidence;
    String note = "";
    @Nullable BigDecimal numerator;
    @Nullable BigDecimal denominator;

    boolean isEmpty() {
      return value == null && recordedAt == null && note.isEmpty() && numerator == null && denominator == null
          && !hasConfidence;
    }
  }

  private CheckIn(Builder b) {
    Extra more = new Extra();
    more.confidence = Double.NaN;
    int bits = b.status.ordinal() | (b.source.ordinal() << SOURCE_SHIFT);
    BigDecimal value = Objects.requireNonNull(b.value, "value");
    if (value.precision() <= 18 && value.scale() >= Byte.MIN_VALUE && value.scale() <= Byte.MAX_VALUE) {
      unscaled = value.unscaledValue().longValue();
      scale = (byte) value.scale();
    } else {
      unscaled = 0;
      scale = 0;
      more.value = value;
      bits |= VALUE_IN_EXTRA;
    }
    LocalDate observed = Objects.requireNonNull(b.observedOn, "observedOn");
    observedOn = Days.shared(observed);
    long startOfDay = observed.toEpochDay() * 86_400L;
    Instant recorded = b.recordedAt;
    long offset = recorded == null ? 0 : recorded.getEpochSecond() - startOfDay;
    if (recorded != null && (recorded.getNano() != 0 || offset != (int) offset)) {
      recordedOffset = 0;
      more.recordedAt = recorded;
      bits |= RECORDED_IN_EXTRA;
    } else {
      recordedOffset = (int) offset;
    }
    if (b.numerator != null && b.denominator != null && isSmallInteger(b.numerator) && isSmallInteger(b.denominator)) {
      numerator = b.numerator.intValue();
      denominator = b.denominator.intValue();
      bits |= COMPACT_RATE;
    } else {
      numerator = 0;
      denominator = 0;
      more.numerator = b.numerator;
      more.denominator = b.denominator;
    }
    if (b.confidence == null) {
      confidence = NO_CONFIDENCE;
    } else {
      double c = b.confidence;
      long tenThousandths = Math.round(c * CONFIDENCE_SCALE);
      if (c >= 0 && c <= 1 && tenThousandths / CONFIDENCE_SCALE == c) {
        confidence = (short) tenThousandths;
      } else {
        confidence = CONFIDENCE_IN_EXTRA;
        more.confidence = c;
        more.hasConfidence = true;
      }
    }
    more.note = b.note;
    authorId = b.authorId;
    flags = (byte) bits;
    extra = more.isEmpty() ? null : more;
  }

  private static boolean isSmallInteger(BigDecimal number) {
    return number.scale() == 0 && number.precision() <= 9;
  }

  /**
   * Returns the measured value.
   *
   * @return the value, exact
   */
  public BigDecimal getValue() {
    return (flags & VALUE_IN_EXTRA) != 0 ? Objects.requireNonNull(extra).value : BigDecimal.valueOf(unscaled, scale);
  }

  /**
   * Returns the numerator of a rate.
   *
   * @return the numerator, ≥ 0, present together with the denominator
   */
  public Optional<BigDecimal> getNumerator() {
    if ((flags & COMPACT_RATE) != 0) {
      return Optional.of(BigDecimal.valueOf(numerator));
    }
    return extra == null ? Optional.empty() : Optional.ofNullable(extra.numerator);
  }

  /**
   * Returns the denominator of a rate.
   *
   * @return the denominator, &gt; 0, present together with the numerator
   */
  public Optional<BigDecimal> getDenominator() {
    if ((flags & COMPACT_RATE) != 0) {
      return Optional.of(BigDecimal.valueOf(denominator));
    }
    return extra == null ? Optional.empty() : Optional.ofNullable(extra.denominator);
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
    if ((flags & RECORDED_IN_EXTRA) != 0) {
      return Objects.requireNonNull(Objects.requireNonNull(extra).recordedAt);
    }
    return Instant.ofEpochSecond(observedOn.toEpochDay() * 86_400L + recordedOffset);
  }

  /**
   * Returns how confident the author is that the key result will be met, from 0 to 1.
   *
   * @return the confidence, if given
   */
  @DecimalMin("0")
  @DecimalMax("1")
  public OptionalDouble getConfidence() {
    if (confidence == NO_CONFIDENCE) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(confidence == CONFIDENCE_IN_EXTRA ? Objects.requireNonNull(extra).confidence
        : confidence / CONFIDENCE_SCALE);
  }

  /**
   * Returns a free-text note. Never logged.
   *
   * @return the note; empty text when none
   */
  public String getNote() {
    return extra == null ? "" : extra.note;
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
   * Returns where the value came from.
   *
   * @return the source, {@link CheckInSource#MANUAL} by default
   */
  public CheckInSource getSource() {
    return SOURCES[(flags & SOURCE_MASK) >> SOURCE_SHIFT];
  }

  /**
   * Returns whether the value is settled.
   *
   * @return the status, {@link CheckInStatus#FINAL} by default
   */
  public CheckInStatus getStatus() {
    return STATUSES[flags & STATUS_MASK];
  }

  /**
   * Tells whether this is a final check-in.
   *
   * @return true if {@link #getStatus()} is {@link CheckInStatus#FINAL}
   */
  public boolean isFinal() {
    return getStatus() == CheckInStatus.FINAL;
  }

  /**
   * Tells whether this check-in is a rate (has a numerator and a denominator).
   *
   * @return true for a rate
   */
  public boolean isRate() {
    return (flags & COMPACT_RATE) != 0 || (extra != null && extra.numerator != null && extra.denominator != null);
  }

  /**
   * Obtains a final, manual check-in.
   *
   * @param observedOn the day the value describes
   * @param value the value
   * @return the check-in, recorded at {@code observedOn} 00:00 UTC
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
   * @throws NumberFormatException if {@code value} is not a decimal number
   */
  public static CheckIn of(LocalDate observedOn, String value) {
    return of(observedOn, new BigDecimal(value));
  }

  /**
   * Obtains a final, manual rate check-in; its value is {@code 100 × numerator / denominator}.
   *
   * @param observedOn the day the value describes
   * @param numerator the numerator, ≥ 0
   * @param denominator the denominator, &gt; 0
   * @return the check-in
   * @throws InvalidPlanException if the denominator is not positive or the numerator negative
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
   *     either has more than 1,000 digits before or after the decimal point
   */
  public static Builder rateBuilder(BigDecimal numerator, BigDecimal denominator) {
    Problems bounds = new Problems();
    bounds.number("checkIn.numerator", numerator);
    bounds.number("checkIn.denominator", denominator);
    bounds.throwIfAny();
    if (denominator.signum() <= 0 || numerator.signum() < 0) {
      throw new InvalidPlanException(java.util.List.of(PlanProblem.of("checkIn",
          "rate " + Problems.plain(numerator) + "/" + Problems.plain(denominator)
              + " is not allowed: the denominator must be > 0 and the numerator ≥ 0")));
    }
    BigDecimal percent = numerator.multiply(HUNDRED).divide(denominator, MathContext.DECIMAL64).stripTrailingZeros();
    if (percent.scale() < 0) {
      // A rate of 10^16 % or more: 16 digits would drop units, which validate() checks at scale 0.
      percent = numerator.multiply(HUNDRED).divide(denominator, 0, RoundingMode.HALF_EVEN);
    }
    Builder builder = builder();
    builder.numerator(numerator).denominator(denominator).value(percent);
    return builder;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  void validate(Problems problems, String path) {
    boolean bounded = problems.number(path + ".value", getValue());
    if (getNumerator().isPresent()) {
      bounded &= problems.number(path + ".numerator", getNumerator().get());
    }
    if (getDenominator().isPresent()) {
      bounded &= problems.number(path + ".denominator", getDenominator().get());
    }
    if (getNumerator().isPresent() != getDenominator().isPresent()) {
      problems.add(path, "a rate needs both a numerator and a denominator; only one is given");
    }
    if (getDenominator().isPresent() && getDenominator().get().signum() <= 0) {
      problems.add(path + ".denominator", "is " + Problems.plain(getDenominator().get()) + ": a rate's denominator must be > 0");
    }
    if (getNumerator().isPresent() && getNumerator().get().signum() < 0) {
      problems.add(path + ".numerator", "is " + Problems.plain(getNumerator().get()) + ": a rate's numerator must be ≥ 0");
    }
    if (bounded && isRate() && getDenominator().get().signum() > 0) {
      BigDecimal percent = getNumerator().get().multiply(HUNDRED)
          .divide(getDenominator().get(), Math.max(getValue().scale(), 0), RoundingMode.HALF_EVEN);
      if (percent.compareTo(getValue()) != 0) {
        problems.add(path + ".value", "is " + Problems.plain(getValue()) + " but " + Problems.plain(getNumerator().get())
            + "/" + Problems.plain(getDenominator().get()) + " is " + Problems.plain(percent)
            + " %: a rate's value is 100 × numerator / denominator");
      }
    }
    getConfidence().ifPresent(c -> problems.fraction(path + ".confidence", c));
    getAuthorId().ifPresent(a -> problems.id(path + ".authorId", a));
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
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof CheckIn other
        && getValue().equals(other.getValue())
        && getNumerator().equals(other.getNumerator())
        && getDenominator().equals(other.getDenominator())
        && observedOn.equals(other.observedOn)
        && getRecordedAt().equals(other.getRecordedAt())
        && getConfidence().equals(other.getConfidence())
        && getNote().equals(other.getNote())
        && Objects.equals(authorId, other.authorId)
        && getSource() == other.getSource()
        && getStatus() == other.getStatus();
  }

  @Override
  public int hashCode() {
    return Objects.hash(getValue(), getNumerator(), getDenominator(), observedOn, getRecordedAt(), getConfidence(),
        getNote(), authorId, getSource(), getStatus());
  }

  /**
   * Returns the attributes as {@code CheckIn{value=…, observedOn=…, …}}. Contains the note and
   * author id: do not log it.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("CheckIn{value=").append(getValue());
    getNumerator().ifPresent(n -> text.append(", numerator=").append(n));
    getDenominator().ifPresent(d -> text.append(", denominator=").append(d));
    text.append(", observedOn=").append(observedOn).append(", recordedAt=").append(getRecordedAt());
    getConfidence().ifPresent(c -> text.append(", confidence=").append(c));
    text.append(", note=").append(getNote());
    if (authorId != null) {
      text.append(", authorId=").append(authorId);
    }
    return text.append(", source=").append(getSource()).append(", status=").append(getStatus()).append('}').toString();
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
      checkIn.validate(problems, "checkIns");
      if (!problems.isEmpty()) {
        // The path names the date only when there is something to report: most check-ins are valid.
        problems = new Problems();
        checkIn.validate(problems, "checkIns[" + observedOn + "]");
        problems.throwIfAny();
      }
      return checkIn;
    }
  }
}
