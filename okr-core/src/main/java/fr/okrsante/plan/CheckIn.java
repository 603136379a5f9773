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
import org.immutables.value.Value;

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
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CheckIn {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  CheckIn() {}

  /**
   * Returns the measured value.
   *
   * @return the value, exact
   */
  public abstract BigDecimal getValue();

  /**
   * Returns the numerator of a rate.
   *
   * @return the numerator, ≥ 0, present together with the denominator
   */
  public abstract Optional<BigDecimal> getNumerator();

  /**
   * Returns the denominator of a rate.
   *
   * @return the denominator, &gt; 0, present together with the numerator
   */
  public abstract Optional<BigDecimal> getDenominator();

  /**
   * Returns the day the value describes.
   *
   * @return the observation date
   */
  public abstract LocalDate getObservedOn();

  /**
   * Returns when the value was recorded.
   *
   * @return the recording instant; by default, the observation date at 00:00 UTC
   */
  @Value.Default
  public Instant getRecordedAt() {
    return getObservedOn().atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /**
   * Returns how confident the author is that the key result will be met, from 0 to 1.
   *
   * @return the confidence, if given
   */
  @DecimalMin("0")
  @DecimalMax("1")
  public abstract OptionalDouble getConfidence();

  /**
   * Returns a free-text note. Never logged.
   *
   * @return the note; empty text when none
   */
  @Value.Default
  public String getNote() {
    return "";
  }

  /**
   * Returns the pseudonymous id of the person who wrote the check-in. Never logged.
   *
   * @return the author id
   */
  public abstract Optional<String> getAuthorId();

  /**
   * Returns where the value came from.
   *
   * @return the source, {@link CheckInSource#MANUAL} by default
   */
  @Value.Default
  public CheckInSource getSource() {
    return CheckInSource.MANUAL;
  }

  /**
   * Returns whether the value is settled.
   *
   * @return the status, {@link CheckInStatus#FINAL} by default
   */
  @Value.Default
  public CheckInStatus getStatus() {
    return CheckInStatus.FINAL;
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
    return getNumerator().isPresent() && getDenominator().isPresent();
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

  @Value.Check
  void check() {
    Problems problems = new Problems();
    validate(problems, "checkIns[" + getObservedOn() + "]");
    problems.throwIfAny();
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

  /** Builds {@link CheckIn}s. */
  public static final class Builder extends ImmutableCheckIn.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
