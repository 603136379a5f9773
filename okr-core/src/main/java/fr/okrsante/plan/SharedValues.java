package fr.okrsante.plan;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Small caches that let equal immutable values share one instance: the decimals, targets and
 * metrics that a plan repeats across thousands of key results (a baseline of 100, a target of 90 %,
 * the same guardrail band).
 *
 * <p>Each cache is direct-mapped and bounded: a value's hash picks one slot; an equal value found
 * there is returned in place of the argument, anything else replaces what the slot held. So the
 * caches never hold more than their slots (a few thousand small values, whatever the plans built),
 * a miss costs nothing but the slot write, and concurrent use at worst replaces a slot another
 * thread just filled. Sharing is invisible to callers: the values are immutable and only equal
 * ones are shared ({@link BigDecimal#equals}, scale included).
 */
final class SharedValues {

  private static final int DECIMAL_SLOTS = 1 << 13;
  private static final int VALUE_SLOTS = 1 << 12;
  /** Decimals with more digits are rare and not worth a slot. */
  private static final int MAX_SHARED_PRECISION = 18;

  private static final AtomicReferenceArray<BigDecimal> DECIMALS = new AtomicReferenceArray<>(DECIMAL_SLOTS);
  private static final AtomicReferenceArray<Object> VALUES = new AtomicReferenceArray<>(VALUE_SLOTS);

  private SharedValues() {}

  /**
   * Returns a shared decimal equal to the argument (same scale), or the argument itself.
   *
   * @param decimal the decimal
   * @return an equal decimal
   */
  static BigDecimal decimal(BigDecimal decimal) {
    if (decimal.precision() > MAX_SHARED_PRECISION) {
      return decimal;
    }
    int slot = spread(decimal.hashCode()) & (DECIMAL_SLOTS - 1);
    BigDecimal held = DECIMALS.get(slot);
    if (held != null && held.equals(decimal)) {
      return held;
    }
    DECIMALS.set(slot, decimal);
    return decimal;
  }

  /**
   * Returns a shared value equal to the argument, or the argument itself.
   *
   * @param value an immutable value whose {@code equals} compares all its state
   * @param <T> the value's type
   * @return an equal value of the same class
   */
  @SuppressWarnings("unchecked")
  static <T> T value(T value) {
    int slot = spread(value.getClass().hashCode() * 31 + value.hashCode()) & (VALUE_SLOTS - 1);
    Object held = VALUES.get(slot);
    if (held != null && held.getClass() == value.getClass() && held.equals(value)) {
      return (T) held;
    }
    VALUES.set(slot, value);
    return value;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16) ^ (hash >>> 7);
  }
}
