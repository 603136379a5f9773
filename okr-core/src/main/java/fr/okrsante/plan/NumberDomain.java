package fr.okrsante.plan;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The numbers a plan may hold — checked here, and only here, by every factory, builder and the
 * plan's validation (and so by the JSON reader, which builds through them).
 *
 * <p><b>Decimals</b> (check-in values, numerators and denominators, baselines, targets, guardrail
 * limits): at most {@value #MAX_SIGNIFICANT_DIGITS} significant digits, at most
 * {@value #MAX_DECIMALS} of them after the decimal point (trailing zeros do not count: {@code 0.50}
 * has 1), hence below 10<sup>15</sup> in absolute value. Why these: 15 significant digits is what an
 * IEEE 754 double keeps exactly ({@code DBL_DIG}), and every ordinary JSON tool (JavaScript's
 * {@code JSON.parse}, Python's {@code json}, {@code jq}) reads numbers as doubles; so a plan passed
 * through one of them comes back with the same numbers, written perhaps differently ({@code 0.50}
 * as {@code 0.5}, {@code 1E+3} as {@code 1000.0}) but equal in value. Six decimals are a millionth
 * of a percent; 10<sup>15</sup> is beyond any health budget in euros. Progress computed from such
 * numbers is a finite double: |current − baseline| &lt; 2×10<sup>15</sup> and
 * |target − baseline| ≥ 10<sup>−6</sup> bound a raw progress by 2×10<sup>21</sup>.
 *
 * <p><b>Weights</b> (key results, alignment links, initiatives): from 0 to {@value #MAX_WEIGHT}
 * with at most 6 decimals (as {@link Double#toString} writes them: {@code 0.1} has 1). A sum of
 * weights therefore never overflows to infinity (a national plan has about 10<sup>6</sup>
 * contributions: at most 10<sup>12</sup>), and a non-zero weight is at least 10<sup>−6</sup>, far
 * from the subnormal doubles whose products round so badly that 67 % became 100 %.
 *
 * <p><b>Fractions</b> (a waypoint's expected progress, a check-in's confidence): a double from 0
 * to 1. Any double survives a JSON tool (they write the shortest text that reads back the same).
 */
final class NumberDomain {

  /** The most significant digits of a decimal: what a double keeps exactly. */
  static final int MAX_SIGNIFICANT_DIGITS = 15;
  /** The most digits after the decimal point, trailing zeros not counted. */
  static final int MAX_DECIMALS = 6;
  /** The largest weight. */
  static final double MAX_WEIGHT = 1_000_000;

  private static final String DECIMAL_RULE = "a number has at most " + MAX_SIGNIFICANT_DIGITS
      + " significant digits, at most " + MAX_DECIMALS + " after the decimal point";

  private NumberDomain() {}

  /**
   * Tells what is wrong with a decimal, or nothing.
   *
   * @param value the decimal
   * @return the problem, e.g. {@code "is 0.0000001: a number has at most 6 decimals"}; null when the value is in the domain
   */
  static @Nullable String decimalProblem(BigDecimal value) {
    int scale = value.scale();
    if (scale >= 0 && scale <= MAX_DECIMALS && value.precision() <= MAX_SIGNIFICANT_DIGITS) {
      return null; // the usual case, without stripping zeros
    }
    if (!Problems.isWithinBounds(value)) {
      // e.g. 1E-2147483647: no arithmetic on it, not even stripping its zeros
      return "is " + value + ": " + DECIMAL_RULE + " (below 10^15 in absolute value)";
    }
    BigDecimal stripped = value.stripTrailingZeros();
    long integerDigits = (long) stripped.precision() - stripped.scale();
    if (integerDigits > MAX_SIGNIFICANT_DIGITS) {
      return "is " + shown(value) + ": a number stays below 10^15 in absolute value (at most "
          + MAX_SIGNIFICANT_DIGITS + " digits before the decimal point)";
    }
    if (stripped.scale() > MAX_DECIMALS) {
      return "is " + shown(value) + ": a number has at most " + MAX_DECIMALS + " decimals";
    }
    if (stripped.precision() > MAX_SIGNIFICANT_DIGITS) {
      return "is " + shown(value) + ": " + DECIMAL_RULE
          + " (what a double, and so any JSON tool, keeps exactly)";
    }
    return null;
  }

  /** The number as a person reads it: plain digits, or scientific notation when they would be many (1E-300). */
  private static String shown(BigDecimal value) {
    String plain = Problems.plain(value);
    return plain.length() <= 40 ? plain : value.stripTrailingZeros().toString();
  }

  /**
   * Tells what is wrong with a weight, or nothing.
   *
   * @param weight the weight
   * @return the problem; null when the weight is in the domain
   */
  static @Nullable String weightProblem(double weight) {
    if (!(weight >= 0 && weight <= MAX_WEIGHT)) {
      return "weight " + weight + " is not allowed: use a number from 0 to 1000000";
    }
    if (weight != Math.rint(weight) && BigDecimal.valueOf(weight).stripTrailingZeros().scale() > MAX_DECIMALS) {
      return "weight " + weight + " is not allowed: a weight has at most " + MAX_DECIMALS + " decimals";
    }
    return null;
  }

  /**
   * Tells what is wrong with a fraction, or nothing.
   *
   * @param value the fraction
   * @return the problem; null when the value is from 0 to 1
   */
  static @Nullable String fractionProblem(double value) {
    return value >= 0 && value <= 1 ? null : value + " is not between 0 and 1";
  }

  /**
   * Reads a decimal written by a person or a program: {@code "87.5"}, {@code "1E+3"}.
   *
   * @param path what the text is, for the problem: {@code checkIn.value}
   * @param text the decimal notation
   * @return the decimal, in the domain
   * @throws InvalidPlanException if the text is not a decimal number, or the number is outside the domain
   */
  static BigDecimal parse(ProblemPath path, String text) {
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new InvalidPlanException(List.of(PlanProblem.of(PlanProblem.Kind.NOT_A_NUMBER, path, "'" + Problems.shorten(text)
          + "' is not a decimal number: write digits with an optional '-' and '.', e.g. 87.5")));
    }
    String problem = decimalProblem(value);
    if (problem != null) {
      throw new InvalidPlanException(List.of(PlanProblem.of(PlanProblem.Kind.NUMBER_OUT_OF_DOMAIN, path, problem)));
    }
    return value;
  }
}
