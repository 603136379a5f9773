package fr.okrsante.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * The value a key result aims at: absolute ("atteindre 90 %") or relative to the baseline
 * ("réduire de 20 %", "augmenter de 20 %").
 *
 * <p>A relative target resolves against the baseline: reducing 240 minutes by 20 % gives
 * {@code 240 × 0.8 = 192}. While the baseline is unknown, a relative target is unresolved.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Target {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final boolean relative;
  private final BigDecimal amount;

  private Target(boolean relative, BigDecimal amount) {
    this.relative = relative;
    this.amount = Objects.requireNonNull(amount, "amount");
  }

  /**
   * Obtains an absolute target.
   *
   * @param value the value to reach
   * @return the target
   */
  public static Target absolute(BigDecimal value) {
    return SharedValues.value(new Target(false, SharedValues.decimal(Objects.requireNonNull(value, "value"))));
  }

  /**
   * Obtains an absolute target from decimal notation.
   *
   * @param value the value to reach, e.g. {@code "90"}
   * @return the target
   * @throws InvalidPlanException if {@code value} is not a decimal number ({@code "NaN"}, {@code "90 %"}) or
   *     has more than 15 significant digits or 6 decimals
   */
  public static Target absolute(String value) {
    return absolute(NumberDomain.parse(ProblemPath.of("target"), value));
  }

  /**
   * Obtains a target relative to the baseline, as a signed percentage change.
   *
   * @param percent the change in percent: {@code -20} reduces by 20 %, {@code 20} increases by 20 %
   * @return the target
   */
  public static Target relative(BigDecimal percent) {
    return SharedValues.value(new Target(true, SharedValues.decimal(Objects.requireNonNull(percent, "percent"))));
  }

  /**
   * Obtains "reduce the baseline by {@code percent} %".
   *
   * @param percent the reduction in percent, e.g. {@code 20}
   * @return the target
   */
  public static Target reduceBy(long percent) {
    return relative(BigDecimal.valueOf(-percent));
  }

  /**
   * Obtains "increase the baseline by {@code percent} %".
   *
   * @param percent the increase in percent, e.g. {@code 20}
   * @return the target
   */
  public static Target increaseBy(long percent) {
    return relative(BigDecimal.valueOf(percent));
  }

  /**
   * Tells whether the target is relative to the baseline.
   *
   * @return true for a relative target
   */
  public boolean isRelative() {
    return relative;
  }

  /**
   * Returns the absolute value, or the signed percentage change of a relative target.
   *
   * @return the amount
   */
  public BigDecimal getAmount() {
    return amount;
  }

  /**
   * Resolves the target against a baseline.
   *
   * @param baseline the baseline
   * @return the absolute value to reach: the amount itself, or {@code baseline × (1 + amount / 100)}
   */
  public BigDecimal resolve(BigDecimal baseline) {
    if (!relative) {
      return amount;
    }
    return baseline.multiply(HUNDRED.add(amount)).divide(HUNDRED, MathContext.DECIMAL64).stripTrailingZeros();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Target other && relative == other.relative && amount.equals(other.amount);
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(relative) * 31 + amount.hashCode();
  }

  /**
   * Returns {@code 90} for an absolute target, {@code -20%} or {@code +20%} for a relative one.
   *
   * @return the target as text
   */
  @Override
  public String toString() {
    if (!relative) {
      return Problems.plain(amount);
    }
    return (amount.signum() >= 0 ? "+" : "") + Problems.plain(amount) + "%";
  }
}
