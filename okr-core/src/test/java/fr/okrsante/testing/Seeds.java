package fr.okrsante.testing;

import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * How many seeded cases a property test runs.
 *
 * <p>Normally all of them. Under mutation testing, PIT runs every test that covers a mutated line
 * once per surviving mutant, so a property test of hundreds of random plans would be run hundreds
 * of times over; the PIT configuration in the parent POM sets {@code -Dokr.seeds.divisor=10}, and
 * the property tests PIT runs take a tenth of their seeds (the first ones, at least one). The
 * cases kept are the same on every run, so a mutant killed once is killed every time.
 */
public final class Seeds {

  /** The system property that divides the number of cases; 1 when absent. */
  public static final String DIVISOR_PROPERTY = "okr.seeds.divisor";

  private Seeds() {
  }

  /**
   * The number of cases to run out of {@code full}.
   *
   * @param full the number of cases of a normal run
   * @return {@code full}, or {@code full / divisor} (at least 1) when the divisor property is set
   */
  public static int count(int full) {
    String divisor = System.getProperty(DIVISOR_PROPERTY);
    if (divisor == null || divisor.isBlank()) {
      return full;
    }
    int by = Integer.parseInt(divisor.trim());
    if (by < 1) {
      throw new IllegalArgumentException(DIVISOR_PROPERTY + " must be at least 1, was " + divisor);
    }
    return Math.max(1, full / by);
  }

  /**
   * The seeds {@code 0 .. count(full) - 1}.
   *
   * @param full the number of seeds of a normal run
   * @return the seeds to run
   */
  public static LongStream range(int full) {
    return LongStream.range(0, count(full));
  }

  /**
   * The case numbers {@code 0 .. count(full) - 1}.
   *
   * @param full the number of cases of a normal run
   * @return the case numbers to run
   */
  public static IntStream cases(int full) {
    return IntStream.range(0, count(full));
  }
}
