package fr.okrsante.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The numbers in a row's source reference: the fast text equals the plain text without trailing zeros. */
class SourceReferenceTextTest {

  private static String fast(BigDecimal value) {
    return SpreadsheetImport.appendCanonical(new StringBuilder("x"), value).substring(1);
  }

  @Test
  void numbers_are_written_plain_without_trailing_zeros() {
    assertThat(fast(new BigDecimal("78.50"))).isEqualTo("78.5");
    assertThat(fast(new BigDecimal("1E+2"))).isEqualTo("100");
    assertThat(fast(new BigDecimal("0.00"))).isEqualTo("0");
    assertThat(fast(new BigDecimal("-0.050"))).isEqualTo("-0.05");
    assertThat(fast(new BigDecimal("1790"))).isEqualTo("1790");
    assertThat(fast(new BigDecimal("123456789012345678901.5"))).isEqualTo("123456789012345678901.5");
  }

  /** Seeded property: for random values of every scale and length, the fast text is {@code canonical}'s. */
  @TestFactory
  Stream<DynamicTest> the_fast_text_equals_the_canonical_text() {
    return IntStream.range(0, 20).mapToObj(n -> {
      long seed = 1_600L + n;
      return DynamicTest.dynamicTest("seed " + seed, () -> {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 2_000; i++) {
          long unscaled = random.nextInt(3) == 0 ? random.nextLong() : random.nextLong(-100_000, 100_000);
          if (random.nextInt(4) == 0) {
            unscaled *= 1000;
          }
          BigDecimal value = BigDecimal.valueOf(unscaled, random.nextInt(-3, 22));
          assertThat(fast(value)).as("seed %d, %s", seed, value).isEqualTo(SpreadsheetImport.canonical(value));
        }
      });
    });
  }
}
