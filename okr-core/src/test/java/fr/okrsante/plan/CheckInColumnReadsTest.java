package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.testing.Seeds;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The reads the evaluation engine makes straight from {@link CheckInColumns} (days, dates,
 * recording instants, rate parts, value comparisons, the orders that break ties on a date) agree
 * with the same reads on the {@link CheckIn}s the columns give back, for packed check-ins and for
 * those kept whole beside the columns.
 */
class CheckInColumnReadsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

  /**
   * Seeded property: lists with many check-ins on the same few days (same-day corrections,
   * provisional and final, notes, rates, rare attributes): every column read equals the read on
   * the built check-in, and every pair compares as the engine's comparators compare them.
   */
  @TestFactory
  Stream<DynamicTest> column_reads_agree_with_the_built_check_ins() {
    return Seeds.cases(150).mapToObj(n -> {
      long seed = 20261130L + n;
      return DynamicTest.dynamicTest("seed " + seed, () -> {
        SplittableRandom random = new SplittableRandom(seed);
        List<CheckIn> plain = new ArrayList<>();
        int size = random.nextInt(1, 30);
        for (int i = 0; i < size; i++) {
          CheckIn checkIn = CheckInColumnsTest.randomCheckIn(random);
          if (random.nextBoolean()) {
            // crowd the check-ins on three days, some recorded at the same second as another
            CheckIn.Builder b = checkIn.toBuilder().observedOn(DAY.plusDays(random.nextInt(3)));
            if (!plain.isEmpty() && random.nextInt(3) == 0) {
              CheckIn other = plain.get(random.nextInt(plain.size()));
              b.observedOn(other.getObservedOn()).recordedAt(other.getRecordedAt());
              if (random.nextBoolean() && !checkIn.isRate() && !other.isRate()) {
                b.value(other.getValue());
              }
            }
            checkIn = b.build();
          }
          plain.add(checkIn);
        }
        CheckInColumns columns = CheckInColumns.copyOf(plain);
        Instant closedAt = plain.get(random.nextInt(size)).getRecordedAt();
        for (int i = 0; i < size; i++) {
          CheckIn a = plain.get(i);
          String at = "seed " + seed + ", check-in " + i;
          assertThat(columns.observedOn(i)).as(at).isEqualTo(a.getObservedOn());
          assertThat(columns.recordedAfter(i, closedAt)).as(at).isEqualTo(a.getRecordedAt().isAfter(closedAt));
          assertThat(columns.recordedAfter(i, closedAt.plusMillis(1))).as(at)
              .isEqualTo(a.getRecordedAt().isAfter(closedAt.plusMillis(1)));
          if (a.isRate()) {
            assertThat(columns.numerator(i)).as(at).isEqualTo(a.getNumerator().orElseThrow());
            assertThat(columns.denominator(i)).as(at).isEqualTo(a.getDenominator().orElseThrow());
          }
          for (int j = 0; j < size; j++) {
            CheckIn b = plain.get(j);
            String pair = at + " against " + j;
            assertThat(Integer.signum(columns.compareForEffect(i, j, true))).as(pair)
                .isEqualTo(Integer.signum(KeyResultMath.IN_EFFECT_LAST.compare(a, b)));
            if (a.isFinal() && b.isFinal()) {
              assertThat(Integer.signum(columns.compareForEffect(i, j, false))).as(pair)
                  .isEqualTo(Integer.signum(KeyResultMath.FIRST_FINAL_FIRST.compare(a, b)));
            }
            BigDecimal other = b.getValue();
            if (other.precision() <= 18) {
              long unscaled = other.unscaledValue().longValueExact();
              assertThat(Integer.signum(columns.compareValue(i, unscaled, other.scale()))).as(pair)
                  .isEqualTo(Integer.signum(a.getValue().compareTo(other)));
            }
          }
        }
      });
    });
  }

  /** Values compared with numbers of other scales, positive and negative, near the long range. */
  @Test
  void values_compare_with_numbers_of_any_scale_as_big_decimals_do() {
    List<CheckIn> plain = List.of(
        CheckIn.of(DAY, "12.5"), CheckIn.of(DAY, "-3"), CheckIn.of(DAY, "0.000001"),
        CheckIn.of(DAY, "99999999999999.9"), CheckIn.of(DAY, "-999999999.999999"),
        CheckIn.ofRate(DAY, 1, 3), CheckIn.of(DAY, "12.500000"));
    CheckInColumns columns = CheckInColumns.copyOf(plain);
    long[] unscaled = {125, 1250, 12, -3, 0, 1, 9_000_000_000_000_000_000L, -9_000_000_000_000_000_000L, 33, 333_333};
    int[] scales = {-20, -3, -1, 0, 1, 2, 6, 7, 18, 25};
    for (int i = 0; i < plain.size(); i++) {
      for (long u : unscaled) {
        for (int s : scales) {
          assertThat(Integer.signum(columns.compareValue(i, u, s)))
              .as("%s against %d × 10^-%d", plain.get(i).getValue(), u, s)
              .isEqualTo(Integer.signum(plain.get(i).getValue().compareTo(BigDecimal.valueOf(u, s))));
        }
      }
    }
  }
}
