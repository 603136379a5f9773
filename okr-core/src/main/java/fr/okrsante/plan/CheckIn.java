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
 * <p>Check-ins are the bulk of a plan (a national plan holds about 4.1 million), so this class is
 * written by hand to be small: 32 bytes for a typical check-in (a value of up to 18 digits or a
 * rate of integer parts, an observation date from 1611 to 2328, a recording instant to the second
 * within 97 days of it, a confidence in hundredths, an author id), against about 150 for a
 * straightforward value class. A rate's value is not stored when it is exactly
 * {@code 100 × numerator / denominator} at its own scale: it is computed when read. Observation
 * dates are shared between check-ins; rarer attributes (a note, a value or rate part of more
 * digits, a recording instant with fractions of a second, another confidence) sit in a second
 * object.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CheckIn {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  // The "day" word: the observation day, then the value's scale, status, source and flags.
  private static final int DAY_BITS = 18;
  private static final int DAY_MASK = (1 << DAY_BITS) - 1;
  private static final int DAY_OFFSET = 1 << (DAY_BITS - 1);
  private static final int SCALE_SHIFT = DAY_BITS;
  private static final int SCALE_MASK = 0x1F;
  private static final int STATUS_SHIFT = 23;
  private static final int SOURCE_SHIFT = 25;
  private static final int KIND_MASK = 0x03;
  private static final int COMPACT_RATE = 1 << 27;
  private static final int VALUE_IN_EXTRA = 1 << 28;
  private static final int RECORDED_IN_EXTRA = 1 << 29;
  private static final int OBSERVED_IN_EXTRA = 1 << 30;
  // The "recorded" word: seconds from the observation day to the recording instant, then the confidence.
  private static final int OFFSET_BITS = 24;
  private static final int MAX_OFFSET = (1 << (OFFSET_BITS - 1)) - 1;
  private static final int CONFIDENCE_SHIFT = OFFSET_BITS;
  private static final int NO_CONFIDENCE = 101;
  private static final int CONFIDENCE_IN_EXTRA = 102;
  private static final CheckInStatus[] STATUSES = CheckInStatus.values();
  private static final CheckInSource[] SOURCES = CheckInSource.values();

  /**
   * The value's unscaled digits; for a {@link #COMPACT_RATE}, the numerator in the high 32 bits
   * and the denominator in the low 32 bits (the value is then computed unless {@link #VALUE_IN_EXTRA}).
   */
  private final long number;
  /** Observation day + 2^17 (18 bits), scale (5), status (2), source (2), flags. */
  private final int day;
  /** Recording instant in seconds after the observation day's start, signed (24 bits), then confidence in hundredths or a code (7). */
  private final int recorded;
  /** Null, the author id, or an {@link Extra} holding the author id, a note and the rare attributes. */
  private final @Nullable Object more;

  /** The author id with a note, and the rarer attributes if any. */
  private static final class Extra {
    @Nullable String authorId;
    String note = "";
    @Nullable Rare rare;
  }

  /** The attributes few check-ins have. */
  private static final class Rare {
    @Nullable BigDecimal value;
    @Nullable LocalDate observedOn;
    @Nullable Instant recordedAt;
    double confidence;
    @Nullable BigDecimal numerator;
    @Nullable BigDecimal denominator;
    @Nullable String sourceRef;

    boolean isNeeded(int day, int recorded) {
      return (day & (VALUE_IN_EXTRA | RECORDED_IN_EXTRA | OBSERVED_IN_EXTRA)) != 0 || numerator != null
          || denominator != null || recorded >>> CONFIDENCE_SHIFT == CONFIDENCE_IN_EXTRA || sourceRef != null;
    }
  }

  private CheckIn(Builder b) {
    Rare rare = new Rare();
    rare.sourceRef = b.sourceRef;
    int bits = (b.status.ordinal() << STATUS_SHIFT) | (b.source.ordinal() << SOURCE_SHIFT);
    BigDecimal value = Objects.requireNonNull(b.value, "value");
    LocalDate observed = Objects.requireNonNull(b.observedOn, "observedOn");
    long epochDay = observed.toEpochDay();
    if (epochDay >= -DAY_OFFSET && epochDay < DAY_OFFSET) {
      bits |= (int) (epochDay + DAY_OFFSET);
    } else {
      rare.observedOn = observed;
      bits |= OBSERVED_IN_EXTRA;
    }
    boolean smallScale = value.scale() >= 0 && value.scale() <= SCALE_MASK;
    if (b.numerator != null && b.denominator != null && isSmallInteger(b.numerator) && isSmallInteger(b.denominator)) {
      int numerator = b.numerator.intValue();
      int denominator = b.denominator.intValue();
      number = ((long) numerator << 32) | (denominator & 0xFFFF_FFFFL);
      bits |= COMPACT_RATE;
      if (smallScale && numerator >= 0 && denominator > 0 && value.equals(percent(numerator, denominator, value.scale()))) {
        bits |= value.scale() << SCALE_SHIFT;
      } else {
        rare.value = value;
        bits |= VALUE_IN_EXTRA;
      }
    } else {
      rare.numerator = b.numerator;
      rare.denominator = b.denominator;
      if (smallScale && value.precision() <= 18) {
        number = value.unscaledValue().longValue();
        bits |= value.scale() << SCALE_SHIFT;
      } else {
        number = 0;
        rare.value = value;
        bits |= VALUE_IN_EXTRA;
      }
    }
    Instant at = b.recordedAt;
    long offset = at == null ? 0 : at.getEpochSecond() - epochDay * 86_400L;
    int packed;
    if ((bits & OBSERVED_IN_EXTRA) != 0 || (at != null && (at.getNano() != 0 || Math.abs(offset) > MAX_OFFSET))) {
      rare.recordedAt = at == null ? observed.atStartOfDay().toInstant(ZoneOffset.UTC) : at;
      bits |= RECORDED_IN_EXTRA;
      packed = 0;
    } else {
      packed = (int) offset & ((1 << OFFSET_BITS) - 1);
    }
    int confidence;
    if (b.confidence == null) {
      confidence = NO_CONFIDENCE;
    } else {
      double c = b.confidence;
      long hundredths = Math.round(c * 100);
      if (c >= 0 && c <= 1 && hundredths / 100.0 == c) {
        confidence = (int) hundredths;
      } else {
        confidence = CONFIDENCE_IN_EXTRA;
        rare.confidence = c;
      }
    }
    recorded = packed | (confidence << CONFIDENCE_SHIFT);
    day = bits;
    boolean rareNeeded = rare.isNeeded(bits, recorded);
    if (rareNeeded || !b.note.isEmpty()) {
      Extra extra = new Extra();
      extra.authorId = b.authorId;
      extra.note = b.note;
      extra.rare = rareNeeded ? rare : null;
      more = extra;
    } else {
      more = b.authorId;
    }
  }

  private static boolean isSmallInteger(BigDecimal number) {
    return number.scale() == 0 && number.precision() <= 9;
  }

  /** {@code 100 × numerator / denominator} rounded half-even to {@code scale} decimals. */
  private static BigDecimal percent(long numerator, long denominator, int scale) {
    if (scale < POWERS_OF_TEN.length) {
      // numerator < 2^31 and 100 × 10^6 < 2^27: the product fits in a long.
      long scaled = numerator * 100 * POWERS_OF_TEN[scale];
      long quotient = scaled / denominator;
      long twiceRemainder = 2 * (scaled % denominator);
      if (twiceRemainder > denominator || (twiceRemainder == denominator && (quotient & 1) == 1)) {
        quotient++;
      }
      return BigDecimal.valueOf(quotient, scale);
    }
    return BigDecimal.valueOf(numerator).multiply(HUNDRED).divide(BigDecimal.valueOf(denominator), scale,
        RoundingMode.HALF_EVEN);
  }

  private @Nullable Extra extra() {
    return more instanceof Extra extra ? extra : null;
  }

  /**
   * Tells whether this check-in is held in its 32 bytes alone, with no second object: what the
   * packing promises for a check-in within its bounds (tests hold it to that).
   */
  boolean isPacked() {
    return (day & (VALUE_IN_EXTRA | RECORDED_IN_EXTRA | OBSERVED_IN_EXTRA)) == 0 && !(more instanceof Extra);
  }

  private @Nullable Rare rare() {
    return more instanceof Extra extra ? extra.rare : null;
  }

  private Rare requireRare() {
    return Objects.requireNonNull(rare());
  }

  private int scale() {
    return (day >>> SCALE_SHIFT) & SCALE_MASK;
  }

  /**
   * Returns the measured value.
   *
   * @return the value, exact
   */
  public BigDecimal getValue() {
    if ((day & VALUE_IN_EXTRA) != 0) {
      return Objects.requireNonNull(requireRare().value);
    }
    if ((day & COMPACT_RATE) != 0) {
      return percent(number >> 32, (int) number, scale());
    }
    return BigDecimal.valueOf(number, scale());
  }

  /**
   * Returns the numerator of a rate.
   *
   * @return the numerator, ≥ 0, present together with the denominator
   */
  public Optional<BigDecimal> getNumerator() {
    if ((day & COMPACT_RATE) != 0) {
      return Optional.of(BigDecimal.valueOf(number >> 32));
    }
    Rare rare = rare();
    return rare == null ? Optional.empty() : Optional.ofNullable(rare.numerator);
  }

  /**
   * Returns the denominator of a rate.
   *
   * @return the denominator, &gt; 0, present together with the numerator
   */
  public Optional<BigDecimal> getDenominator() {
    if ((day & COMPACT_RATE) != 0) {
      return Optional.of(BigDecimal.valueOf((int) number));
    }
    Rare rare = rare();
    return rare == null ? Optional.empty() : Optional.ofNullable(rare.denominator);
  }

  /**
   * Returns the day the value describes.
   *
   * @return the observation date
   */
  public LocalDate getObservedOn() {
    if ((day & OBSERVED_IN_EXTRA) != 0) {
      return Objects.requireNonNull(requireRare().observedOn);
    }
    return Days.ofEpochDay((day & DAY_MASK) - DAY_OFFSET);
  }

  /**
   * Returns when the value was recorded.
   *
   * @return the recording instant; by default, the observation date at 00:00 UTC
   */
  public Instant getRecordedAt() {
    if ((day & RECORDED_IN_EXTRA) != 0) {
      return Objects.requireNonNull(requireRare().recordedAt);
    }
    long offset = (recorded << (32 - OFFSET_BITS)) >> (32 - OFFSET_BITS);
    return Instant.ofEpochSecond(((day & DAY_MASK) - DAY_OFFSET) * 86_400L + offset);
  }

  /**
   * Returns how confident the author is that the key result will be met, from 0 to 1.
   *
   * @return the confidence, if given
   */
  @DecimalMin("0")
  @DecimalMax("1")
  public OptionalDouble getConfidence() {
    int confidence = recorded >>> CONFIDENCE_SHIFT;
    if (confidence == NO_CONFIDENCE) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(confidence == CONFIDENCE_IN_EXTRA ? requireRare().confidence : confidence / 100.0);
  }

  /**
   * Returns a free-text note. Never logged.
   *
   * @return the note; empty text when none
   */
  public String getNote() {
    Extra extra = extra();
    return extra == null ? "" : extra.note;
  }

  /**
   * Returns the pseudonymous id of the person who wrote the check-in. Never logged.
   *
   * @return the author id
   */
  public Optional<String> getAuthorId() {
    return Optional.ofNullable(authorId());
  }

  private @Nullable String authorId() {
    return more instanceof Extra extra ? extra.authorId : (String) more;
  }

  /**
   * Returns the reference of the record this check-in was taken from, the key that makes
   * re-importing it a no-op: e.g. {@code fhir:MeasureReport/abc/_history/2} or
   * {@code csv:indicateurs.csv#row=12}.
   *
   * @return the source reference; empty for a check-in typed in by hand
   */
  public Optional<String> getSourceRef() {
    Rare rare = rare();
    return rare == null ? Optional.empty() : Optional.ofNullable(rare.sourceRef);
  }

  /**
   * Returns where the value came from.
   *
   * @return the source, {@link CheckInSource#MANUAL} by default
   */
  public CheckInSource getSource() {
    return SOURCES[(day >>> SOURCE_SHIFT) & KIND_MASK];
  }

  /**
   * Returns whether the value is settled.
   *
   * @return the status, {@link CheckInStatus#FINAL} by default
   */
  public CheckInStatus getStatus() {
    return STATUSES[(day >>> STATUS_SHIFT) & KIND_MASK];
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
    Rare rare = rare();
    return (day & COMPACT_RATE) != 0 || (rare != null && rare.numerator != null && rare.denominator != null);
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
    bounds.number(ProblemPath.of("checkIn").property("numerator"), numerator);
    bounds.number(ProblemPath.of("checkIn").property("denominator"), denominator);
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
    problems.freeText(path.property("note"), getNote());
    boolean bounded = problems.number(path.property("value"), getValue());
    if (getNumerator().isPresent()) {
      bounded &= problems.number(path.property("numerator"), getNumerator().get());
    }
    if (getDenominator().isPresent()) {
      bounded &= problems.number(path.property("denominator"), getDenominator().get());
    }
    if (getNumerator().isPresent() != getDenominator().isPresent()) {
      problems.add(path, PlanProblem.Kind.MISSING, "a rate needs both a numerator and a denominator; only one is given");
    }
    if (getDenominator().isPresent() && getDenominator().get().signum() <= 0) {
      problems.add(path.property("denominator"), PlanProblem.Kind.NUMBER_OUT_OF_DOMAIN, "is " + Problems.plain(getDenominator().get()) + ": a rate's denominator must be > 0");
    }
    if (getNumerator().isPresent() && getNumerator().get().signum() < 0) {
      problems.add(path.property("numerator"), PlanProblem.Kind.NUMBER_OUT_OF_DOMAIN, "is " + Problems.plain(getNumerator().get()) + ": a rate's numerator must be ≥ 0");
    }
    if (bounded && isRate() && getDenominator().get().signum() > 0) {
      // at the value's decimals, trailing zeros not counted: a JSON tool may drop them (75.50 → 75.5)
      BigDecimal percent = getNumerator().get().multiply(HUNDRED)
          .divide(getDenominator().get(), Math.max(getValue().stripTrailingZeros().scale(), 0), RoundingMode.HALF_EVEN);
      if (percent.compareTo(getValue()) != 0) {
        problems.add(path.property("value"), PlanProblem.Kind.INCONSISTENT, "is " + Problems.plain(getValue()) + " but " + Problems.plain(getNumerator().get())
            + "/" + Problems.plain(getDenominator().get()) + " is " + Problems.plain(percent)
            + " %: a rate's value is 100 × numerator / denominator");
      }
    }
    getConfidence().ifPresent(c -> problems.fraction(path.property("confidence"), c));
    getAuthorId().ifPresent(a -> problems.id(path.property("authorId"), a));
    getSourceRef().ifPresent(ref -> problems.reference(path.property("sourceRef"), ref));
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
        && getObservedOn().equals(other.getObservedOn())
        && getRecordedAt().equals(other.getRecordedAt())
        && getConfidence().equals(other.getConfidence())
        && getNote().equals(other.getNote())
        && Objects.equals(authorId(), other.authorId())
        && getSource() == other.getSource()
        && getStatus() == other.getStatus()
        && getSourceRef().equals(other.getSourceRef());
  }

  @Override
  public int hashCode() {
    return Objects.hash(getValue(), getNumerator(), getDenominator(), getObservedOn(), getRecordedAt(), getConfidence(),
        getNote(), authorId(), getSource(), getStatus(), getSourceRef());
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
    text.append(", observedOn=").append(getObservedOn()).append(", recordedAt=").append(getRecordedAt());
    getConfidence().ifPresent(c -> text.append(", confidence=").append(c));
    text.append(", note=").append(getNote());
    String authorId = authorId();
    if (authorId != null) {
      text.append(", authorId=").append(authorId);
    }
    text.append(", source=").append(getSource());
    getSourceRef().ifPresent(ref -> text.append(", sourceRef=").append(ref));
    return text.append(", status=").append(getStatus()).append('}').toString();
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
      checkIn.validate(problems, ProblemPath.of("checkIns"));
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
